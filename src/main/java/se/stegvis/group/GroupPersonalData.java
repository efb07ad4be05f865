package se.stegvis.group;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import se.stegvis.shared.PersonalDataRows;
import se.stegvis.shared.PersonalDataSection;
import se.stegvis.shared.PersonalDataSource;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * Groups for the participant's own copy: bookings and waitlist places, attendance, interest in proposals,
 * startup-group enrolment, the sign-up counter and the private calendar feed (its language; never the token
 * or its hash). Titles in the copy's language. Callers run inside a transaction.
 */
@Singleton
class GroupPersonalData implements PersonalDataSource {
    private final JdbcOperations jdbc;

    GroupPersonalData(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<PersonalDataSection> sectionsOf(UUID participantId, Locale locale) {
        String id = participantId.toString();
        return List.of(
                new PersonalDataSection("groupBookings", "group_booking", PersonalDataRows.inLanguage(
                        PersonalDataRows.list(jdbc, "SELECT a.title_sv AS activity_sv, a.title_en AS activity_en, "
                                + "a.title_ar AS activity_ar, b.status, b.booked_at, b.promoted_at, b.passed_over_at "
                                + "FROM group_booking b JOIN group_activity a ON a.id = b.activity_id "
                                + "WHERE b.participant_id = ? ORDER BY b.booked_at, b.id", id), "activity", locale)),
                new PersonalDataSection("groupAttendance", "group_attendance", PersonalDataRows.staff(
                        PersonalDataRows.inLanguage(PersonalDataRows.list(jdbc, "SELECT a.title_sv AS activity_sv, "
                                + "a.title_en AS activity_en, a.title_ar AS activity_ar, s.session_date, s.start_time, "
                                + "g.marked_by, g.marked_at FROM group_attendance g "
                                + "JOIN group_session s ON s.id = g.session_id "
                                + "JOIN group_activity a ON a.id = s.activity_id "
                                + "WHERE g.participant_id = ? ORDER BY s.session_date, s.start_time, s.id", id),
                                "activity", locale), "markedBy")),
                new PersonalDataSection("groupInterest", "group_interest", PersonalDataRows.inLanguage(
                        PersonalDataRows.list(jdbc, "SELECT p.title_sv AS proposal_sv, p.title_en AS proposal_en, "
                                + "p.title_ar AS proposal_ar FROM group_interest i "
                                + "JOIN group_proposal p ON p.id = i.proposal_id WHERE i.participant_id = ? "
                                + "ORDER BY p.created_at, p.id", id), "proposal", locale)),
                new PersonalDataSection("startupEnrolment", "group_startup_enrolment", PersonalDataRows.staff(
                        PersonalDataRows.inLanguage(PersonalDataRows.list(jdbc, "SELECT a.title_sv AS activity_sv, "
                                + "a.title_en AS activity_en, a.title_ar AS activity_ar, e.enrolled_by, e.enrolled_at "
                                + "FROM group_startup_enrolment e JOIN group_activity a ON a.id = e.activity_id "
                                + "WHERE e.participant_id = ?", id), "activity", locale), "enrolledBy")),
                new PersonalDataSection("groupSignUps", "group_participant_lock", PersonalDataRows.list(jdbc,
                        "SELECT sign_ups FROM group_participant_lock WHERE participant_id = ?", id)),
                new PersonalDataSection("calendarFeed", "group_calendar_token", PersonalDataRows.list(jdbc,
                        "SELECT language FROM group_calendar_token WHERE participant_id = ?", id)));
    }
}
