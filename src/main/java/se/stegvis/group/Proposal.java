package se.stegvis.group;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.LocalDateTime;
import java.util.UUID;

/**
 * A proposed activity ("starts when 6 are interested"): participants register interest; staff turn
 * it into an activity ({@code activityId} set), which invites everyone who registered.
 */
@MappedEntity("group_proposal")
record Proposal(@Id UUID id, UUID teamId, ActivityType type, String titleSv, @Nullable String titleEn,
                @Nullable String titleAr, int threshold, @Nullable UUID activityId, UUID createdBy,
                LocalDateTime createdAt) {

    Texts title() {
        return new Texts(titleSv, titleEn, titleAr);
    }

    Proposal started(UUID activity) {
        return new Proposal(id, teamId, type, titleSv, titleEn, titleAr, threshold, activity, createdBy, createdAt);
    }
}
