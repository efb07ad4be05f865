package se.stegvis.screening;

import java.util.List;
import java.util.UUID;

/**
 * Told once, after the answer has been stored, when a screening says "it is going on now" or "I want
 * support now". An email or SMS sender can be plugged in later by replacing
 * {@link LogScreeningNotifier}. The call carries no answer: only which screening, team and coaches.
 */
public interface ScreeningNotifier {

    /** An urgent screening: the coaches to reach, and the screening they open to read it. */
    record UrgentScreening(UUID screeningId, UUID teamId, List<UUID> coachIds) {
    }

    void urgent(UrgentScreening alert);
}
