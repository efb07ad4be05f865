package se.stegvis.audit;

import java.util.Set;
import java.util.UUID;

/**
 * The participants a staff member is assigned to now (their caseload). The participant feature implements
 * it, so the access review never reads participant tables.
 */
public interface Caseloads {
    Set<UUID> caseloadOf(UUID staffId);
}
