package se.stegvis.target;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.MYSQL)
interface TargetRepository extends CrudRepository<TeamTarget, UUID> {
    List<TeamTarget> findByTeamIdAndTargetYearOrderByKind(UUID teamId, int targetYear);

    List<TeamTarget> findByTargetYearAndTeamIdIn(int targetYear, Collection<UUID> teamIds);

    void deleteByTeamIdAndTargetYear(UUID teamId, int targetYear);
}
