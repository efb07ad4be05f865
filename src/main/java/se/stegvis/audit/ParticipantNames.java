package se.stegvis.audit;

import java.util.Collection;
import java.util.Map;
import java.util.UUID;

/**
 * Display names of participants for the audit list. The participant feature implements it, so
 * audit never reads participant tables (and participant may depend on audit without a cycle).
 */
public interface ParticipantNames {
    Map<UUID, String> displayNames(Collection<UUID> participantIds);
}
