package se.stegvis.screening;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

/** The tests' notifier: remembers every urgent call instead of logging it. */
@Singleton
@Requires(env = "test")
@Replaces(LogScreeningNotifier.class)
class CapturingNotifier implements ScreeningNotifier {
    final List<UrgentScreening> calls = new CopyOnWriteArrayList<>();

    @Override
    public void urgent(UrgentScreening alert) {
        calls.add(alert);
    }

    List<UrgentScreening> forTeam(UUID teamId) {
        return calls.stream().filter(c -> c.teamId().equals(teamId)).toList();
    }
}
