package se.stegvis.participant;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The flow made from groups (where enrolment and exit lie against the period) gives, for every placing of the two
 * days around the period's edges (none, the day before, the first day, inside, the last day, the day after, and
 * each order of the two), what the eight conditions of the flow's definition (FlowFigures' class comment, the
 * conditions the flow statement summed before) give for that person. The statement's buckets are checked on
 * MariaDB and H2 by FlowFiguresTest, FlowInflowQueueReportTest and ReportSectionsH2Test.
 */
class FlowGroupTest {
    private static final LocalDate FROM = LocalDate.of(2025, 1, 1);
    private static final LocalDate TO = LocalDate.of(2025, 12, 31);

    @Test
    void everyPlacingOfEnrolmentAndExitCountsAsTheDefinitionSays() {
        List<LocalDate> days = new ArrayList<>(Arrays.asList(null, FROM.minusDays(40), FROM.minusDays(1), FROM,
                FROM.plusDays(100), FROM.plusDays(200), TO, TO.plusDays(1), TO.plusDays(40)));
        int checked = 0;
        for (LocalDate enrolment : days) {
            for (LocalDate exit : days) {
                FlowFigures.FlowGroup g = new FlowFigures.FlowGroup(UUID.randomUUID(), Gender.WOMAN, bucket(enrolment),
                        bucket(exit), enrolment != null && exit != null && exit.isBefore(enrolment), 3);
                assertThat(g.counts()).as("enrolment %s, exit %s", enrolment, exit)
                        .containsExactly(definition(enrolment, exit, 3));
                checked++;
            }
        }
        assertThat(checked).isEqualTo(81);
    }

    /** As the statement's CASE: 0 none, 1 before, 2 in, 3 after. */
    private static int bucket(LocalDate day) {
        return day == null ? 0 : day.isBefore(FROM) ? 1 : !day.isAfter(TO) ? 2 : 3;
    }

    /** The eight counts as the definition states them, for persons with these two days. */
    private static long[] definition(LocalDate e, LocalDate x, long persons) {
        boolean eIn = e != null && !e.isBefore(FROM) && !e.isAfter(TO);
        boolean xIn = x != null && !x.isBefore(FROM) && !x.isAfter(TO);
        boolean[] holds = {
                e != null && e.isBefore(FROM) && (x == null || !x.isBefore(FROM)),
                eIn,
                xIn && e != null,
                e != null && !e.isAfter(TO) && (x == null || x.isAfter(TO)),
                eIn && x != null && x.isBefore(FROM),
                xIn && e != null && e.isAfter(TO),
                xIn && eIn && x.isBefore(e),
                xIn && e == null};
        long[] counts = new long[holds.length];
        for (int i = 0; i < holds.length; i++) {
            counts[i] = holds[i] ? persons : 0;
        }
        return counts;
    }
}
