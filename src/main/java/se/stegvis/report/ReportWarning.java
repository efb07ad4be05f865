package se.stegvis.report;

import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/**
 * Something the reader should know about the figures, as a message key with arguments, e.g. the flow
 * identity start + new − exits = end broken by n participants of team X. Arguments are counts,
 * team names or dates — never a participant.
 */
@Serdeable
public record ReportWarning(String key, List<String> args) {
    public static ReportWarning of(String key, Object... args) {
        return new ReportWarning(key, java.util.Arrays.stream(args).map(String::valueOf).toList());
    }
}
