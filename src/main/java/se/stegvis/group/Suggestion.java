package se.stegvis.group;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.util.UUID;

/**
 * An anonymous suggestion (the suggestion box): a random v4 id, the team, the month (YYYY-MM) and
 * the text. No participant key and no time, like anonymous answers (ADR 0005).
 */
@MappedEntity("group_suggestion")
record Suggestion(@Id UUID id, UUID teamId, String period, String text, boolean handled) {
    Suggestion handled(boolean value) {
        return new Suggestion(id, teamId, period, text, value);
    }
}
