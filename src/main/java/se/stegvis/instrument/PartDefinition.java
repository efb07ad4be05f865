package se.stegvis.instrument;

import io.micronaut.serde.annotation.Serdeable;

/** A numbered part of a form (the exit feedback form has two), with its heading. */
@Serdeable
public record PartDefinition(int number, Texts title) {
}
