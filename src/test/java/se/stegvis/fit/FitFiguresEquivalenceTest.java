package se.stegvis.fit;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import se.stegvis.instrument.InstrumentService;
import se.stegvis.participant.Gender;
import se.stegvis.participant.ParticipantDetails;
import se.stegvis.participant.ParticipantFixtures;
import se.stegvis.participant.ParticipantService;
import se.stegvis.participant.ParticipantView;
import se.stegvis.security.Actor;
import se.stegvis.shared.Ids;
import se.stegvis.support.Fixtures;
import se.stegvis.support.Fixtures.StaffLogin;
import se.stegvis.support.MigrationSql;
import se.stegvis.support.SqlReads;
import se.stegvis.team.TeamView;

import io.micronaut.data.connection.ConnectionDefinition;
import io.micronaut.data.connection.ConnectionOperations;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The report's SQL figures ({@link FitFigures#forTeams}) against the reference rules ({@link FigureRules}
 * over the histories loaded into Java, {@link ReferenceFigures}) on the same seeded random data: three
 * teams with different settings (cutoffs, "at the cutoff counts as below", reliable change), ages on
 * both sides of 13 and 18, totals in half points so that they often hit a cutoff or the reliable change
 * exactly, incomplete ratings, group sessions, several sessions on one day (and at one creation time),
 * sessions before, in and after the period, sessions held by another team, and participants who never
 * attended their own team's sessions.
 */
@MicronautTest(transactional = false)
class FitFiguresEquivalenceTest {
    private static final LocalDate FROM = LocalDate.of(2025, 1, 1);
    private static final LocalDate TO = LocalDate.of(2025, 6, 30);
    private static final int PARTICIPANTS_PER_TEAM = 45;

    @Inject
    Fixtures fixtures;
    @Inject
    ParticipantFixtures people;
    @Inject
    InstrumentService instruments;
    @Inject
    SessionRepository sessions;
    @Inject
    AttendanceRepository attendance;
    @Inject
    RatingRepository ratings;
    @Inject
    TeamSettingsRepository settings;
    @Inject
    Ids ids;
    @Inject
    FitFigures figures;
    @Inject
    ReferenceFigures reference;
    @Inject
    ConnectionOperations<Connection> connections;
    @Inject
    SqlReads sql;
    @Inject
    ParticipantService participants;

    private final Random random = new Random(20261124);

