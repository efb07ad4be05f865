package se.stegvis.report;

import io.micronaut.context.annotation.Property;
import io.micronaut.context.annotation.Requires;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import se.stegvis.participant.ParticipantFixtures;
import se.stegvis.support.Fixtures;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The report's sources read at the same time (ReportService): two test sources each wait for the other
 * to have started, which a one-after-the-other read never lets happen (the first would wait in vain and
 * the report would fail); a source's failure reaches the caller as thrown, and only after the other
 * reads have finished. The sections still come in their order, whatever order the reads end in.
 */
@MicronautTest(transactional = false)
@Property(name = ReportConcurrentReadTest.PROPERTY, value = "true")
class ReportConcurrentReadTest {
    static final String PROPERTY = "stegvis.test.concurrent-sources";
    static final CountDownLatch BOTH_STARTED = new CountDownLatch(2);
    static final AtomicBoolean FAIL = new AtomicBoolean();
    static final AtomicBoolean SLOW_READ_FINISHED = new AtomicBoolean();

    @Inject
    Fixtures fixtures;
    @Inject
    ReportService reports;

    @AfterEach
    void reset() {
        FAIL.set(false);
    }

    @Test
    void sourcesReadAtTheSameTimeAndTheirSectionsKeepTheirOrder() {
        UUID association = fixtures.association();
        fixtures.team(association);
        Report report = reports.build(ParticipantFixtures.actor(fixtures.coordinator(association)), List.of(),
                ReportPeriod.year(2024));
        List<String> keys = report.sections().stream().map(ReportSection::key).toList();
        assertThat(keys).contains(First.KEY, Second.KEY);
        assertThat(keys.indexOf(First.KEY)).isLessThan(keys.indexOf(Second.KEY));
        assertThat(keys.indexOf(Second.KEY)).isLessThan(keys.indexOf(FlowSection.KEY));
    }

    @Test
    void aFailingSourceFailsTheReportWithItsOwnErrorAfterTheOtherReadsHaveFinished() {
        UUID association = fixtures.association();
        fixtures.team(association);
        FAIL.set(true);
        SLOW_READ_FINISHED.set(false);
        assertThatThrownBy(() -> reports.build(ParticipantFixtures.actor(fixtures.coordinator(association)),
                List.of(), ReportPeriod.year(2024)))
                .isExactlyInstanceOf(IllegalStateException.class).hasMessage("the failing source");
        assertThat(SLOW_READ_FINISHED).isTrue();
    }

    /** Waits (bounded) until the other test source has started too; fails the read when it never does. */
    static Map<UUID, RawSection> meet(ReportRequest request) {
        BOTH_STARTED.countDown();
        try {
            if (!BOTH_STARTED.await(20, TimeUnit.SECONDS)) {
                throw new AssertionError("the other source never started while this one was reading");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
        return fixture(request);
    }

    static Map<UUID, RawSection> fixture(ReportRequest request) {
        Map<UUID, RawSection> out = new LinkedHashMap<>();
        request.teamIds().forEach(id -> out.put(id, ReportFixtureSource.section()));
        return out;
    }

    /** A test source's key and place. */
    abstract static class TestSource implements SectionSource {
        private final String key;
        private final int order;

        TestSource(String key, int order) {
            this.key = key;
            this.order = order;
        }

        @Override
        public String key() {
            return key;
        }

        @Override
        public int order() {
            return order;
        }
    }

    @Singleton
    @Requires(property = PROPERTY, value = "true")
    static class First extends TestSource {
        static final String KEY = "first";

        First() {
            super(KEY, 2);
        }

        @Override
        public Map<UUID, RawSection> raw(ReportRequest request) {
            if (FAIL.get()) {
                throw new IllegalStateException("the failing source");
            }
            return meet(request);
        }
    }

    @Singleton
    @Requires(property = PROPERTY, value = "true")
    static class Second extends TestSource {
        static final String KEY = "second";

        Second() {
            super(KEY, 3);
        }

        @Override
        public Map<UUID, RawSection> raw(ReportRequest request) {
            if (!FAIL.get()) {
                return meet(request);
            }
            try {
                Thread.sleep(300); // still reading when the other source has already failed
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            SLOW_READ_FINISHED.set(true);
            return fixture(request);
        }
    }
}
