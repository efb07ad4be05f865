package se.stegvis.group;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.List;

/** An activity as staff create or replace it: title and description per language, sessions in local time. */
@Serdeable
record ActivityRequest(@NotNull ActivityType type, @NotNull @Valid Texts title, @Nullable @Valid Texts description,
                       @NotNull @Size(max = 200) String place, int capacity, @Nullable LocalDate signupOpens,
                       @Nullable LocalDate signupCloses, @NotNull List<@Valid SessionDraft> sessions) {

    ActivityDraft draft() {
        return new ActivityDraft(type, title, description, place, capacity, signupOpens, signupCloses, sessions);
    }
}
