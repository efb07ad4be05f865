package se.stegvis.team;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.MYSQL)
interface TeamRepository extends CrudRepository<Team, UUID> {
    List<Team> findByAssociationIdOrderByName(UUID associationId);

    @Query("SELECT t.* FROM team t JOIN staff_team st ON st.team_id = t.id WHERE st.staff_id = :staffId ORDER BY t.name")
    List<Team> findByMember(UUID staffId);
}
