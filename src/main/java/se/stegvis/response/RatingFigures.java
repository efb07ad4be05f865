package se.stegvis.response;

import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import se.stegvis.instrument.InstrumentService;
import se.stegvis.instrument.InstrumentVersionView;
import se.stegvis.instrument.ItemDefinition;
import se.stegvis.shared.TimeFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The scored items (RATING_1_5, VAS_0_10) of an identified instrument in aggregate, for the reports:
 * per team and item key, how many rated it and the sum of the ratings, so means add up across
 * teams. Counts and sums only, never an answer or a person; one statement for all teams, streamed (each
 * answer is added as it passes, nothing is kept per answer). Not
 * audited: nothing of a person leaves here (the per-participant reads are audited where they are).
 */
@Singleton
public class RatingFigures {
    private static final Argument<Map<String, Object>> ANSWERS = Argument.mapOf(String.class, Object.class);

    private final AnswerFiguresRepository answers;
    private final InstrumentService instruments;
    private final JsonMapper json;

    RatingFigures(AnswerFiguresRepository answers, InstrumentService instruments, JsonMapper json) {
        this.answers = answers;
        this.instruments = instruments;
        this.json = json;
    }

    /** How many rated an item, and the sum of their ratings. */
    public record Sum(long n, BigDecimal sum) {
        public static final Sum EMPTY = new Sum(0, BigDecimal.ZERO);
    }

    /** The scored item keys of the instrument (across its versions, newest order first) and the sums per team. */
    public record Figures(List<String> items, Map<UUID, Map<String, Sum>> byTeam) {
    }

    /** Answers of {@code instrumentCode} handed in from {@code from} to {@code to} (Swedish dates, inclusive). */
    @Transactional(readOnly = true)
    public Figures sums(UUID associationId, Collection<UUID> teamIds, String instrumentCode, LocalDate from,
                        LocalDate to) {
        List<String> items = new ArrayList<>();
        Set<String> versions = new HashSet<>();
        for (InstrumentVersionView v : instruments.allVersions(associationId, instrumentCode)) {
            versions.add(v.versionId().toString());
            v.definition().items().stream().filter(i -> i.type().scored()).map(ItemDefinition::key)
                    .filter(k -> !items.contains(k)).forEach(items::add);
        }
        Map<UUID, Map<String, Sum>> byTeam = new HashMap<>();
        if (teamIds.isEmpty() || items.isEmpty()) {
            return new Figures(items, byTeam);
        }
        // team -> item -> running n and sum; the rows stream past and are dropped
        Map<String, Map<String, Running>> running = new HashMap<>();
        answers.identified(teamIds, instrumentCode, utc(from), utc(to.plusDays(1)), (team, version, gender, stored) -> {
            if (!versions.contains(version)) {
                return;
            }
            Map<String, Running> sums = running.computeIfAbsent(team, t -> new HashMap<>());
            parse(stored).forEach((key, value) -> {
                if (items.contains(key) && value instanceof Number n) {
                    sums.computeIfAbsent(key, k -> new Running()).add(new BigDecimal(n.toString()));
                }
            });
        });
        running.forEach((team, sums) -> {
            Map<String, Sum> out = new HashMap<>();
            sums.forEach((key, r) -> out.put(key, new Sum(r.n, r.sum)));
            byTeam.put(UUID.fromString(team), out);
        });
        return new Figures(items, byTeam);
    }

    /** n and sum of one team's item while the answers pass. */
    private static final class Running {
        private long n;
        private BigDecimal sum = BigDecimal.ZERO;

        void add(BigDecimal value) {
            n++;
            sum = sum.add(value);
        }
    }

    private static LocalDateTime utc(LocalDate swedishDay) {
        return LocalDateTime.ofInstant(swedishDay.atStartOfDay(TimeFactory.SWEDEN).toInstant(), ZoneOffset.UTC);
    }

    private Map<String, Object> parse(String stored) {
        try {
            return json.readValue(stored, ANSWERS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
