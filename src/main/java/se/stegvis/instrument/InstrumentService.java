package se.stegvis.instrument;

import io.micronaut.data.exceptions.DataAccessException;
import jakarta.inject.Singleton;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The instrument engine: which version of an instrument an association uses, what a version says,
 * and whether answers fit it. Built-in instruments ({@code associationId} null) come from
 * migrations; an association may have its own instrument of the same code, which then replaces
 * the built-in for that association. Versions never change: a change is a new version, and
 * answers record the version id they were given on.
 */
@Singleton
public class InstrumentService {
    private final InstrumentStore store;

    InstrumentService(InstrumentStore store) {
        this.store = store;
    }

    /** The current (latest) version of the association's instrument of this code, else of the built-in one. */
    public InstrumentVersionView current(UUID associationId, String code) {
        return store.latest(store.effective(associationId, normal(code)).orElseThrow(InstrumentNotFound::new));
    }

    /** One version by id, whoever owns it (a stored answer names it). */
    public InstrumentVersionView version(UUID versionId) {
        return store.version(versionId).orElseThrow(InstrumentNotFound::new);
    }

    /** Version number {@code version} of the association's effective instrument of this code. */
    public InstrumentVersionView version(UUID associationId, String code, int version) {
        Instrument i = store.effective(associationId, normal(code)).orElseThrow(InstrumentNotFound::new);
        return store.version(i, version).orElseThrow(InstrumentNotFound::new);
    }

    /**
     * Every version an association's answers of this code may have been given on: its own
     * instrument's versions first (newest first), then the built-in's it replaced. Empty when the
     * association has no instrument of this code.
     */
    public List<InstrumentVersionView> allVersions(UUID associationId, String code) {
        String c = normal(code);
        List<Instrument> of = new ArrayList<>();
        store.ownedBy(associationId).stream().filter(i -> i.code().equals(c)).forEach(of::add);
        of.addAll(store.builtIns().stream().filter(i -> i.code().equals(c)).toList());
        List<InstrumentVersionView> all = new ArrayList<>(store.versionsOf(of));
        all.sort(Comparator.comparing((InstrumentVersionView v) -> v.associationId() == null)
                .thenComparing(InstrumentVersionView::version, Comparator.reverseOrder()));
        return all;
    }

    /** The current versions of every instrument the association uses: its own, and built-ins it has not replaced. */
    public List<InstrumentVersionView> list(UUID associationId) {
        List<Instrument> own = store.ownedBy(associationId);
        Set<String> ownCodes = own.stream().map(Instrument::code).collect(Collectors.toSet());
        List<Instrument> effective = new ArrayList<>(own);
        store.builtIns().stream().filter(b -> !ownCodes.contains(b.code())).forEach(effective::add);
        return effective.stream().sorted(Comparator.comparing(Instrument::code)).map(store::latest).toList();
    }

    /**
     * Checks answers (item key → value as parsed from JSON) against a version and scores them.
     *
     * @throws InvalidAnswers naming each wrong item by its key
     * @throws InstrumentNotFound when there is no such version
     */
    public ScoredAnswers validate(UUID versionId, Map<String, ?> answers) {
        InstrumentVersionView v = version(versionId);
        return AnswerRules.validate(v.versionId(), v.definition(), v.scoring(), answers);
    }

    /** An item's text in a language, {@code {team}} replaced by the team's short name, Swedish as fallback. */
    public String itemText(InstrumentVersionView version, String itemKey, Locale locale, String teamShortName) {
        return version.definition().item(itemKey).orElseThrow(InstrumentNotFound::new).text(locale, teamShortName);
    }

    /**
     * A new instrument of the association, version 1. A code the association already uses (its own
     * or a built-in) is {@link InstrumentCodeTaken}: a built-in is changed with {@link #revise}.
     */
    public InstrumentVersionView create(UUID associationId, String code, PrivacyMode privacyMode, Scoring scoring,
                                        InstrumentDefinition definition, UUID createdBy) {
        DefinitionRules.checkCode(code);
        DefinitionRules.check(definition, scoring);
        if (store.effective(associationId, code).isPresent()) {
            throw new InstrumentCodeTaken(code);
        }
        return unique(() -> store.createInstrument(associationId, code, privacyMode, scoring, definition, createdBy),
                () -> new InstrumentCodeTaken(code));
    }

    /**
     * A new version of the association's instrument of this code. For a built-in code the association
     * gets its own instrument (same privacy mode and scoring) whose version 1 is this definition;
     * the built-in stays as it was for everyone else.
     */
    public InstrumentVersionView revise(UUID associationId, String code, InstrumentDefinition definition,
                                        UUID createdBy) {
        Instrument i = store.effective(associationId, normal(code)).orElseThrow(InstrumentNotFound::new);
        DefinitionRules.check(definition, i.scoring());
        if (i.builtIn()) {
            return unique(() -> store.createInstrument(associationId, i.code(), i.privacyMode(), i.scoring(),
                    definition, createdBy), InstrumentChangedConcurrently::new);
        }
        return unique(() -> store.addVersion(i, definition, createdBy), InstrumentChangedConcurrently::new);
    }

    /** Runs a write; a unique-index violation (a concurrent twin) becomes the given domain failure. */
    private static InstrumentVersionView unique(Supplier<InstrumentVersionView> write,
                                                Supplier<? extends RuntimeException> onDuplicate) {
        try {
            return write.get();
        } catch (DataAccessException e) {
            if (isDuplicateKey(e)) {
                throw onDuplicate.get();
            }
            throw e;
        }
    }

    static boolean isDuplicateKey(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException s && s.getSQLState() != null && s.getSQLState().startsWith("23")) {
                return true;
            }
        }
        return false;
    }

    private static String normal(String code) {
        return code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
    }
}
