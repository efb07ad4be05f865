package se.stegvis.team;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.List;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.MYSQL)
interface StaffTeamRepository extends GenericRepository<StaffTeam, StaffTeam.Key> {
    @Query("INSERT INTO staff_team (staff_id, team_id) VALUES (:staffId, :teamId)")
    void add(UUID staffId, UUID teamId);

    @Query("DELETE FROM staff_team WHERE staff_id = :staffId")
    void removeAll(UUID staffId);

    @Query("SELECT team_id FROM staff_team WHERE staff_id = :staffId")
    List<UUID> teamIdsOf(UUID staffId);

    @Query("SELECT COUNT(*) FROM staff_team WHERE staff_id = :staffId AND team_id = :teamId")
    long countMembership(UUID staffId, UUID teamId);
}
