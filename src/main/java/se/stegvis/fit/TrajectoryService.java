package se.stegvis.fit;

import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The association's expected trajectories, computed from its own ratings in one statement and kept
 * in memory for {@link #FRESH_FOR}: statistics over many participants change slowly, and a trend
 * read then costs no extra statement. Each instance keeps its own copy (no shared state to go stale
 * beyond the same hour).
 */
@Singleton
class TrajectoryService {
    static final Duration FRESH_FOR = Duration.ofHours(1);

    private record Cached(Trajectories.Table table, Instant computedAt) {
    }

    private final HistoryRepository histories;
    private final Clock clock;
    private final Map<UUID, Cached> cache = new ConcurrentHashMap<>();

    TrajectoryService(HistoryRepository histories, Clock clock) {
        this.histories = histories;
        this.clock = clock;
    }

    /** Runs inside the caller's transaction: at most one statement, none while the cached table is fresh. */
    Trajectories.Table of(UUID associationId) {
        Instant now = clock.instant();
        Cached c = cache.get(associationId);
        if (c == null || c.computedAt().plus(FRESH_FOR).isBefore(now)) {
            c = new Cached(Trajectories.compute(references(histories.ofAssociation(associationId))), now);
            cache.put(associationId, c);
        }
        return c.table();
    }

    /** Forgets every cached table (tests, and after bulk changes). */
    void forget() {
        cache.clear();
    }

    static List<Trajectories.Reference> references(List<HistoryRow> rows) {
        List<Trajectories.Reference> refs = new ArrayList<>();
        Histories.assemble(rows).values().forEach(h -> h.points().forEach(p -> {
            if (p.ors() != null && p.ors().complete()) {
                refs.add(new Trajectories.Reference(h.participantId(), p.number(), p.ors().total()));
            }
        }));
        return refs;
    }
}
