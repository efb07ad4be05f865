package se.stegvis.report;

import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A section with known tables for the export tests, the same for every team whatever the data: a count
 * table (3 men new and 1 other/unknown exit are small counts), a share table (10 of 16 women agree:
 * 62.5 %; 9 of 10 men: hidden, the one who did not would be known) and a mean (women 8.1 months; two men:
 * hidden). No relations between cells, so primary suppression alone is what any suppression hides.
 * A bean only where a test class sets {@code stegvis.test.report-fixture=true}.
 */
@Singleton
@Requires(property = ReportFixtureSource.PROPERTY, value = "true")
class ReportFixtureSource implements SectionSource {
    static final String PROPERTY = "stegvis.test.report-fixture";
    static final String KEY = "fixture";
    static final List<String> GENDERS = List.of("WOMAN", "MAN", "OTHER_UNKNOWN");

    @Override
    public String key() {
        return KEY;
    }

    @Override
    public int order() {
        return 1;
    }

    @Override
    public Map<UUID, RawSection> raw(ReportRequest request) {
        Map<UUID, RawSection> out = new LinkedHashMap<>();
        request.teamIds().forEach(id -> out.put(id, section()));
        return out;
    }

    static RawSection section() {
        CountTable flow = CountTable.builder("fixture.flow", List.of("fixture.new", "fixture.exits"), GENDERS)
                .set("fixture.new", "WOMAN", 12).set("fixture.new", "MAN", 3)
                .set("fixture.exits", "WOMAN", 7).set("fixture.exits", "MAN", 8).set("fixture.exits", "OTHER_UNKNOWN", 1)
                .build();
        ShareTable agree = new ShareTable("fixture.agree", List.of("fixture.q1"), GENDERS,
                new long[][]{{10, 9, 0}}, new long[][]{{16, 10, 0}});
        SampleTable months = new SampleTable("fixture.months", List.of("fixture.throughput"), GENDERS,
                SampleTable.Statistic.MEAN, new SampleTable.Sample[][]{{SampleTable.Sample.of(6, 7, 8, 9, 10.5),
                SampleTable.Sample.of(3, 4), SampleTable.Sample.EMPTY}});
        return new RawSection(List.of(flow, agree, months), List.of(ReportWarning.of("fixture.warning", 2)));
    }
}
