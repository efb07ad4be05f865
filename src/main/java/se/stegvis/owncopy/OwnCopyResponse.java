package se.stegvis.owncopy;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The own copy as JSON. Field names are stable: {@code sections[].key} and the field names of
 * {@code entries} are the ones listed in the operation's description; times are UTC ({@code ...Z}), dates
 * {@code YYYY-MM-DD}, a staff member {@code {"name", "role"}}. Codes stay codes (the HTML copy words them).
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
record OwnCopyResponse(UUID participantId, String displayName, @Nullable String team, String language,
                       @Schema(description = "STAFF (made by a coach or team lead) or PARTICIPANT (the portal)")
                       String madeFor,
                       String generatedAt, List<SectionResponse> sections, List<ExcludedResponse> excluded) {
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss'Z'");

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record SectionResponse(String key, String table, int count, @Nullable String note,
                           @Schema(description = "One object per stored row; fields per section, see the operation")
                           List<Map<String, Object>> entries) {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record ExcludedResponse(List<String> tables, String explanation) {
    }

    static OwnCopyResponse from(OwnCopy copy, OwnCopyText text) {
        return new OwnCopyResponse(copy.participantId(), copy.displayName(), copy.team(),
                copy.locale().getLanguage(), copy.audience().name(), UTC.format(copy.generatedAt()),
                copy.sections().stream().map(s -> new SectionResponse(s.key(), s.table(), s.entries().size(),
                        s.noteKey() == null ? null : text.text(s.noteKey()),
                        s.entries().stream().map(OwnCopyResponse::plain).toList())).toList(),
                List.of(new ExcludedResponse(OwnCopy.EXCLUDED_TABLES, text.text(OwnCopy.EXCLUDED_KEY))));
    }

    private static Map<String, Object> plain(Map<String, Object> entry) {
        Map<String, Object> out = new LinkedHashMap<>();
        entry.forEach((k, v) -> out.put(k, plain(v)));
        return out;
    }

    @SuppressWarnings("unchecked")
    private static Object plain(@Nullable Object v) {
        if (v instanceof LocalDateTime t) {
            return UTC.format(t);
        }
        if (v instanceof LocalDate || v instanceof LocalTime || v instanceof UUID) {
            return v.toString();
        }
        if (v instanceof OwnCopy.Person s) {
            Map<String, Object> staff = new LinkedHashMap<>();
            staff.put("name", s.name());
            staff.put("role", s.role());
            return staff;
        }
        if (v instanceof BigDecimal d) {
            return d.stripTrailingZeros().scale() <= 0 ? (Object) d.longValue() : d.doubleValue();
        }
        if (v instanceof List<?> list) {
            return list.stream().map(i -> i instanceof Map<?, ?> m ? plain((Map<String, Object>) m) : plain(i))
                    .toList();
        }
        return v;
    }
}