    @Test
    void sqlFiguresEqualTheReferenceRulesOnRandomHistories() {
        UUID association = fixtures.association();
        List<TeamView> teams = List.of(fixtures.team(association), fixtures.team(association), fixtures.team(association));
        List<StaffLogin> coaches = teams.stream().map(fixtures::coach).toList();
        ownSettings(teams.get(1), coaches.get(1), new FitSettings(new BigDecimal("24.0"), new BigDecimal("27.5"),
                new BigDecimal("30.0"), true, new BigDecimal("3.0"), new BigDecimal("36.0"), new BigDecimal("9.0"),
                new BigDecimal("0.1"), 6, 14, 10, 3));
        ownSettings(teams.get(2), coaches.get(2), new FitSettings(new BigDecimal("26.0"), new BigDecimal("28.0"),
                new BigDecimal("32.5"), false, new BigDecimal("7.5"), new BigDecimal("36.0"), new BigDecimal("9.0"),
                new BigDecimal("0.1"), 6, 14, 10, 3));
        Map<String, UUID> versions = Map.of("ORS", version(association, "ORS"), "SRS", version(association, "SRS"),
                "SRS_GROUP", version(association, "SRS_GROUP"));
        List<UUID> everyone = new ArrayList<>();
        for (int t = 0; t < teams.size(); t++) {
            for (int i = 0; i < PARTICIPANTS_PER_TEAM; i++) {
                everyone.add(randomHistory(teams, coaches, t, versions));
            }
        }

        correctSome(everyone, coaches);

        long[] totals = assertSqlEqualsReference(teams, everyone);
        assertThat(totals).as("the data exercises every figure (counted, improved, worse, above)")
                .doesNotContain(0L);
        assertFirstOrsKeptAsTheReferenceOrdersThem(everyone);
        assertNextOrsDaysKeptAsTheReferenceOrdersThem(everyone);
        // calendar years: the statement reads the year rows kept at write time (fit_year_figure)
        for (int year : new int[]{2024, 2025}) {
            long[] ofYear = assertSqlEqualsReference(teams, everyone, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
            assertThat(ofYear[0]).as("participants who count in %d", year).isPositive();
        }
        assertYearRowsEqualARebuild(everyone);
        assertYearRowsCopyTheFirstOrs(everyone);
        assertYearRowsHoldTheParticipantAsCorrected(everyone);
    }

    /**
     * Corrections after the ratings, through the service: every fifth participant's gender moves on (woman → man →
     * other → woman), every seventh is born three years earlier or later. The service takes only those whom the
     * register takes (16–64 at referral, where a correction of three years keeps them); the children that
     * {@link #bornIn} makes for the cutoffs are left as they are.
     */
    private void correctSome(List<UUID> everyone, List<StaffLogin> coaches) {
        int corrected = 0;
        for (int i = 0; i < everyone.size(); i++) {
            Actor coach = ParticipantFixtures.actor(coaches.get(i / PARTICIPANTS_PER_TEAM));
            ParticipantView p = participants.get(coach, everyone.get(i));
            ParticipantDetails d = p.details();
            int age = d.path().referralDate().getYear() - d.birthYear();
            if (i % 5 != 0 && i % 7 != 0 || age < 19 || age > 61) {
                continue;
            }
            Gender gender = i % 5 == 0 ? Gender.values()[(d.gender().ordinal() + 1) % Gender.values().length]
                    : d.gender();
            int born = i % 7 != 0 ? d.birthYear() : i % 2 == 0 ? d.birthYear() - 3 : d.birthYear() + 3;
            participants.update(coach, p.id(), new ParticipantDetails(d.displayName(), gender, born, d.education(),
                    d.yearsInSupport(), d.incomeBefore(), d.referrer(), d.homeMunicipality(), d.preferredLanguage(),
                    d.path()), p.version(), "Rättelse");
            corrected++;
        }
        assertThat(corrected).as("participants corrected").isGreaterThan(everyone.size() / 8);
    }

    /**
     * Every year row holds its participant's team and their gender and birth year as corrected; migration 330's fill,
     * run again on these participants' rows after clearing them, gives the same.
     */
    private void assertYearRowsHoldTheParticipantAsCorrected(List<UUID> everyone) {
        String ofRows = "SELECT y.year_held, y.team_id, y.gender, y.birth_year FROM fit_year_figure y "
                + "WHERE y.participant_id = ? ORDER BY y.year_held";
        String ofParticipant = "SELECT y.year_held, p.team_id, p.gender, p.birth_year FROM fit_year_figure y "
                + "JOIN participant p ON p.id = y.participant_id WHERE y.participant_id = ? ORDER BY y.year_held";
        String fill = MigrationSql.of("330-fit-year-participant.xml", "330-fit-year-participant-fill")
                + " WHERE participant_id = ?";
        for (UUID p : everyone) {
            List<Map<String, Object>> kept = sql.rows(ofRows, p.toString());
            assertThat(kept.stream().map(r -> new ArrayList<>(r.values()).toString()).toList()).as(p.toString())
                    .isEqualTo(sql.rows(ofParticipant, p.toString()).stream()
                            .map(r -> new ArrayList<>(r.values()).toString()).toList());
            // cleared to values no participant has (the columns are required), then filled again
            sql.execute("UPDATE fit_year_figure SET gender = 'NONE', birth_year = 0 WHERE participant_id = ?",
                    p.toString());
            sql.execute(fill, p.toString());
            assertThat(sql.rows(ofRows, p.toString())).as("%s filled by migration 330", p).isEqualTo(kept);
        }
    }

    /**
     * Every year row with a last ORS holds the participant's first ORS (session and total, as the reference orders
     * them), whatever the order the ratings arrived in; a row without one holds none. Migration 320's fill, run again
     * on these participants' rows after clearing them, gives the same.
     */
    private void assertYearRowsCopyTheFirstOrs(List<UUID> everyone) {
        Map<UUID, Map.Entry<UUID, BigDecimal>> first = reference.firstOrs(everyone);
        String columns = "SELECT year_held, latest_session, first_session, first_total FROM fit_year_figure "
                + "WHERE participant_id = ? ORDER BY year_held";
        Map<UUID, List<Map<String, Object>>> kept = new HashMap<>();
        int withLast = 0;
        for (UUID p : everyone) {
            List<Map<String, Object>> rows = sql.rows(columns, p.toString());
            kept.put(p, rows);
            for (Map<String, Object> r : rows) {
                if (r.get("latest_session") == null) {
                    assertThat(r.get("first_session")).as("%s %s without a last ORS", p, r.get("year_held")).isNull();
                    assertThat(r.get("first_total")).as("%s %s without a last ORS", p, r.get("year_held")).isNull();
                } else {
                    withLast++;
                    assertThat(UUID.fromString(String.valueOf(r.get("first_session"))))
                            .as("%s %s", p, r.get("year_held")).isEqualTo(first.get(p).getKey());
                    assertThat((BigDecimal) r.get("first_total")).as("%s %s", p, r.get("year_held"))
                            .isEqualByComparingTo(first.get(p).getValue());
                }
            }
        }
        assertThat(withLast).as("year rows with a last ORS").isGreaterThan(everyone.size() / 2);
        String fill = MigrationSql.of("320-fit-year-first-ors.xml", "320-fit-year-first-ors-fill")
                + " AND participant_id = ?";
        for (UUID p : everyone) {
            sql.execute("UPDATE fit_year_figure SET first_total = NULL, first_session = NULL WHERE participant_id = ?",
                    p.toString());
            sql.execute(fill, p.toString());
            assertThat(sql.rows(columns, p.toString())).as("%s filled by migration 320", p).isEqualTo(kept.get(p));
        }
    }

    /**
     * The year rows kept as the ratings arrived (in random order of days) are what one grouping of the counted ratings
     * gives, as migration 310 filled them.
     */
    private void assertYearRowsEqualARebuild(List<UUID> everyone) {
        String columns = "association_id, year_held, participant_id, lo_team, hi_team, srs_sum, srs_n, latest_total, "
                + "latest_session, latest_on";
        for (UUID p : everyone) {
            List<Map<String, Object>> kept = sql.rows("SELECT " + columns + " FROM fit_year_figure "
                    + "WHERE participant_id = ? ORDER BY year_held", p.toString());
            List<Map<String, Object>> rebuilt = sql.rows(FigureRows.YEARS + " WHERE f.participant_id = ?"
                    + FigureRows.GROUP_YEARS, p.toString());
            assertThat(kept.stream().map(r -> new ArrayList<>(r.values()).toString()).toList()).as(p.toString())
                    .isEqualTo(rebuilt.stream().map(r -> new ArrayList<>(r.values()).toString()).sorted().toList());
        }
        assertThat(sql.count("SELECT COUNT(*) FROM fit_year_figure")).as("year rows kept").isPositive();
    }

    /**
     * The edges of the period that the SQL handles by starting from the period's sessions (a participant is a
     * candidate only through a complete ORS held in the period; their history before it is read separately):
     * each participant below is built for one edge, and the expected number who count is stated.
     */
    @Test
    void historiesAroundThePeriodCountAsTheReferenceSays() {
        UUID association = fixtures.association();
        List<TeamView> teams = List.of(fixtures.team(association), fixtures.team(association));
        List<StaffLogin> coaches = teams.stream().map(fixtures::coach).toList();
        Map<String, UUID> versions = Map.of("ORS", version(association, "ORS"), "SRS", version(association, "SRS"),
                "SRS_GROUP", version(association, "SRS_GROUP"));
        LocalDate before = FROM.minusDays(40);
        LocalDate yearsBefore = FROM.minusYears(4);
        LocalDate in = FROM.plusDays(60);
        LocalDate after = TO.plusDays(20);
        List<UUID> everyone = new ArrayList<>();
        // counts: the only complete ORS in the period is the second ever (the first before the period)
        everyone.add(history(teams, coaches, versions, 0, ors(0, before, "10.0"), ors(0, in, "30.0")));
        // counts: the first complete ORS years before the period, an incomplete one in it, the latest in it
        everyone.add(history(teams, coaches, versions, 0, ors(0, yearsBefore, "12.0"), ors(0, yearsBefore.plusDays(7),
                "13.0"), incompleteOrs(0, FROM), ors(0, in, "9.5")));
        // counts, with the latest up to the end: complete ORS after the end do not move the latest or the count
        everyone.add(history(teams, coaches, versions, 0, ors(0, before, "20.0"), ors(0, in, "31.0"),
                ors(0, after, "2.0"), ors(0, after.plusDays(1), "3.0")));
        // does not count: one complete ORS in the period and the next only after the end
        everyone.add(history(teams, coaches, versions, 0, ors(0, in, "20.0"), ors(0, after, "30.0")));
        // does not count: complete ORS before the period and after its end, none in it
        everyone.add(history(teams, coaches, versions, 0, ors(0, before, "20.0"), ors(0, yearsBefore, "25.0"),
                ors(0, after, "30.0")));
        // counts for team 0: the complete ORS in the period was taken in a session of the other team
        everyone.add(history(teams, coaches, versions, 0, ors(0, before, "11.0"), ors(1, in, "28.0")));
        // does not count: the rating in the period has no attendance (it is in no history)
        everyone.add(history(teams, coaches, versions, 0, ors(0, before, "11.0"), unattended(ors(0, in, "28.0"))));
        // does not count for either team: never attended a session of their own team (team 0)
        everyone.add(history(teams, coaches, versions, 0, ors(1, before, "11.0"), ors(1, in, "28.0")));
        // SRS: an individual SRS in the period counts, one after the end and one of a group session do not
        everyone.add(history(teams, coaches, versions, 1, srs(1, in, SessionKind.INDIVIDUAL, "36.0"),
                srs(1, after, SessionKind.INDIVIDUAL, "20.0"), srs(1, in, SessionKind.GROUP, "10.0"),
                srs(1, before, SessionKind.INDIVIDUAL, "12.0")));

        long[] totals = assertSqlEqualsReference(teams, everyone);

        assertThat(totals[0]).as("participants who count").isEqualTo(4);
    }

    /** The first complete ORS kept at write time (fit_first_ors, which the SQL reads) is the reference's. */
    private void assertFirstOrsKeptAsTheReferenceOrdersThem(List<UUID> everyone) {
        Map<UUID, Map.Entry<UUID, BigDecimal>> expected = reference.firstOrs(everyone);
        Map<UUID, Map.Entry<UUID, BigDecimal>> kept = new HashMap<>();
        for (UUID p : everyone) {
            sql.rows("SELECT session_id, total FROM fit_first_ors WHERE participant_id = ?", p.toString())
                    .forEach(r -> kept.put(p, Map.entry(UUID.fromString(String.valueOf(r.get("session_id"))),
                            (BigDecimal) r.get("total"))));
        }
        assertThat(expected).as("participants with a complete ORS").hasSizeGreaterThan(everyone.size() / 2);
        assertThat(kept).isEqualTo(expected);
    }

    /**
     * Each counted ORS's next day kept at write time ({@code fit_counted_rating.next_held_on}, which the SQL filters
     * the period's latest ORS by) is the day of the next complete ORS in the reference's order; none for the last.
     */
    private void assertNextOrsDaysKeptAsTheReferenceOrdersThem(List<UUID> everyone) {
        Map<UUID, List<Map.Entry<UUID, LocalDate>>> order = reference.orsInOrder(everyone);
        Map<UUID, Map<UUID, Optional<LocalDate>>> expected = new HashMap<>();
        order.forEach((p, ors) -> {
            Map<UUID, Optional<LocalDate>> next = new HashMap<>();
            for (int i = 0; i < ors.size(); i++) {
                next.put(ors.get(i).getKey(), i + 1 < ors.size() ? Optional.of(ors.get(i + 1).getValue())
                        : Optional.empty());
            }
            expected.put(p, next);
        });
        Map<UUID, Map<UUID, Optional<LocalDate>>> kept = new HashMap<>();
        for (UUID p : everyone) {
            sql.rows("SELECT session_id, next_held_on FROM fit_counted_rating WHERE participant_id = ? "
                    + "AND instrument_code = 'ORS'", p.toString()).forEach(r -> kept.computeIfAbsent(p,
                    k -> new HashMap<>()).put(UUID.fromString(String.valueOf(r.get("session_id"))),
                    Optional.ofNullable((java.sql.Date) r.get("next_held_on")).map(java.sql.Date::toLocalDate)));
        }
        assertThat(expected.values().stream().filter(m -> m.size() > 2).count())
                .as("participants with three or more complete ORS").isPositive();
        assertThat(kept).isEqualTo(expected);
    }

    /** Compares every team's SQL figures by gender and in total with the reference; the totals of the counts. */
    private long[] assertSqlEqualsReference(List<TeamView> teams, List<UUID> everyone) {
        return assertSqlEqualsReference(teams, everyone, FROM, TO);
    }

    private long[] assertSqlEqualsReference(List<TeamView> teams, List<UUID> everyone, LocalDate from, LocalDate to) {
        Map<UUID, List<FitFigures.Sums>> sql = figures.forTeams(teams.stream().map(TeamView::id).toList(), from, to);

        long counted = 0;
        long improved = 0;
        long worse = 0;
        long above = 0;
        for (TeamView team : teams) {
            List<FigureRules.Row> expected = reference.of(team.id(), everyone, from, to).stream()
                    .filter(r -> r.ageBand() == null).toList();
            List<FitFigures.Sums> actual = sql.get(team.id());
            for (FigureRules.Row row : expected) {
                FitFigures.Sums sums = row.gender() == null ? total(actual) : actual.stream()
                        .filter(s -> s.gender().equals(row.gender().name())).findFirst()
                        .orElse(FitFigures.Sums.empty(row.gender().name()));
                assertSame(row, sums);
            }
            FigureRules.Row all = expected.get(0);
            counted += all.participantsWithTwoOrs();
            improved += count(all.shareReliablyImproved(), all.participantsWithTwoOrs());
            worse += count(all.shareReliablyWorse(), all.participantsWithTwoOrs());
            above += count(all.shareAboveCutoffAtLatest(), all.participantsWithTwoOrs());
        }
        return new long[] {counted, improved, worse, above};
    }

    /** One planned session of a participant: which team held it, when, and the rating given in it. */
    private record Planned(int team, LocalDate day, SessionKind kind, String code, String total, boolean complete,
                           boolean attended) {
    }

    private static Planned ors(int team, LocalDate day, String total) {
        return new Planned(team, day, SessionKind.INDIVIDUAL, "ORS", total, true, true);
    }

    private static Planned incompleteOrs(int team, LocalDate day) {
        return new Planned(team, day, SessionKind.INDIVIDUAL, "ORS", "20.0", false, true);
    }

    private static Planned srs(int team, LocalDate day, SessionKind kind, String total) {
        return new Planned(team, day, kind, kind.srsCode(), total, true, true);
    }

    private static Planned unattended(Planned p) {
        return new Planned(p.team(), p.day(), p.kind(), p.code(), p.total(), p.complete(), false);
    }

    /** A participant of team {@code t}, born 1980 (an adult), with these sessions, one rating each. */
    private UUID history(List<TeamView> teams, List<StaffLogin> coaches, Map<String, UUID> versions, int t,
                         Planned... planned) {
        ParticipantView p = people.aParticipant().gender(Gender.WOMAN).enrolledDaysAgo(100)
                .createdIn(teams.get(t), coaches.get(t));
        bornIn(p.id(), 1980);
        List<FitSession> ss = new ArrayList<>();
        List<Attendance> as = new ArrayList<>();
        List<Rating> rs = new ArrayList<>();
        for (Planned x : planned) {
            TeamView team = teams.get(x.team());
            FitSession s = new FitSession(ids.newId(), team.id(), association(team), x.kind(), x.day(),
                    coaches.get(x.team()).id(), null, LocalDateTime.of(2024, 1, 1, 8, 0), coaches.get(x.team()).id(), null);
            ss.add(s);
            if (x.attended()) {
                as.add(new Attendance(ids.newId(), s.id(), p.id(), null, null));
            }
            rs.add(rating(s, p, x.code(), versions.get(x.code()), x.total(), x.complete()));
        }
        sessions.saveAll(ss);
        attendance.saveAll(as);
        ratings.saveAll(rs);
        return p.id();
    }

    /** Items summing to {@code total} (a multiple of 0.5 up to 40); the last missing when not complete. */
    private Rating rating(FitSession s, ParticipantView p, String code, UUID version, String total,
                          boolean complete) {
        BigDecimal t = new BigDecimal(total);
        BigDecimal quarter = t.divide(BigDecimal.valueOf(4), 1, RoundingMode.DOWN);
        BigDecimal last = t.subtract(quarter.multiply(BigDecimal.valueOf(3)));
        List<BigDecimal> items = Arrays.asList(quarter, quarter, quarter, complete ? last : null);
        return new Rating(ids.newId(), s.id(), p.id(), s.teamId(), code, version, null, items.get(0),
                items.get(1), items.get(2), items.get(3), new Scores(code, items).total(), RatingSource.PAPER,
                s.coachId(), LocalDateTime.now().withNano(0));
    }

    private static void assertSame(FigureRules.Row expected, FitFigures.Sums actual) {
        String cell = "gender " + expected.gender();
        long n = expected.participantsWithTwoOrs();
        assertThat(actual.withTwoOrs()).as(cell).isEqualTo(n);
        assertThat(actual.reliablyImproved()).as(cell).isEqualTo(count(expected.shareReliablyImproved(), n));
        assertThat(actual.reliablyWorse()).as(cell).isEqualTo(count(expected.shareReliablyWorse(), n));
        assertThat(actual.aboveCutoffAtLatest()).as(cell).isEqualTo(count(expected.shareAboveCutoffAtLatest(), n));
        assertThat(mean(actual.changeSum(), n)).as(cell).isEqualTo(expected.meanChange());
        assertThat(actual.srsRatings()).as(cell).isEqualTo(expected.srsRatings());
        assertThat(actual.srsParticipants()).as(cell).isEqualTo(expected.srsParticipants());
        assertThat(mean(actual.srsSum(), actual.srsRatings())).as(cell).isEqualTo(expected.meanSrs());
    }

    /** A share of 0–1 rounded to three decimals back to a count: exact for fewer than 1,000 persons. */
    private static long count(Double share, long n) {
        return share == null ? 0 : Math.round(share * n);
    }

    private static Double mean(BigDecimal sum, long n) {
        return n == 0 ? null : sum.divide(BigDecimal.valueOf(n), 1, RoundingMode.HALF_UP).doubleValue();
    }

    private static FitFigures.Sums total(List<FitFigures.Sums> rows) {
        FitFigures.Sums t = FitFigures.Sums.empty(null);
        for (FitFigures.Sums r : rows) {
            t = new FitFigures.Sums(null, t.withTwoOrs() + r.withTwoOrs(), t.changeSum().add(r.changeSum()),
                    t.reliablyImproved() + r.reliablyImproved(), t.reliablyWorse() + r.reliablyWorse(),
                    t.aboveCutoffAtLatest() + r.aboveCutoffAtLatest(), t.srsSum().add(r.srsSum()),
                    t.srsRatings() + r.srsRatings(), t.srsParticipants() + r.srsParticipants());
        }
        return t;
    }

    private void ownSettings(TeamView team, StaffLogin by, FitSettings s) {
        settings.save(TeamSettingsRow.of(team.id(), s, LocalDateTime.now().withNano(0), by.id()));
    }

    private UUID version(UUID association, String code) {
        return instruments.current(association, code).versionId();
    }

    /**
     * A participant of team {@code t}, 8–62 years old in the period's year (set in the table: the register
     * takes 16–64), with 0–7 sessions on 20
     * possible days from ten months before the period to a month after it (so some share a day).
     */
    private UUID randomHistory(List<TeamView> teams, List<StaffLogin> coaches, int t, Map<String, UUID> versions) {
        Gender gender = Gender.values()[random.nextInt(Gender.values().length)];
        ParticipantView p = people.aParticipant().gender(gender).enrolledDaysAgo(100).createdIn(teams.get(t), coaches.get(t));
        bornIn(p.id(), FROM.getYear() - 8 - random.nextInt(55)); // children too, whom the register does not take
        boolean neverOwnTeam = random.nextInt(15) == 0;
        List<FitSession> ss = new ArrayList<>();
        List<Attendance> as = new ArrayList<>();
        List<Rating> rs = new ArrayList<>();
        int count = random.nextInt(8);
        for (int i = 0; i < count; i++) {
            int held = neverOwnTeam ? (t + 1) % teams.size() : random.nextInt(7) == 0 ? random.nextInt(teams.size()) : t;
            TeamView team = teams.get(held);
            SessionKind kind = random.nextInt(5) == 0 ? SessionKind.GROUP : SessionKind.INDIVIDUAL;
            LocalDate day = FROM.minusDays(300).plusDays(random.nextInt(20) * 26L);
            LocalDateTime created = LocalDateTime.of(2024, 1, 1, 8, 0).plusHours(random.nextInt(3));
            FitSession s = new FitSession(ids.newId(), team.id(), association(team), kind, day, coaches.get(held).id(),
                    null, created, coaches.get(held).id(), null);
            ss.add(s);
            as.add(new Attendance(ids.newId(), s.id(), p.id(), null, null));
            if (random.nextInt(5) != 0) {
                rs.add(rating(s, p, "ORS", versions.get("ORS"), random.nextInt(7) == 0));
            }
            if (random.nextInt(10) < 7) {
                String code = kind.srsCode();
                rs.add(rating(s, p, code, versions.get(code), random.nextInt(10) == 0));
            }
        }
        sessions.saveAll(ss);
        attendance.saveAll(as);
        ratings.saveAll(rs);
        return p.id();
    }

    private void bornIn(UUID participant, int year) {
        connections.execute(ConnectionDefinition.DEFAULT, status -> {
            try (PreparedStatement ps = status.getConnection()
                    .prepareStatement("UPDATE participant SET birth_year = ? WHERE id = ?")) {
                ps.setInt(1, year);
                ps.setString(2, participant.toString());
                return ps.executeUpdate();
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private static UUID association(TeamView team) {
        return team.associationId();
    }

    /** Four items of 0–10 in half points; one missing when {@code incomplete}. */
    private Rating rating(FitSession s, ParticipantView p, String code, UUID version, boolean incomplete) {
        BigDecimal[] items = new BigDecimal[Scores.ITEMS];
        for (int i = 0; i < items.length; i++) {
            items[i] = BigDecimal.valueOf(random.nextInt(21)).divide(BigDecimal.valueOf(2), 1, RoundingMode.UNNECESSARY);
        }
        if (incomplete) {
            items[random.nextInt(items.length)] = null;
        }
        List<BigDecimal> list = Arrays.asList(items);
        return new Rating(ids.newId(), s.id(), p.id(), s.teamId(), code, version, null, items[0], items[1], items[2],
                items[3], new Scores(code, list).total(), RatingSource.PAPER, s.coachId(), LocalDateTime.now().withNano(0));
    }
}
