package se.stegvis.response;

import io.micronaut.core.type.Argument;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import se.stegvis.instrument.Choice;
import se.stegvis.instrument.InstrumentService;
import se.stegvis.instrument.InstrumentVersionView;
import se.stegvis.instrument.InstrumentNotFound;
import se.stegvis.instrument.ItemDefinition;
import se.stegvis.participant.ParticipantService;
import se.stegvis.participant.ParticipantSummary;
import se.stegvis.team.TeamView;
import se.stegvis.shared.PersonalDataRows;
import se.stegvis.shared.PersonalDataSection;
import se.stegvis.shared.PersonalDataSource;
import se.stegvis.team.TeamService;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * Identified answers and the due list for the participant's own copy: each answer with its instrument's
 * title and every answered question's wording in the copy's language (choices by their wording). Anonymous
 * answers are not here: they carry no link to the person (ADR 0005). Callers run inside a transaction.
 */
@Singleton
class ResponsePersonalData implements PersonalDataSource {
    private static final Argument<Map<String, Object>> ANSWERS = Argument.mapOf(String.class, Object.class);

    private final JdbcOperations jdbc;
    private final InstrumentService instruments;
    private final TeamService teams;
    private final JsonMapper json;
    private final ParticipantService participants;

    ResponsePersonalData(JdbcOperations jdbc, InstrumentService instruments, TeamService teams, JsonMapper json,
                         ParticipantService participants) {
        this.participants = participants;
        this.jdbc = jdbc;
        this.instruments = instruments;
        this.teams = teams;
        this.json = json;
    }

    @Override
    public List<PersonalDataSection> sectionsOf(UUID participantId, Locale locale) {
        String id = participantId.toString();
        List<Map<String, Object>> answers = new ArrayList<>();
        for (Map<String, Object> row : PersonalDataRows.list(jdbc, "SELECT instrument_code, instrument_version_id, "
                + "team_id, submitted_at, score, answers FROM identified_response WHERE participant_id = ? "
                + "ORDER BY submitted_at, id", id)) {
            answers.add(answer(row, locale));
        }
        List<Map<String, Object>> due = PersonalDataRows.staff(PersonalDataRows.list(jdbc,
                "SELECT instrument_code, due_date, reason, requested_by, answered, answered_on "
                        + "FROM due_item WHERE participant_id = ? ORDER BY due_date, id", id), "requestedBy");
        return List.of(
                new PersonalDataSection("identifiedAnswers", "identified_response", answers),
                new PersonalDataSection("dueItems", "due_item", titled(due, participantId, locale)));
    }

    /** Due items with their instrument's current title after the code (the code stays for a deleted one). */
    private List<Map<String, Object>> titled(List<Map<String, Object>> due, UUID participantId, Locale locale) {
        List<TeamView> team = participants.summaries(List.of(participantId)).stream().map(ParticipantSummary::teamId)
                .map(teams::find).flatMap(java.util.Optional::stream).toList();
        if (team.isEmpty()) {
            return due;
        }
        Map<String, String> titles = new java.util.HashMap<>();
        List<Map<String, Object>> result = new ArrayList<>();
        for (Map<String, Object> row : due) {
            String code = String.valueOf(row.get("instrumentCode"));
            String title = titles.computeIfAbsent(code, c -> {
                try {
                    return instruments.current(team.get(0).associationId(), c).definition().title()
                            .render(locale, team.get(0).shortName());
                } catch (InstrumentNotFound e) {
                    return c;
                }
            });
            Map<String, Object> entry = new LinkedHashMap<>();
            row.forEach((k, v) -> {
                entry.put(k, v);
                if (k.equals("instrumentCode")) {
                    entry.put("instrument", title);
                }
            });
            result.add(entry);
        }
        return result;
    }

    private Map<String, Object> answer(Map<String, Object> row, Locale locale) {
        InstrumentVersionView version = instruments.version(UUID.fromString(row.get("instrumentVersionId").toString()));
        String team = teams.find(UUID.fromString(row.get("teamId").toString())).map(t -> t.shortName()).orElse("");
        Map<String, Object> given = parsed(row.get("answers").toString());
        List<Map<String, Object>> items = new ArrayList<>();
        for (ItemDefinition item : version.definition().items()) {
            if (given.containsKey(item.key())) {
                Map<String, Object> answered = new LinkedHashMap<>();
                answered.put("question", item.text(locale, team));
                answered.put("answer", wording(item, given.get(item.key()), locale));
                items.add(answered);
            }
        }
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("instrumentCode", row.get("instrumentCode"));
        entry.put("instrument", version.definition().title().render(locale, team));
        entry.put("version", version.version());
        entry.put("submittedAt", row.get("submittedAt"));
        entry.put("score", row.get("score"));
        entry.put("answers", items);
        return entry;
    }

    /** A choice by its wording, a list of choices joined; numbers, text and yes/no as stored. */
    private static Object wording(ItemDefinition item, Object value, Locale locale) {
        if (item.choices() == null || value == null) {
            return value;
        }
        if (value instanceof Collection<?> values) {
            return String.join(", ", values.stream().map(v -> choice(item, v, locale)).toList());
        }
        return choice(item, value, locale);
    }

    private static String choice(ItemDefinition item, Object value, Locale locale) {
        return item.choices().stream().filter(c -> c.value().equals(String.valueOf(value))).findFirst()
                .map(Choice::text).map(t -> t.in(locale)).orElse(String.valueOf(value));
    }

    private Map<String, Object> parsed(String stored) {
        try {
            return json.readValue(stored, ANSWERS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
