package se.stegvis.audit;

import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Which audited actions are staff reading a participant's data, as the access review counts them (ADR 0010).
 * Every read action in the code is named here, in one of two kinds; {@code ReadActionsTest} fails when a new
 * {@code *_READ} action appears without being placed, so the review never silently misses a kind of read.
 */
final class ReadActions {
    /** Opening one participant's record: the staff member chose this person. These count for the flag. */
    static final Set<String> RECORD = Set.of(
            "PARTICIPANT_READ",
            "PARTICIPANT_BACKGROUND_HISTORY_READ",
            "FIT_TREND_READ",
            "SCREENING_READ",
            "RESPONSES_READ",
            "DUE_LIST_READ",
            "GROUP_TRIAL_ATTENDANCE_READ");

    /**
     * A list that showed the participant among others (one audit row per person shown). Listed in the review,
     * not counted for the flag: a list shows whom the caller's role lets them see, not a choice of person.
     */
    static final Set<String> LIST = Set.of(
            "PARTICIPANT_LISTED",
            "DUE_OVERVIEW_READ",
            "GROUP_ROSTER_READ",
            "SCREENING_ALERTS_READ",
            "FIT_ALERTS_READ",
            "FIT_SESSION_READ");

    /**
     * Reads that are not a staff member reading a participant: the participant's own data, and reads that
     * carry no participant (aggregates, anonymous texts). Not in the review.
     */
    static final Set<String> NOT_REVIEWED = Set.of(
            "PARTICIPANT_SELF_READ",
            "FIT_GROUP_SUMMARY_READ",
            "EXIT_FEEDBACK_READ",
            "ANONYMOUS_TEXTS_READ");

    /** Both reviewed kinds, sorted: the IN list of the review's statements. */
    static final List<String> REVIEWED = Stream.concat(RECORD.stream(), LIST.stream()).sorted().toList();

    private ReadActions() {
    }
}
