package se.stegvis.target;

import se.stegvis.security.Actor;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Lets report tests set targets through the real service (its write method is package-private). */
public final class TargetTestAccess {
    private TargetTestAccess() {
    }

    public static void replace(TargetService service, Actor actor, UUID teamId, int year,
                               List<Map.Entry<TargetKind, String>> targets) {
        service.replace(actor, teamId, year, targets.stream()
                .map(e -> new TargetRules.Entry(e.getKey().name(), new BigDecimal(e.getValue()))).toList());
    }
}
