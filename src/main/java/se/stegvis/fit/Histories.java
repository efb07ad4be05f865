package se.stegvis.fit;

import io.micronaut.core.annotation.Nullable;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Turns history rows (ordered by participant, day held, creation, session id) into each participant's
 * sessions numbered 1, 2, … with their ORS and SRS. Pure.
 */
final class Histories {
    private Histories() {
    }

    /** Where a rating came from and which instrument version it was given on. */
    record Meta(RatingSource source, UUID versionId) {
    }

    /** A participant's numbered sessions and, per session and instrument code, the rating's origin. */
    record History(UUID participantId, List<SessionPoint> points, Map<String, Meta> meta) {
        @Nullable Meta meta(UUID sessionId, String code) {
            return meta.get(sessionId + ":" + code);
        }
    }

    static Map<UUID, History> assemble(List<HistoryRow> rows) {
        Map<UUID, Map<UUID, List<HistoryRow>>> grouped = new LinkedHashMap<>();
        rows.forEach(r -> grouped.computeIfAbsent(r.participantId(), k -> new LinkedHashMap<>())
                .computeIfAbsent(r.sessionId(), k -> new ArrayList<>()).add(r));
        Map<UUID, History> result = new LinkedHashMap<>();
        grouped.forEach((participant, sessions) -> {
            List<SessionPoint> points = new ArrayList<>();
            Map<String, Meta> meta = new LinkedHashMap<>();
            int number = 0;
            for (List<HistoryRow> session : sessions.values()) {
                HistoryRow first = session.get(0);
                Scores ors = null;
                Scores srs = null;
                for (HistoryRow r : session) {
                    if (r.instrumentCode() == null) {
                        continue;
                    }
                    Scores s = new Scores(r.instrumentCode(), r.items());
                    if (FitRatings.ORS.equals(r.instrumentCode())) {
                        ors = s;
                    } else {
                        srs = s;
                    }
                    meta.put(r.sessionId() + ":" + r.instrumentCode(), new Meta(r.source(), r.instrumentVersionId()));
                }
                points.add(new SessionPoint(first.sessionId(), ++number, first.heldOn(), first.kind(), ors, srs));
            }
            result.put(participant, new History(participant, points, meta));
        });
        return result;
    }

    static History of(UUID participantId, List<HistoryRow> rows) {
        return assemble(rows).getOrDefault(participantId, new History(participantId, List.of(), Map.of()));
    }
}
