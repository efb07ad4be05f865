package se.stegvis.group;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.UUID;

/**
 * A group a team offers. {@code bookingSeq} is the last queue number handed out; it is only read
 * and bumped while the row is locked ({@link ActivityRepository#lockById}), so it orders sign-ups
 * and the waitlist without gaps between concurrent requests.
 */
@MappedEntity("group_activity")
record Activity(@Id UUID id, UUID teamId, ActivityType type, String titleSv, @Nullable String titleEn,
                @Nullable String titleAr, @Nullable String descriptionSv, @Nullable String descriptionEn,
                @Nullable String descriptionAr, String place, int capacity, @Nullable LocalDate signupOpens,
                @Nullable LocalDate signupCloses, int bookingSeq, UUID createdBy, LocalDateTime createdAt,
                LocalDateTime updatedAt) {

    Texts title() {
        return new Texts(titleSv, titleEn, titleAr);
    }

    @Nullable
    Texts description() {
        return descriptionSv == null && descriptionEn == null && descriptionAr == null ? null
                : new Texts(descriptionSv, descriptionEn, descriptionAr);
    }

    Activity edited(ActivityDraft d, LocalDateTime now) {
        Texts desc = d.description() == null ? Texts.EMPTY : d.description();
        return new Activity(id, teamId, d.type(), d.title().sv(), d.title().en(), d.title().ar(), desc.sv(), desc.en(),
                desc.ar(), d.place(), d.capacity(), d.signupOpens(), d.signupCloses(), bookingSeq, createdBy,
                createdAt, now);
    }

    static Activity create(UUID id, UUID teamId, ActivityDraft d, UUID by, LocalDateTime now) {
        return new Activity(id, teamId, d.type(), "", null, null, null, null, null, "", 0, null, null, 0, by, now, now)
                .edited(d, now);
    }
}
