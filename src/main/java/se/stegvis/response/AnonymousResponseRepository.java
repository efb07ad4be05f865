package se.stegvis.response;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

/** Inserted by submissions; read only in aggregate (free-text views, the indicator reports of a later issue). */
@JdbcRepository(dialect = Dialect.MYSQL)
interface AnonymousResponseRepository extends CrudRepository<AnonymousResponse, UUID> {

    /** The answers JSON of one cell (team, instrument versions, months): nothing that groups or orders them. */
    @Query("SELECT answers FROM anonymous_response WHERE team_id = :teamId "
            + "AND instrument_version_id IN (:versionIds) AND period IN (:periods)")
    List<String> answersOf(UUID teamId, Collection<UUID> versionIds, Collection<String> periods);
}
