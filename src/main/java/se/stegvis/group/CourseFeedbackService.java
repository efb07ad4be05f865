package se.stegvis.group;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import se.stegvis.response.AnswerReadService;
import se.stegvis.response.DueService;
import se.stegvis.security.Actor;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Course feedback: when attendance of an activity's last session is marked, everyone who attended
 * any session gets the GROUP_FEEDBACK questionnaire on their list (through the answering feature's
 * {@link DueService}); staff see the averages per item, from three answers up ("<3" below that, so
 * that one person's ratings cannot be read off the average).
 */
@Singleton
class CourseFeedbackService {
    static final String INSTRUMENT = "GROUP_FEEDBACK";
    static final int MIN_ANSWERS = 3;

    private final DueService due;
    private final AnswerReadService answers;
    private final SessionRepository sessions;
    private final GroupAccess access;

    CourseFeedbackService(DueService due, AnswerReadService answers, SessionRepository sessions, GroupAccess access) {
        this.due = due;
        this.answers = answers;
        this.sessions = sessions;
        this.access = access;
    }

    /** Runs in the attendance transaction: after the last session, every attendee is asked once. */
    void afterAttendance(Actor staff, UUID activityId, GroupSession marked) {
        List<GroupSession> all = sessions.findByActivityIdOrderBySessionDateAscStartTimeAsc(activityId);
        if (all.isEmpty() || !all.get(all.size() - 1).id().equals(marked.id())) {
            return;
        }
        attendees(all).forEach(p -> due.request(staff, p, INSTRUMENT, null));
    }

    /** Averages per rating item, or only the count band when fewer than three answered. */
    record Averages(UUID activityId, String answers, @Nullable Map<String, BigDecimal> items) {
    }

    @Transactional
    Averages averages(Actor staff, UUID activityId) {
        Activity a = access.staffActivity(staff, activityId);
        List<GroupSession> all = sessions.findByActivityIdOrderBySessionDateAscStartTimeAsc(a.id());
        if (all.isEmpty()) {
            return new Averages(a.id(), "0", null);
        }
        LocalDate last = all.get(all.size() - 1).sessionDate();
        Map<String, BigDecimal> sums = new LinkedHashMap<>();
        int count = 0;
        for (UUID p : attendees(all)) {
            Optional<AnswerReadService.Answer> first = answers.ofParticipant(staff, p).stream()
                    .filter(x -> x.instrumentCode().equals(INSTRUMENT) && !swedishDate(x).isBefore(last))
                    .min(Comparator.comparing(AnswerReadService.Answer::submittedAt));
            if (first.isEmpty()) {
                continue;
            }
            count++;
            for (AnswerReadService.AnsweredItem item : first.get().items()) {
                if (item.answer() instanceof Number n) {
                    sums.merge(item.key(), new BigDecimal(n.toString()), BigDecimal::add);
                }
            }
        }
        if (count < MIN_ANSWERS) {
            return new Averages(a.id(), count == 0 ? "0" : "<" + MIN_ANSWERS, null);
        }
        int n = count;
        Map<String, BigDecimal> averages = new LinkedHashMap<>();
        sums.forEach((k, v) -> averages.put(k, v.divide(BigDecimal.valueOf(n), 1, RoundingMode.HALF_UP)));
        return new Averages(a.id(), Integer.toString(count), averages);
    }

    /** Answers are stamped in UTC; sessions are Swedish dates (an answer at 00:30 in Sweden is the 23:30 UTC before). */
    private static LocalDate swedishDate(AnswerReadService.Answer a) {
        return a.submittedAt().atOffset(java.time.ZoneOffset.UTC).atZoneSameInstant(ICalendar.SWEDEN).toLocalDate();
    }

    private Collection<UUID> attendees(List<GroupSession> all) {
        Set<UUID> people = new LinkedHashSet<>();
        all.forEach(s -> people.addAll(sessions.attendeesOf(s.id())));
        return people;
    }
}
