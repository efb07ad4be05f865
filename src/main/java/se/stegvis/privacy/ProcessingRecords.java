package se.stegvis.privacy;

import java.util.List;

/**
 * The one source of the records of processing (issue 9 part 6): which categories of personal data
 * Stegvis holds and in which tables, and which tables hold none. The texts of each category (data,
 * purpose, retention, who sees it, where) are in the resource bundles under
 * {@code records.<key>.*}; {@link ProcessingRecordsService} puts both together for the page
 * ({@code GET /api/records-of-processing}) and for {@code docs/records-of-processing*.md}, which a test
 * regenerates and compares, and another test checks that every table of the schema is listed here.
 */
final class ProcessingRecords {
    private ProcessingRecords() {
    }

    /**
     * A category of personal data. {@code special}: health or similar data (GDPR article 9), so the legal
     * basis needs an article 9 condition too.
     */
    record Category(String key, boolean special, List<String> tables) {
    }

    /** A table without personal data, and the bundle key of why. */
    record NotPersonal(String table, String reasonKey) {
    }

    static final List<Category> CATEGORIES = List.of(
            new Category("participants", true, List.of("participant", "participant_coach", "participant_outcome",
                    "participant_background_change")),
            new Category("identified-answers", true, List.of("identified_response", "due_item")),
            new Category("screening", true, List.of("screening_response")),
            new Category("fit", true, List.of("fit_rating", "fit_attendance", "fit_counted_rating", "fit_first_ors",
                    "fit_year_figure", "fit_alert", "fit_session")),
            new Category("groups", false, List.of("group_booking", "group_attendance", "group_interest",
                    "group_startup_enrolment", "group_participant_lock", "group_calendar_token")),
            new Category("anonymous", false, List.of("anonymous_response", "group_suggestion")),
            new Category("invitations", false, List.of("invitation")),
            new Category("sessions", false, List.of("auth_session", "throttle", "idempotency_record")),
            new Category("audit", true, List.of("audit_event")),
            new Category("staff", false, List.of("staff", "staff_team")));

    static final List<NotPersonal> NOT_PERSONAL = List.of(
            new NotPersonal("association", "records.not-personal.organisation"),
            new NotPersonal("team", "records.not-personal.organisation"),
            new NotPersonal("team_target", "records.not-personal.settings"),
            new NotPersonal("report_settings", "records.not-personal.settings"),
            new NotPersonal("fit_team_settings", "records.not-personal.settings"),
            new NotPersonal("group_team_rule", "records.not-personal.settings"),
            new NotPersonal("screening_support_material", "records.not-personal.settings"),
            new NotPersonal("screening_team_contacts", "records.not-personal.contacts"),
            new NotPersonal("screening_key_check", "records.not-personal.key-check"),
            new NotPersonal("retention_settings", "records.not-personal.settings"),
            new NotPersonal("retention_run", "records.not-personal.retention-run"),
            new NotPersonal("instrument", "records.not-personal.instruments"),
            new NotPersonal("instrument_version", "records.not-personal.instruments"),
            new NotPersonal("group_activity", "records.not-personal.activities"),
            new NotPersonal("group_session", "records.not-personal.activities"),
            new NotPersonal("group_proposal", "records.not-personal.activities"),
            new NotPersonal("DATABASECHANGELOG", "records.not-personal.migrations"),
            new NotPersonal("DATABASECHANGELOGLOCK", "records.not-personal.migrations"));
}
