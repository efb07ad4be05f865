package se.stegvis.participant;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import se.stegvis.security.Actor;
import se.stegvis.shared.Ids;
import se.stegvis.team.StaffService;
import se.stegvis.team.StaffView;

import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The history of corrections of a participant's background variables (GDPR article 16): one row per changed
 * variable, added by {@link ParticipantService#update} in the update's transaction. Neither access nor audit
 * here; the participant service does both.
 */
@Singleton
class BackgroundHistory {
    private static final Comparator<BackgroundChange> NEWEST_FIRST = Comparator
            .comparingInt(BackgroundChange::participantVersion).reversed()
            .thenComparing(BackgroundChange::changedAt, Comparator.reverseOrder())
            .thenComparingInt(c -> BackgroundVariables.FIELDS.indexOf(c.field()));

    private final BackgroundChangeRepository changes;
    private final StaffService staff;
    private final Ids ids;

    BackgroundHistory(BackgroundChangeRepository changes, StaffService staff, Ids ids) {
        this.changes = changes;
        this.staff = staff;
        this.ids = ids;
    }

    /**
     * Records what differs between {@code before} and the saved {@code after}: nothing when no background
     * variable changed. Returns the names of the changed fields.
     */
    List<String> record(Actor actor, Participant before, Participant after, @Nullable String reason,
                        LocalDateTime now) {
        List<BackgroundVariables.Difference> differences = BackgroundVariables.differences(before, after);
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        for (BackgroundVariables.Difference d : differences) {
            changes.save(new BackgroundChange(ids.newId(), after.id(), d.field(), d.oldValue(), d.newValue(),
                    actor.id(), now, after.version(), why));
        }
        return differences.stream().map(BackgroundVariables.Difference::field).toList();
    }

    /** The participant's changes, newest first, each with the changer's display name (null if unknown). */
    List<BackgroundChangeView> of(UUID participantId) {
        Map<UUID, String> names = new HashMap<>();
        return changes.findByParticipantIdNewestFirst(participantId).stream().sorted(NEWEST_FIRST)
                .map(c -> new BackgroundChangeView(c.changedAt(), c.changedBy(),
                        names.computeIfAbsent(c.changedBy(), id -> staff.find(id).map(StaffView::displayName)
                                .orElse(null)),
                        c.field(), c.oldValue(), c.newValue(), c.reason()))
                .toList();
    }
}
