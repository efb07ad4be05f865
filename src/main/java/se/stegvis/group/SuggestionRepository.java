package se.stegvis.group;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.MYSQL)
interface SuggestionRepository extends CrudRepository<Suggestion, UUID> {
    /** By month, newest first; within a month in id order, which is random (v4), not the order sent. */
    @Query("SELECT * FROM group_suggestion WHERE team_id = :teamId ORDER BY period DESC, id")
    List<Suggestion> findByTeamIdOrderByPeriodDescIdAsc(UUID teamId);
}
