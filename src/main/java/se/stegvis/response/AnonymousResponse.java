package se.stegvis.response;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.util.UUID;

/**
 * An anonymous answer, by construction (docs/adr/0005-anonymous-answers.md): a random version-4 id
 * and only what reports group by — team, instrument version, period (YYYY-MM, Swedish date),
 * gender and age band — plus the answers. Deliberately no participant id, no time, no sequence.
 */
@MappedEntity("anonymous_response")
record AnonymousResponse(@Id UUID id, UUID teamId, UUID instrumentVersionId, String period, String gender,
                         String ageBand, String answers) {
}
