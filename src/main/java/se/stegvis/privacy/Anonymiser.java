package se.stegvis.privacy;

import io.micronaut.core.type.Argument;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.json.JsonMapper;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import se.stegvis.instrument.InstrumentService;
import se.stegvis.instrument.ItemDefinition;
import se.stegvis.instrument.ItemType;
import se.stegvis.screening.ScreeningReassignment;
import se.stegvis.shared.Ids;
import se.stegvis.shared.JdbcReads;
import se.stegvis.shared.JdbcWrites;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Turns one participant into anonymous statistics, in one transaction (ADR 0011): the one path both the
 * retention job and erasure on request take. What the reports count stays, so every report gives the same
 * figures before and after; everything else about the person goes:
 * <ul>
 *   <li>the participant row gets a new random id (so the audit log, logs and copies that hold the old id
 *       point at nothing), no name, the default language and today as its times;</li>
 *   <li>the rows the reports read (path outcomes, due items, ratings and attendance, screenings, identified
 *       answers, group bookings and attendance) move to the new id (screening answers sealed again to it);
 *       identified answers lose their free text,
 *       and times no report reads become the time of anonymisation;</li>
 *   <li>what only served the person is deleted: coach assignments, invitations, portal sessions, FIT alerts
 *       with their notes, group interest, startup-group enrolments, booking locks, calendar tokens and the
 *       history of corrected background variables (old values and the reasons for changing them).</li>
 * </ul>
 * A failure anywhere rolls the whole participant back: nothing is ever half anonymised, and the next run
 * takes the participant again.
 */
@Singleton
public class Anonymiser {
    private static final Argument<Map<String, Object>> ANSWERS = Argument.mapOf(String.class, Object.class);
    /** Rows the reports count: kept, moved to the new id. */
    static final List<String> MOVED = List.of("participant_outcome", "due_item", "fit_rating", "fit_attendance",
            "fit_counted_rating", "fit_first_ors", "fit_year_figure",
            "screening_response", "identified_response", "group_booking", "group_attendance");
    /** Moved by their own feature, which must seal the answers to the new id again. */
    private static final String SCREENINGS = "screening_response";
    /** Rows that only served the person: deleted. */
    static final List<String> DELETED = List.of("participant_coach", "invitation", "fit_alert", "group_interest",
            "group_participant_lock", "group_startup_enrolment", "group_calendar_token",
            "participant_background_change");
    private static final String COLUMNS = "team_id, gender, birth_year, education, years_in_support, income_before, "
            + "referrer, home_municipality, referral_date, study_visit_date, queue_date, enrolment_date, "
            + "trial_end_date, exit_date, income_after, exit_outcomes";

    private final JdbcOperations jdbc;
    private final InstrumentService instruments;
    private final JsonMapper json;
    private final Ids ids;
    private final ScreeningReassignment screenings;

    Anonymiser(JdbcOperations jdbc, InstrumentService instruments, JsonMapper json,
               Ids ids, ScreeningReassignment screenings) {
        this.screenings = screenings;
        this.jdbc = jdbc;
        this.instruments = instruments;
        this.json = json;
        this.ids = ids;
    }

    /**
     * Anonymises the participant; false when there is no such identified participant (unknown, or already
     * anonymised). Joins the caller's transaction when it has one (erasure records its audit row in it).
     */
    @Transactional
    public boolean anonymise(UUID participantId, LocalDateTime now) {
        String old = participantId.toString();
        List<String> locked = JdbcReads.list(jdbc, "SELECT id FROM participant WHERE id = ? AND anonymised_on IS NULL "
                + "FOR UPDATE", List.of(old), rs -> rs.getString(1));
        if (locked.isEmpty()) {
            return false;
        }
        String fresh = ids.newId().toString();
        update("INSERT INTO participant (id, display_name, preferred_language, created_at, updated_at, version, "
                + "anonymised_on, " + COLUMNS + ") SELECT ?, '', 'sv', ?, ?, 0, ?, " + COLUMNS
                + " FROM participant WHERE id = ?", fresh, now, now, now.toLocalDate(), old);
        for (String table : MOVED) {
            if (!table.equals(SCREENINGS)) {
                update("UPDATE " + table + " SET participant_id = ? WHERE participant_id = ?", fresh, old);
            }
        }
        screenings.reassign(participantId, UUID.fromString(fresh));
        coarsenTimes(fresh, now);
        dropFreeText(fresh);
        for (String table : DELETED) {
            update("DELETE FROM " + table + " WHERE participant_id = ?", old);
        }
        update("DELETE FROM auth_session WHERE subject_kind = 'PARTICIPANT' AND subject_id = ?", old);
        update("DELETE FROM participant WHERE id = ?", old);
        return true;
    }

    /** Times of day no report reads: the moment of anonymisation instead, so they cannot be matched to the audit log. */
    private void coarsenTimes(String fresh, LocalDateTime now) {
        update("UPDATE fit_rating SET recorded_at = ? WHERE participant_id = ?", now, fresh);
        update("UPDATE group_attendance SET marked_at = ? WHERE participant_id = ?", now, fresh);
        update("UPDATE group_booking SET booked_at = ?, "
                + "promoted_at = CASE WHEN promoted_at IS NULL THEN NULL ELSE ? END, "
                + "passed_over_at = CASE WHEN passed_over_at IS NULL THEN NULL ELSE ? END "
                + "WHERE participant_id = ?", now, now, now, fresh);
        update("UPDATE screening_response SET submitted_at = ?, "
                + "read_at = CASE WHEN read_at IS NULL THEN NULL ELSE ? END WHERE participant_id = ?", now, now, fresh);
    }

    /** Identified answers keep what the figures read and lose their free-text items. */
    private void dropFreeText(String fresh) {
        record Answer(String id, UUID versionId, String answers) {
        }
        List<Answer> answers = JdbcReads.list(jdbc, "SELECT id, instrument_version_id, answers FROM identified_response "
                + "WHERE participant_id = ?", List.of(fresh), rs -> new Answer(rs.getString(1),
                UUID.fromString(rs.getString(2)), rs.getString(3)));
        Map<UUID, Set<String>> freeText = new HashMap<>();
        for (Answer a : answers) {
            Set<String> keys = freeText.computeIfAbsent(a.versionId(), v -> instruments.version(v).definition().items()
                    .stream().filter(i -> i.type() == ItemType.FREE_TEXT).map(ItemDefinition::key)
                    .collect(Collectors.toSet()));
            Map<String, Object> map = read(a.answers());
            if (map.keySet().stream().anyMatch(keys::contains)) {
                Map<String, Object> kept = new LinkedHashMap<>(map);
                kept.keySet().removeAll(keys);
                update("UPDATE identified_response SET answers = ? WHERE id = ?", write(kept), a.id());
            }
        }
    }

    private void update(String sql, Object... args) {
        JdbcWrites.update(jdbc, sql, Arrays.asList(args));
    }

    private Map<String, Object> read(String stored) {
        try {
            return json.readValue(stored, ANSWERS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String write(Map<String, Object> answers) {
        try {
            return json.writeValueAsString(answers);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
