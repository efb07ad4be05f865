package se.stegvis.response;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import se.stegvis.instrument.InstrumentService;
import se.stegvis.instrument.InstrumentVersionView;
import se.stegvis.instrument.ItemDefinition;
import se.stegvis.instrument.ItemType;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The anonymous indicator questionnaires (start and exit) in aggregate, for the reports: per team,
 * questionnaire and gender, how many answered and, per statement, how many agreed of how many took
 * a stand. Counts only: never an answer, a free text, an age band or a month (docs/adr/0005).
 * One statement for all teams of the request, streamed: each answer is counted as it passes and
 * dropped, so memory grows with the cells (teams × questionnaires × genders), not with the answers.
 *
 * <p><b>Agreeing</b> is the upper side of the item's scale, past its midpoint: 4 or 5 on a
 * RATING_1_5 ("stämmer ganska bra / helt"), above 5 on a VAS_0_10, YES on a YES_NO. A stand is any
 * answer on that scale; a skipped item or a DECLINED does not count. Other item types (free text,
 * choices) are no statements and are left out. Statements are compared by item key across all
 * versions of the association's instrument (ADR 0003), newest wording's order first.
 */
@Singleton
public class IndicatorFigures {
    public static final String START = "INDICATOR_START";
    public static final String EXIT = "INDICATOR_EXIT";
    private static final Set<String> WOMAN_OR_MAN = Set.of("WOMAN", "MAN");

    private final AnswerFiguresRepository answers;
    private final InstrumentService instruments;

    IndicatorFigures(AnswerFiguresRepository answers, InstrumentService instruments) {
        this.answers = answers;
        this.instruments = instruments;
    }

    /** One statement of one cell: how many agreed of how many took a stand. */
    public record StatementCount(long agreeing, long answered) {
    }

    /** One cell (team, questionnaire, gender): number of answers and the counts per statement key. */
    public record Cell(long answers, Map<String, StatementCount> statements) {
    }

    /**
     * The statement keys per questionnaire code (in order), and per team → code → gender (WOMAN, MAN,
     * OTHER_UNKNOWN) the cells that have answers.
     */
    public record Figures(Map<String, List<String>> statements, Map<UUID, Map<String, Map<String, Cell>>> byTeam) {
    }

    /** The figures of the teams (all of the association) for the answers whose month lies from {@code from} to {@code to}. */
    @Transactional(readOnly = true)
    public Figures figures(UUID associationId, Collection<UUID> teamIds, YearMonth from, YearMonth to) {
        Map<String, String> codeOf = new HashMap<>();
        Map<String, StatementStands> standsOf = new HashMap<>();
        Map<String, List<String>> statements = new LinkedHashMap<>();
        for (String code : List.of(START, EXIT)) {
            List<InstrumentVersionView> versions = instruments.allVersions(associationId, code);
            statements.put(code, statementKeys(versions));
            for (InstrumentVersionView v : versions) {
                codeOf.put(v.versionId().toString(), code);
                standsOf.put(v.versionId().toString(), new StatementStands(statementTypes(v)));
            }
        }
        Map<UUID, Map<String, Map<String, Cell>>> byTeam = new HashMap<>();
        if (teamIds.isEmpty() || codeOf.isEmpty()) {
            return new Figures(statements, byTeam);
        }
        // team -> code -> gender -> running counts; the rows stream past and are dropped
        Map<String, Map<String, Map<String, Tally>>> tallies = new HashMap<>();
        List<UUID> versionIds = codeOf.keySet().stream().map(UUID::fromString).toList();
        answers.anonymous(teamIds, versionIds, from.toString(), to.toString(), (team, version, gender, stored) ->
                tallies.computeIfAbsent(team, t -> new HashMap<>())
                        .computeIfAbsent(codeOf.get(version), c -> new HashMap<>())
                        .computeIfAbsent(WOMAN_OR_MAN.contains(gender) ? gender : "OTHER_UNKNOWN", g -> new Tally())
                        .add(standsOf.get(version), stored));
        tallies.forEach((team, byCode) -> {
            Map<String, Map<String, Cell>> cells = new HashMap<>();
            byCode.forEach((code, byGender) -> {
                Map<String, Cell> genders = new HashMap<>();
                byGender.forEach((gender, tally) -> genders.put(gender, tally.cell()));
                cells.put(code, genders);
            });
            byTeam.put(UUID.fromString(team), cells);
        });
        return new Figures(statements, byTeam);
    }

    /** The running counts of one cell: answers, and per statement key agreeing and answered. */
    private static final class Tally {
        private long answers;
        private final Map<String, long[]> statements = new HashMap<>();

        void add(StatementStands version, String stored) {
            answers++;
            Boolean[] stands = version.read(stored);
            for (int i = 0; i < stands.length; i++) {
                if (stands[i] != null) {
                    long[] n = statements.computeIfAbsent(version.keys().get(i), k -> new long[2]);
                    n[0] += stands[i] ? 1 : 0;
                    n[1]++;
                }
            }
        }

        Cell cell() {
            Map<String, StatementCount> counts = new HashMap<>();
            statements.forEach((key, n) -> counts.put(key, new StatementCount(n[0], n[1])));
            return new Cell(answers, counts);
        }
    }

    /** True when the answer agrees, false when it takes the other side or the middle, null when it takes no stand. */
    static Boolean agrees(ItemType type, Object answer) {
        if (answer instanceof Number n) {
            return switch (type) {
                case RATING_1_5 -> n.doubleValue() >= 4;
                case VAS_0_10 -> n.doubleValue() > 5;
                default -> null;
            };
        }
        if (type == ItemType.YES_NO && answer instanceof String s && !s.equals("DECLINED")) {
            return s.equals("YES");
        }
        return null;
    }

    private static boolean statement(ItemType type) {
        return type == ItemType.RATING_1_5 || type == ItemType.VAS_0_10 || type == ItemType.YES_NO;
    }

    private static Map<String, ItemType> statementTypes(InstrumentVersionView v) {
        Map<String, ItemType> types = new LinkedHashMap<>();
        v.definition().items().stream().filter(i -> statement(i.type())).forEach(i -> types.put(i.key(), i.type()));
        return types;
    }

    /** Statement keys across versions: the newest version's order, then keys only older versions had. */
    private static List<String> statementKeys(List<InstrumentVersionView> versions) {
        List<String> keys = new ArrayList<>();
        for (InstrumentVersionView v : versions) {
            for (ItemDefinition i : v.definition().items()) {
                if (statement(i.type()) && !keys.contains(i.key())) {
                    keys.add(i.key());
                }
            }
        }
        return keys;
    }
}
