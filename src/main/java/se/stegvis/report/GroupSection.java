package se.stegvis.report;

import jakarta.inject.Singleton;
import se.stegvis.group.CourseFeedbackFigures;
import se.stegvis.group.GroupStatistics;
import se.stegvis.group.GroupStatisticsService;
import se.stegvis.response.RatingFigures;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Group activities of the period, from {@link GroupStatisticsService}: activities and sessions held
 * ({@code groups.activity}), distinct participants who attended by gender ({@code groups.participants}),
 * the attendance rate as attendances of booked seats ({@code groups.attendance}); and the course
 * feedback's mean per rating item with its n ({@code groups.feedback}, rows {@code groups.feedback.<item>}),
 * over the feedback handed in during the period.
 *
 * <p>All teams at once: the statistics in one grouped statement, the course feedback in one streamed read.
 */
@Singleton
class GroupSection implements SectionSource {
    static final String KEY = "groups";
    static final String ACTIVITIES = "groups.activitiesHeld";
    static final String SESSIONS = "groups.sessionsHeld";
    static final String PARTICIPANTS = "groups.participants";
    static final String ATTENDANCE = "groups.attendanceRate";

    private final GroupStatisticsService statistics;
    private final CourseFeedbackFigures feedback;

    GroupSection(GroupStatisticsService statistics, CourseFeedbackFigures feedback) {
        this.statistics = statistics;
        this.feedback = feedback;
    }

    @Override
    public String key() {
        return KEY;
    }

    @Override
    public int order() {
        return 80;
    }

    @Override
    public Map<UUID, RawSection> raw(ReportRequest request) {
        RatingFigures.Figures ratings = feedback.forTeams(request.associationId(), request.teamIds(),
                request.period().from(), request.period().to());
        Map<UUID, GroupStatistics> byTeam = statistics.statistics(request.teamIds(), request.period().from(),
                request.period().to());
        Map<UUID, RawSection> out = new LinkedHashMap<>();
        for (UUID team : request.teamIds()) {
            GroupStatistics s = byTeam.get(team);
            out.put(team, RawSection.of(activity(s), participants(s), attendance(s),
                    feedback(ratings.items(), ratings.byTeam().getOrDefault(team, Map.of()))));
        }
        return out;
    }

    private static CountTable activity(GroupStatistics s) {
        return CountTable.builder("groups.activity", List.of(ACTIVITIES, SESSIONS), List.of(GenderColumns.TOTAL))
                .set(ACTIVITIES, GenderColumns.TOTAL, s.activitiesHeld())
                .set(SESSIONS, GenderColumns.TOTAL, s.sessionsHeld()).build();
    }

    private static CountTable participants(GroupStatistics s) {
        CountTable.Builder b = CountTable.builder("groups.participants", List.of(PARTICIPANTS),
                GenderColumns.WITH_TOTAL);
        s.participantsByGender().forEach((gender, n) -> b.add(PARTICIPANTS, GenderColumns.of(gender), n));
        return b.totalColumn(GenderColumns.TOTAL).build();
    }

    private static ShareTable attendance(GroupStatistics s) {
        return new ShareTable("groups.attendance", List.of(ATTENDANCE), List.of(GenderColumns.TOTAL),
                new long[][]{{s.attendances()}}, new long[][]{{s.bookedSeats()}});
    }

    private static SampleTable feedback(List<String> items, Map<String, RatingFigures.Sum> sums) {
        SampleTable.Sample[][] samples = new SampleTable.Sample[items.size()][1];
        for (int i = 0; i < items.size(); i++) {
            RatingFigures.Sum sum = sums.getOrDefault(items.get(i), RatingFigures.Sum.EMPTY);
            samples[i][0] = new SampleTable.Sample(sum.n(), sum.sum().doubleValue(), null);
        }
        return new SampleTable("groups.feedback", items.stream().map(k -> "groups.feedback." + k).toList(),
                List.of(GenderColumns.TOTAL), SampleTable.Statistic.MEAN, samples);
    }
}
