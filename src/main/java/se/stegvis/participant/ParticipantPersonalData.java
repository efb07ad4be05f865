package se.stegvis.participant;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import se.stegvis.shared.PersonalDataRows;
import se.stegvis.shared.PersonalDataSection;
import se.stegvis.shared.PersonalDataSource;
import se.stegvis.team.TeamService;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * The participant's record for their own copy: background variables, path dates, language, team, coaches,
 * exit outcomes, corrections of the background variables (what, from what, to what, by whom, when and why)
 * and portal invitations (when created, by whom, expiry, used or revoked; never the code or
 * its hash). Callers run inside a transaction.
 */
@Singleton
class ParticipantPersonalData implements PersonalDataSource {
    private final JdbcOperations jdbc;
    private final TeamService teams;

    ParticipantPersonalData(JdbcOperations jdbc, TeamService teams) {
        this.jdbc = jdbc;
        this.teams = teams;
    }

    @Override
    public List<PersonalDataSection> sectionsOf(UUID participantId, Locale locale) {
        String id = participantId.toString();
        List<Map<String, Object>> record = PersonalDataRows.list(jdbc, "SELECT display_name, preferred_language, "
                + "team_id, gender, birth_year, education, years_in_support, income_before, referrer, "
                + "home_municipality, referral_date, study_visit_date, queue_date, enrolment_date, trial_end_date, "
                + "exit_date, income_after, created_at, updated_at FROM participant WHERE id = ?", id);
        List<Map<String, Object>> withTeam = record.stream().map(this::teamNamed).toList();
        return List.of(
                new PersonalDataSection("participant", "participant", withTeam),
                new PersonalDataSection("coaches", "participant_coach", PersonalDataRows.staff(PersonalDataRows.list(
                        jdbc, "SELECT staff_id AS coach FROM participant_coach WHERE participant_id = ? "
                                + "ORDER BY staff_id", id), "coach")),
                new PersonalDataSection("outcomes", "participant_outcome", PersonalDataRows.list(jdbc,
                        "SELECT outcome FROM participant_outcome WHERE participant_id = ? ORDER BY outcome", id)),
                new PersonalDataSection("backgroundChanges", "participant_background_change", PersonalDataRows.staff(
                        PersonalDataRows.list(jdbc, "SELECT changed_at, changed_by, field, old_value, new_value, reason "
                                + "FROM participant_background_change WHERE participant_id = ? "
                                + "ORDER BY participant_version, field", id), "changedBy")),
                new PersonalDataSection("invitations", "invitation", PersonalDataRows.staff(PersonalDataRows.list(
                        jdbc, "SELECT created_at, created_by, expires_at, redeemed_at AS used_at, revoked_at "
                                + "FROM invitation WHERE participant_id = ? ORDER BY created_at, id", id),
                        "createdBy")));
    }

    private Map<String, Object> teamNamed(Map<String, Object> row) {
        Map<String, Object> named = new LinkedHashMap<>();
        row.forEach((k, v) -> {
            if (k.equals("teamId")) {
                named.put("team", teams.find(UUID.fromString(v.toString())).map(t -> t.name()).orElse(null));
            } else {
                named.put(k, v);
            }
        });
        return named;
    }
}
