package se.stegvis.audit;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import se.stegvis.security.Role;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * One read in the access review. {@code participantName} is null for a data protection officer (participant
 * ids only, ADR 0010); {@code outsideCaseload}: the participant is not in the staff member's caseload now.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
record AccessReadResponse(long id, Instant at, UUID staffId, @Nullable String staffName, @Nullable Role staffRole,
                          UUID teamId, String teamName, UUID participantId, @Nullable String participantName,
                          String action, boolean outsideCaseload) {
    static AccessReadResponse from(AccessReviewService.ReviewedRead r) {
        AccessRead read = r.read();
        return new AccessReadResponse(read.id(), read.at().toInstant(ZoneOffset.UTC), read.staffId(), r.staffName(),
                r.staffRole(), read.teamId(), r.teamName(), read.participantId(), r.participantName(), read.action(),
                r.outsideCaseload());
    }
}
