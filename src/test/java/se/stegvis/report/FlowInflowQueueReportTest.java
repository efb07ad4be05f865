package se.stegvis.report;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import se.stegvis.participant.ParticipantFixtures;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static se.stegvis.report.FlowReportWorld.YEAR;
import static se.stegvis.report.RawTableAsserts.assertCounts;
import static se.stegvis.report.RawTableAsserts.assertSamples;
import static se.stegvis.report.RawTableAsserts.cross;
import static se.stegvis.report.RawTableAsserts.rows;
import static se.stegvis.report.RawTableAsserts.table;

/**
 * Every figure of the flow, inflow and queue sections for a hand-made team-year (see
 * {@link FlowReportWorld} for who is who), raw per team and as a coordinator gets them published.
 * Columns are always WOMAN, MAN, OTHER_UNKNOWN, TOTAL unless said otherwise; rows not listed are all 0.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FlowInflowQueueReportTest {
    @Inject
    FlowReportWorld worlds;
    @Inject
    FlowSection flow;
    @Inject
    InflowSection inflow;
    @Inject
    QueueSection queue;
    @Inject
    ReportService reports;

    FlowReportWorld.World world;
    Map<UUID, RawSection> flowRaw;
    Map<UUID, RawSection> inflowRaw;
    Map<UUID, RawSection> queueRaw;

    @BeforeAll
    void buildTheTeamYear() {
        world = worlds.build();
        ReportRequest both = new ReportRequest(world.association(), List.of(world.a().id(), world.b().id()), YEAR,
                ReportSettings.DEFAULTS);
        flowRaw = flow.raw(both);
        inflowRaw = inflow.raw(both);
        queueRaw = queue.raw(both);
    }

    @Test
    void teamAFlowCountsEveryPathAcrossThePeriodBoundaries() {
        assertThat(world.dropoutTrialEnd()).as("the dropout left in the trial period")
                .isAfter(FlowReportWorld.d(2025, 3, 1));
        RawSection a = flowRaw.get(world.a().id());
        assertThat(a.tables()).extracting(RawTable::key).containsExactly(FlowSection.BY_GENDER, FlowSection.BY_OUTCOME);
        assertCounts(a, FlowSection.BY_GENDER, rows(
                FlowSection.START, 3, 2, 1, 6,
                FlowSection.NEW, 6, 4, 1, 11,
                FlowSection.EXITS, 3, 2, 0, 5,
                FlowSection.DROPOUTS, 1, 0, 0, 1,
                FlowSection.END, 6, 3, 2, 11));
        assertCounts(a, FlowSection.BY_OUTCOME, rows(
                "WORK", 1, 1, 0, 2,
                "WORK_SUBSIDISED", 0, 1, 0, 1,
                "STUDIES", 1, 1, 0, 2,
                "MEDICAL_REHAB", 1, 0, 0, 1,
                "DROPOUT", 1, 0, 0, 1,
                FlowSection.OUTCOMES, 4, 3, 0, 7,
                FlowSection.PERSONS, 3, 2, 0, 5));
    }

    @Test
    void anExitBeforeEnrolmentBreaksTheIdentityAndIsWarnedAboutWithCountsAndTheTeamName() {
        CountTable a = (CountTable) table(flowRaw.get(world.a().id()), FlowSection.BY_GENDER);
        assertThat(FlowSection.identityHolds(a)).isFalse();
        assertThat(flowRaw.get(world.a().id()).warnings()).containsExactly(
                new ReportWarning(FlowSection.EXIT_BEFORE_ENROLMENT, List.of(world.a().name(), "1", "1", "0", "0")),
                new ReportWarning(FlowSection.EXIT_WITHOUT_ENROLMENT, List.of(world.a().name(), "1")));
        assertThat(FlowSection.identityHolds((CountTable) table(flowRaw.get(world.b().id()), FlowSection.BY_GENDER)))
                .isTrue();
        assertThat(flowRaw.get(world.b().id()).warnings()).isEmpty();
    }

    @Test
    void theFlowTableDeclaresItsTotalColumnAndTheIdentityAsRelations() {
        CountTable a = (CountTable) table(flowRaw.get(world.a().id()), FlowSection.BY_GENDER);
        // one relation per row (total column) and one per column (start + new − exits − end = 0)
        assertThat(a.relations()).hasSize(5 + 4);
        CountTable outcomes = (CountTable) table(flowRaw.get(world.a().id()), FlowSection.BY_OUTCOME);
        assertThat(outcomes.relations()).hasSize(outcomes.rows().size() + 4);
    }

    @Test
    void teamBHasOnlyItsOwnPeople() {
        RawSection b = flowRaw.get(world.b().id());
        assertCounts(b, FlowSection.BY_GENDER, rows(
                FlowSection.START, 0, 1, 0, 1,
                FlowSection.NEW, 0, 1, 1, 2,
                FlowSection.EXITS, 0, 1, 0, 1,
                FlowSection.END, 0, 1, 1, 2));
        assertCounts(b, FlowSection.BY_OUTCOME, rows(
                "WORK", 0, 1, 0, 1, FlowSection.OUTCOMES, 0, 1, 0, 1, FlowSection.PERSONS, 0, 1, 0, 1));
        assertCounts(inflowRaw.get(world.b().id()), InflowSection.BY_REFERRER, rows(
                "KAA", 0, 1, 0, 1, "SCHOOL", 0, 0, 1, 1, "TOTAL", 0, 1, 1, 2));
        assertCounts(inflowRaw.get(world.b().id()), InflowSection.BY_INCOME, rows(
                "SJUKERSATTNING", 0, 1, 0, 1, "NONE", 0, 0, 1, 1, "TOTAL", 0, 1, 1, 2));
        assertCounts(inflowRaw.get(world.b().id()), InflowSection.BEFORE_AFTER, rows(
                "SJUKERSATTNING", cross("SALARY", 1), "TOTAL", cross("SALARY", 1)));
        assertCounts(queueRaw.get(world.b().id()), QueueSection.WAITING, rows(QueueSection.WAITING_AT_END, 1, 0, 0, 1));
        assertSamples(queueRaw.get(world.b().id()), QueueSection.LONGEST, 183.0, null, null, 183.0);
    }

    @Test
    void teamANewParticipantsByReferrerAndIncomeBefore() {
        RawSection a = inflowRaw.get(world.a().id());
        assertThat(a.tables()).extracting(RawTable::key).containsExactly(InflowSection.BY_REFERRER,
                InflowSection.BY_INCOME, InflowSection.BEFORE_AFTER);
        assertCounts(a, InflowSection.BY_REFERRER, rows(
                "SOCIAL_SERVICES", 3, 2, 0, 5,
                "FORSAKRINGSKASSAN", 1, 0, 0, 1,
                "ARBETSFORMEDLINGEN", 1, 1, 0, 2,
                "PSYCHIATRY", 0, 0, 1, 1,
                "PRIMARY_CARE", 1, 0, 0, 1,
                "SELF", 0, 1, 0, 1,
                "TOTAL", 6, 4, 1, 11));
        assertCounts(a, InflowSection.BY_INCOME, rows(
                "FORSORJNINGSSTOD", 3, 2, 0, 5,
                "SJUKPENNING", 2, 0, 0, 2,
                "SJUKERSATTNING", 0, 0, 1, 1,
                "AKTIVITETSSTOD", 1, 1, 0, 2,
                "SALARY", 0, 1, 0, 1,
                "TOTAL", 6, 4, 1, 11));
    }

    @Test
    void teamAIncomeBeforeAgainstAfterForThoseWhoLeft() {
        assertCounts(inflowRaw.get(world.a().id()), InflowSection.BEFORE_AFTER, rows(
                "FORSORJNINGSSTOD", cross("SALARY", 1),
                "SJUKPENNING", cross("SALARY", 1, InflowSection.AFTER_NOT_RECORDED, 1, "SJUKPENNING", 1),
                "AKTIVITETSSTOD", cross("AKTIVITETSSTOD", 1),
                "TOTAL", cross("SALARY", 2, InflowSection.AFTER_NOT_RECORDED, 1, "AKTIVITETSSTOD", 1, "SJUKPENNING", 1)));
    }

    @Test
    void teamAQueueAtPeriodEndAndHowLongTheyHaveWaited() {
        RawSection a = queueRaw.get(world.a().id());
        assertCounts(a, QueueSection.WAITING, rows(QueueSection.WAITING_AT_END, 3, 2, 1, 6));
        assertSamples(a, QueueSection.LONGEST, 305.0, 121.0, 213.0, 305.0);
        assertSamples(a, QueueSection.SHORTEST, 30.0, 0.0, 213.0, 0.0);
        assertSamples(a, QueueSection.MEAN, 426.0 / 3, 60.5, 213.0, 760.0 / 6);
        SampleTable mean = (SampleTable) table(a, QueueSection.MEAN);
        assertThat(Arrays.stream(mean.samples()[0]).mapToLong(SampleTable.Sample::n).toArray()).containsExactly(3, 2, 1, 6);
    }


    @Test
    void aCoordinatorGetsTeamAPublishedWithEveryCountFromOneToFourHidden() {
        Report report = reports.build(ParticipantFixtures.actor(world.coordinator()), List.of(world.a().id()), YEAR);

        assertThat(report.sections()).extracting(ReportSection::key).containsSubsequence("flow", "inflow", "queue");
        assertPublishedAgreesWithRaw(report, List.of(world.a().id()));
        assertThat(figure(report, FlowSection.BY_GENDER, FlowSection.NEW, "TOTAL")).isEqualTo(Figure.count(11));
        assertThat(figure(report, FlowSection.BY_GENDER, FlowSection.NEW, "WOMAN")).isEqualTo(Figure.count(6));
        assertThat(figure(report, FlowSection.BY_GENDER, FlowSection.NEW, "MAN")).isEqualTo(Figure.hidden(Figure.Kind.COUNT));
        assertThat(figure(report, FlowSection.BY_GENDER, FlowSection.START, "TOTAL")).isEqualTo(Figure.count(6));
        assertThat(figure(report, FlowSection.BY_GENDER, FlowSection.EXITS, "TOTAL"))
                .as("5 exits: the income before/after table hides its grand total, the same count (SharedCounts)")
                .isEqualTo(Figure.hidden(Figure.Kind.COUNT));
        assertThat(figure(report, FlowSection.BY_GENDER, FlowSection.EXITS, "OTHER_UNKNOWN")).isEqualTo(Figure.count(0));
        assertThat(figure(report, FlowSection.BY_GENDER, FlowSection.DROPOUTS, "TOTAL"))
                .isEqualTo(Figure.hidden(Figure.Kind.COUNT));
        assertThat(figure(report, FlowSection.BY_GENDER, FlowSection.END, "TOTAL")).isEqualTo(Figure.count(11));
        assertThat(figure(report, FlowSection.BY_OUTCOME, FlowSection.OUTCOMES, "TOTAL"))
                .as("7 outcomes, hidden as the partner of a small outcome count in its column (ADR 0008)")
                .isEqualTo(Figure.hidden(Figure.Kind.COUNT));
        assertThat(figure(report, FlowSection.BY_OUTCOME, FlowSection.PERSONS, "TOTAL"))
                .as("the same 5 exits, hidden with their other copies").isEqualTo(Figure.hidden(Figure.Kind.COUNT));
        // the TOTAL rows (the flow's new participants) bring the column relations into the inflow tables:
        // with five singletons among eleven newcomers, the referrers' partners include this five
        assertThat(figure(report, InflowSection.BY_REFERRER, "SOCIAL_SERVICES", "TOTAL"))
                .isEqualTo(Figure.hidden(Figure.Kind.COUNT));
        assertThat(figure(report, InflowSection.BY_INCOME, "FORSORJNINGSSTOD", "TOTAL")).isEqualTo(Figure.count(5));
        assertThat(figure(report, InflowSection.BEFORE_AFTER, "TOTAL", "TOTAL"))
                .as("5 exits, hidden to protect the small cells of the cross table").isEqualTo(Figure.hidden(Figure.Kind.COUNT));
        assertThat(figure(report, InflowSection.BEFORE_AFTER, "TOTAL", "SALARY"))
                .isEqualTo(Figure.hidden(Figure.Kind.COUNT));
        assertThat(figure(report, QueueSection.WAITING, QueueSection.WAITING_AT_END, "TOTAL")).isEqualTo(Figure.count(6));
        assertThat(figure(report, QueueSection.LONGEST, QueueSection.WAIT_DAYS, "TOTAL"))
                .isEqualTo(Figure.measure(Figure.Kind.MAX, 305));
        assertThat(figure(report, QueueSection.SHORTEST, QueueSection.WAIT_DAYS, "TOTAL"))
                .isEqualTo(Figure.measure(Figure.Kind.MIN, 0));
        assertThat(figure(report, QueueSection.MEAN, QueueSection.WAIT_DAYS, "TOTAL").value())
                .isEqualByComparingTo("126.67");
        assertThat(figure(report, QueueSection.MEAN, QueueSection.WAIT_DAYS, "WOMAN"))
                .as("a mean over three persons").isEqualTo(Figure.hidden(Figure.Kind.MEAN));
        assertThat(section(report, "flow").warnings()).containsExactlyElementsOf(flowRaw.get(world.a().id()).warnings());
    }

    @Test
    void theTwoTeamScopeHidesACellThatIsSmallInEitherTeam() {
        Report report = reports.build(ParticipantFixtures.actor(world.coordinator()),
                List.of(world.a().id(), world.b().id()), YEAR);

        assertPublishedAgreesWithRaw(report, List.of(world.a().id(), world.b().id()));
        assertThat(figure(report, FlowSection.BY_GENDER, FlowSection.NEW, "TOTAL"))
                .as("11 in A but 2 in B").isEqualTo(Figure.hidden(Figure.Kind.COUNT));
        assertThat(figure(report, InflowSection.BY_REFERRER, "SOCIAL_SERVICES", "TOTAL"))
                .as("5 in A, none in B, but hidden in A's own table as a partner of its small cells")
                .isEqualTo(Figure.hidden(Figure.Kind.COUNT));
        assertThat(figure(report, QueueSection.MEAN, QueueSection.WAIT_DAYS, "TOTAL"))
                .as("B has one person waiting").isEqualTo(Figure.hidden(Figure.Kind.MEAN));
        assertThat(section(report, "flow").warnings()).hasSize(2).allSatisfy(w ->
                assertThat(w.args().get(0)).isEqualTo(world.a().name()));
    }

    @Test
    void everySectionTableRowColumnAndWarningHasALabelInSwedishEnglishAndArabic() throws IOException {
        for (String lang : List.of("sv", "en", "ar")) {
            Properties labels = new Properties();
            try (InputStream in = getClass().getResourceAsStream("/i18n/messages_" + lang + ".properties")) {
                labels.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
            List<String> keys = new ArrayList<>(List.of("report.section.flow", "report.section.inflow",
                    "report.section.queue", FlowSection.EXIT_BEFORE_ENROLMENT, FlowSection.EXIT_WITHOUT_ENROLMENT));
            for (Map<UUID, RawSection> raw : List.of(flowRaw, inflowRaw, queueRaw)) {
                for (RawTable t : raw.get(world.a().id()).tables()) {
                    keys.add("report.table." + t.key());
                    t.rows().forEach(r -> keys.add("report.row." + r));
                    t.columns().forEach(c -> keys.add("report.column." + c));
                }
            }
            assertThat(keys).as(lang).allSatisfy(k -> assertThat(labels.getProperty(k)).as(lang + " " + k).isNotBlank());
        }
    }

    /** Every count cell: 1–4 in any team is hidden; a shown cell is the sum of the teams' raw counts. */
    private void assertPublishedAgreesWithRaw(Report report, List<UUID> teams) {
        for (Map<UUID, RawSection> raw : List.of(flowRaw, inflowRaw, queueRaw)) {
            RawSection first = raw.get(teams.get(0));
            for (RawTable t : first.tables()) {
                if (!(t instanceof CountTable)) {
                    continue;
                }
                ReportTable published = publishedTable(report, t.key());
                for (int r = 0; r < t.rows().size(); r++) {
                    for (int c = 0; c < t.columns().size(); c++) {
                        long sum = 0;
                        boolean small = false;
                        for (UUID team : teams) {
                            long v = ((CountTable) table(raw.get(team), t.key())).value(r, c);
                            sum += v;
                            small |= v > 0 && v < 5;
                        }
                        Figure f = published.rows().get(r).figures().get(c);
                        String where = t.key() + " / " + t.rows().get(r) + " / " + t.columns().get(c);
                        if (small || (sum > 0 && sum < 5)) {
                            assertThat(f).as(where).isEqualTo(Figure.hidden(Figure.Kind.COUNT));
                        } else if (!f.suppressed()) {
                            assertThat(f).as(where).isEqualTo(Figure.count(sum));
                        }
                    }
                }
            }
        }
    }

    private static ReportSection section(Report report, String key) {
        return report.sections().stream().filter(s -> s.key().equals(key)).findFirst().orElseThrow();
    }

    private static ReportTable publishedTable(Report report, String tableKey) {
        return report.sections().stream().flatMap(s -> s.tables().stream()).filter(t -> t.key().equals(tableKey))
                .findFirst().orElseThrow();
    }

    private static Figure figure(Report report, String tableKey, String row, String column) {
        ReportTable t = publishedTable(report, tableKey);
        ReportTable.Row found = t.rows().stream().filter(x -> x.key().equals(row)).findFirst().orElseThrow();
        return found.figures().get(t.columns().indexOf(column));
    }
}
