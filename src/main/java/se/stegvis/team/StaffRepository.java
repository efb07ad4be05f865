package se.stegvis.team;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.MYSQL)
interface StaffRepository extends CrudRepository<Staff, UUID> {
    Optional<Staff> findByUsername(String username);

    List<Staff> findByAssociationIdOrderByDisplayName(UUID associationId);
}
