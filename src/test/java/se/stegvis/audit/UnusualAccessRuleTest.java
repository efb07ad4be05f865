package se.stegvis.audit;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The flag rule on crafted trails, without a database: more than the threshold per Swedish day, outside the caseload. */
class UnusualAccessRuleTest {
    private static final UUID COACH = UUID.randomUUID();
    /** 10:00 UTC = 11:00 in Sweden in winter: well inside one Swedish day. */
    private static final LocalDateTime MORNING = LocalDateTime.of(2026, 11, 20, 10, 0);

    private final Set<UUID> caseload = new HashSet<>(people(8));

    private static List<UUID> people(int n) {
        return IntStream.range(0, n).mapToObj(i -> UUID.randomUUID()).toList();
    }

    private List<UnusualAccessRule.Tally> evaluate(UnusualAccessRule rule) {
        return rule.evaluate(staffId -> staffId.equals(COACH) ? caseload : Set.of());
    }

    @Test
    void aCoachReadingOnlyTheirOwnCaseloadIsNotFlagged() {
        UnusualAccessRule rule = new UnusualAccessRule(5);
        caseload.forEach(p -> rule.add(COACH, p, MORNING));

        UnusualAccessRule.Tally t = evaluate(rule).get(0);

        assertThat(t.flagged()).isFalse();
        assertThat(t.participantsOpened()).isEqualTo(8);
        assertThat(t.outsideCaseload()).isZero();
    }

    @Test
    void theSameCoachReadingMoreThanTheThresholdOutsideTheirCaseloadInOneDayIsFlagged() {
        UnusualAccessRule rule = new UnusualAccessRule(5);
        caseload.forEach(p -> rule.add(COACH, p, MORNING));
        people(6).forEach(p -> rule.add(COACH, p, MORNING.plusMinutes(30)));

        UnusualAccessRule.Tally t = evaluate(rule).get(0);

        assertThat(t.flagged()).isTrue();
        assertThat(t.participantsOpened()).isEqualTo(14);
        assertThat(t.outsideCaseload()).isEqualTo(6);
        assertThat(t.flaggedDays()).containsExactly(
                new UnusualAccessRule.FlaggedDay(LocalDate.of(2026, 11, 20), 6, 14));
    }

    @Test
    void exactlyTheThresholdIsNotFlaggedOneMoreIs() {
        List<UUID> outside = people(6);
        UnusualAccessRule atThreshold = new UnusualAccessRule(5);
        outside.subList(0, 5).forEach(p -> atThreshold.add(COACH, p, MORNING));
        UnusualAccessRule overThreshold = new UnusualAccessRule(5);
        outside.forEach(p -> overThreshold.add(COACH, p, MORNING));

        assertThat(evaluate(atThreshold).get(0).flagged()).isFalse();
        assertThat(evaluate(overThreshold).get(0).flagged()).isTrue();
    }

    @Test
    void readingTheSameParticipantAgainCountsOnce() {
        UnusualAccessRule rule = new UnusualAccessRule(5);
        UUID stranger = UUID.randomUUID();
        for (int i = 0; i < 20; i++) {
            rule.add(COACH, stranger, MORNING.plusMinutes(i));
        }

        assertThat(evaluate(rule).get(0)).satisfies(t -> {
            assertThat(t.flagged()).isFalse();
            assertThat(t.outsideCaseload()).isEqualTo(1);
        });
    }

    @Test
    void theThresholdIsPerSwedishDayNotPerPeriod() {
        UnusualAccessRule rule = new UnusualAccessRule(5);
        List<UUID> outside = people(10);
        outside.subList(0, 5).forEach(p -> rule.add(COACH, p, MORNING));
        outside.subList(5, 10).forEach(p -> rule.add(COACH, p, MORNING.plusDays(1)));

        UnusualAccessRule.Tally t = evaluate(rule).get(0);

        assertThat(t.flagged()).as("five a day on two days").isFalse();
        assertThat(t.outsideCaseload()).isEqualTo(10);
    }

    @Test
    void aReadLateInTheUtcEveningBelongsToTheNextSwedishDay() {
        UnusualAccessRule rule = new UnusualAccessRule(5);
        List<UUID> outside = people(6);
        // 23:30 UTC on the 19th is 00:30 on the 20th in Sweden (winter, UTC+1)
        outside.subList(0, 3).forEach(p -> rule.add(COACH, p, LocalDateTime.of(2026, 11, 19, 23, 30)));
        outside.subList(3, 6).forEach(p -> rule.add(COACH, p, MORNING));

        assertThat(evaluate(rule).get(0).flaggedDays()).extracting(UnusualAccessRule.FlaggedDay::day)
                .containsExactly(LocalDate.of(2026, 11, 20));
    }

    @Test
    void flaggedStaffComeFirst() {
        UnusualAccessRule rule = new UnusualAccessRule(1);
        UUID calm = UUID.randomUUID();
        rule.add(calm, UUID.randomUUID(), MORNING);
        people(2).forEach(p -> rule.add(COACH, p, MORNING));

        List<UnusualAccessRule.Tally> tallies = rule.evaluate(staffId -> Set.of());

        assertThat(tallies).extracting(UnusualAccessRule.Tally::staffId).containsExactly(COACH, calm);
        assertThat(tallies.get(0).worstDay().outsideCaseload()).isEqualTo(2);
    }

    @Test
    void aNegativeThresholdIsRefused() {
        assertThatThrownBy(() -> new UnusualAccessRule(-1)).isInstanceOf(IllegalArgumentException.class);
    }
}
