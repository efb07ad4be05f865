package se.stegvis.audit;

import io.micronaut.core.annotation.Nullable;

import java.util.List;
import java.util.UUID;

/**
 * What one reviewer may review: the teams, the association they belong to, and whether participants'
 * names may be shown (team leads of the team: yes, as in the team's audit trail; data protection
 * officers: no, they see participant ids only). {@code teamId} is set for a one-team review.
 */
record ReviewScope(UUID associationId, @Nullable UUID teamId, List<UUID> teamIds, boolean showsNames) {
}
