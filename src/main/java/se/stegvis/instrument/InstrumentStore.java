package se.stegvis.instrument;

import se.stegvis.shared.Times;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import se.stegvis.shared.Ids;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reads and writes instrument rows and turns them into views. Versions are immutable, so a parsed
 * version is cached by id for the life of the process (answers are validated against it often).
 */
@Singleton
class InstrumentStore {
    private final InstrumentRepository instruments;
    private final InstrumentVersionRepository versions;
    private final JsonMapper json;
    private final Ids ids;
    private final Clock clock;
    private final Map<UUID, InstrumentVersionView> parsed = new ConcurrentHashMap<>();

    InstrumentStore(InstrumentRepository instruments, InstrumentVersionRepository versions, JsonMapper json,
                    Ids ids, Clock clock) {
        this.instruments = instruments;
        this.versions = versions;
        this.json = json;
        this.ids = ids;
        this.clock = clock;
    }

    /** The association's own instrument of this code, else the built-in one. */
    Optional<Instrument> effective(UUID associationId, String code) {
        Optional<Instrument> own = instruments.findByAssociationIdAndCode(associationId, code);
        return own.isPresent() ? own : instruments.findBuiltIn(code).stream().findFirst();
    }

    Optional<Instrument> instrument(UUID id) {
        return instruments.findById(id);
    }

    java.util.List<Instrument> builtIns() {
        return instruments.findAllBuiltIn();
    }

    java.util.List<Instrument> ownedBy(UUID associationId) {
        return instruments.findByAssociationIdOrderByCode(associationId);
    }

    InstrumentVersionView latest(Instrument i) {
        return versions.findLatest(i.id()).map(v -> view(i, v)).orElseThrow(InstrumentNotFound::new);
    }

    Optional<InstrumentVersionView> version(Instrument i, int version) {
        return versions.findByInstrumentIdAndVersion(i.id(), version).map(v -> view(i, v));
    }

    /** Every version of these instruments, newest first within each. */
    java.util.List<InstrumentVersionView> versionsOf(java.util.List<Instrument> of) {
        if (of.isEmpty()) {
            return java.util.List.of();
        }
        Map<UUID, Instrument> byId = new java.util.HashMap<>();
        of.forEach(i -> byId.put(i.id(), i));
        return versions.findByInstrumentIdInOrderByVersionDesc(byId.keySet()).stream()
                .map(v -> view(byId.get(v.instrumentId()), v)).toList();
    }

    Optional<InstrumentVersionView> version(UUID versionId) {
        InstrumentVersionView cached = parsed.get(versionId);
        if (cached != null) {
            return Optional.of(cached);
        }
        return versions.findById(versionId)
                .flatMap(v -> instruments.findById(v.instrumentId()).map(i -> view(i, v)));
    }

    @Transactional
    InstrumentVersionView createInstrument(UUID associationId, String code, PrivacyMode privacyMode, Scoring scoring,
                                           InstrumentDefinition definition, UUID createdBy) {
        Instrument i = instruments.save(new Instrument(ids.newId(), code, associationId, privacyMode, scoring, now()));
        return view(i, versions.save(new InstrumentVersion(ids.newId(), i.id(), 1, write(definition), now(), createdBy)));
    }

    /** A new version after the latest; the unique (instrument_id, version) index refuses a concurrent twin. */
    @Transactional
    InstrumentVersionView addVersion(Instrument i, InstrumentDefinition definition, UUID createdBy) {
        int next = versions.findLatest(i.id()).map(InstrumentVersion::version).orElse(0) + 1;
        return view(i, versions.save(new InstrumentVersion(ids.newId(), i.id(), next, write(definition), now(),
                createdBy)));
    }

    private InstrumentVersionView view(Instrument i, InstrumentVersion v) {
        return parsed.computeIfAbsent(v.id(), id -> new InstrumentVersionView(i.id(), i.code(), i.associationId(),
                i.privacyMode(), i.scoring(), v.id(), v.version(), read(v.definition()), v.createdAt(), v.createdBy()));
    }

    InstrumentDefinition read(String definition) {
        try {
            return json.readValue(definition, Argument.of(InstrumentDefinition.class));
        } catch (IOException e) {
            throw new UncheckedIOException("stored instrument definition is not valid JSON", e);
        }
    }

    private String write(InstrumentDefinition definition) {
        try {
            return json.writeValueAsString(definition);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private LocalDateTime now() {
        return Times.nowUtc(clock);
    }
}
