package se.stegvis.instrument;

import io.micronaut.serde.annotation.Serdeable;

/** One choice of a SINGLE_CHOICE or MULTIPLE_CHOICE item: the stored value and its wording. */
@Serdeable
public record Choice(String value, Texts text) {
}
