package se.stegvis.group;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.util.UUID;

/** A participant's private calendar link: only the SHA-256 of the token is stored, one per participant. */
@MappedEntity("group_calendar_token")
record CalendarToken(@Id UUID participantId, String tokenHash, String language) {
}
