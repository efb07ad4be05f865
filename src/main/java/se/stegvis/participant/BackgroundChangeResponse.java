package se.stegvis.participant;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.LocalDateTime;
import java.util.UUID;

/**
 * One corrected background variable on the wire; every key is always present. {@code field} is the
 * participant's property name (gender, birthYear, education, yearsInSupport, incomeBefore, referrer,
 * homeMunicipality, incomeAfter); {@code oldValue}/{@code newValue} are enum codes or numbers as text, null when
 * not recorded. {@code changedAt} is UTC.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record BackgroundChangeResponse(LocalDateTime changedAt, UUID changedBy, @Nullable String changedByName,
                                       String field, @Nullable String oldValue, @Nullable String newValue,
                                       @Nullable String reason) {

    static BackgroundChangeResponse from(BackgroundChangeView v) {
        return new BackgroundChangeResponse(v.changedAt(), v.changedBy(), v.changedByName(), v.field(), v.oldValue(),
                v.newValue(), v.reason());
    }
}
