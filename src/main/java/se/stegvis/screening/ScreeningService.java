package se.stegvis.screening;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import se.stegvis.audit.AuditService;
import se.stegvis.instrument.InstrumentNotFound;
import se.stegvis.instrument.InstrumentService;
import se.stegvis.instrument.InstrumentVersionView;
import se.stegvis.instrument.PrivacyMode;
import se.stegvis.participant.ParticipantService;
import se.stegvis.participant.ParticipantView;
import se.stegvis.response.DueService;
import se.stegvis.security.Actor;
import se.stegvis.shared.IdempotencyService;
import se.stegvis.shared.IdempotencyService.StoredResponse;
import se.stegvis.shared.Ids;
import se.stegvis.shared.Times;
import se.stegvis.team.TeamService;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

/**
 * A participant answers (or declines) the violence screening. The answers are validated against
 * the instrument version, encrypted ({@link ScreeningVault}) and stored with the due item marked, in
 * the idempotency transaction: one row per {@code Idempotency-Key}. An urgent answer ("going on now",
 * "want support now") reaches the coaches through the {@link ScreeningNotifier} once, after commit,
 * and never on a replay. Nothing of the answers is logged or audited; the audit says only that the
 * participant handed in a screening.
 */
@Singleton
public class ScreeningService {
    static final String SUBMITTED = "SCREENING_SUBMITTED";

    private final ScreeningRecordRepository records;
    private final ScreeningVault vault;
    private final ScreeningSettingsService settings;
    private final ScreeningNotifier notifier;
    private final ParticipantService participants;
    private final TeamService teams;
    private final InstrumentService instruments;
    private final DueService due;
    private final AuditService audit;
    private final IdempotencyService idempotency;
    private final Ids ids;
    private final Clock clock;

    ScreeningService(ScreeningRecordRepository records, ScreeningVault vault, ScreeningSettingsService settings,
                     ScreeningNotifier notifier, ParticipantService participants, TeamService teams,
                     InstrumentService instruments, DueService due, AuditService audit, IdempotencyService idempotency,
                     Ids ids, Clock clock) {
        this.records = records;
        this.vault = vault;
        this.settings = settings;
        this.notifier = notifier;
        this.participants = participants;
        this.teams = teams;
        this.instruments = instruments;
        this.due = due;
        this.audit = audit;
        this.idempotency = idempotency;
        this.ids = ids;
        this.clock = clock;
    }

    /** Where to get help now: always shown after a screening, whatever was answered. */
    public record HelpNow(String emergencyNumber, String kvinnofridslinjen, @Nullable String localContacts) {
        static final String EMERGENCY = "112";
        static final String KVINNOFRIDSLINJEN = "020-50 50 50";
    }

    /**
     * Stores the screening once per key and returns what {@code reply} made of the help to show (or,
     * on a retry, what it made the first time). The reply must not carry the answers, nor whether they
     * were urgent: it is stored in clear for replays.
     */
    public StoredResponse submit(Actor participant, @Nullable String idempotencyKey, String canonicalRequest,
                                 UUID versionId, @Nullable Map<String, ?> answers, boolean declined,
                                 Function<HelpNow, StoredResponse> reply) {
        ParticipantView p = participants.own(participant);
        AtomicReference<ScreeningRecord> urgent = new AtomicReference<>();
        // The help to show does not depend on the answers: made first, the claim carries it (executeKnown, ADR 0004),
        // and the checks of what is stored (still due?) run after the claim, in store.
        StoredResponse response = idempotency.executeKnown("screening:" + p.id(), idempotencyKey, canonicalRequest,
                () -> reply.apply(new HelpNow(HelpNow.EMERGENCY, HelpNow.KVINNOFRIDSLINJEN,
                        settings.localContacts(p.teamId()).orElse(null))),
                () -> store(participant, p, versionId, answers == null ? Map.of() : answers, declined, urgent));
        ScreeningRecord alert = urgent.get();
        if (alert != null) {
            notifier.urgent(new ScreeningNotifier.UrgentScreening(alert.id(), alert.teamId(), p.coachIds()));
        }
        return response;
    }

    private void store(Actor participant, ParticipantView p, UUID versionId, Map<String, ?> answers,
                                  boolean declined, AtomicReference<ScreeningRecord> urgent) {
        InstrumentVersionView v = instruments.version(versionId);
        if (!v.builtIn() && !v.associationId().equals(teams.get(p.teamId()).associationId())) {
            throw new InstrumentNotFound();
        }
        if (v.privacyMode() != PrivacyMode.CONFIDENTIAL) {
            throw new InvalidScreening("versionId", "screening.not-confidential");
        }
        if (due.openFor(participant).stream().noneMatch(d -> d.instrumentCode().equals(v.code()))) {
            throw new ScreeningNotDue();
        }
        if (declined && !answers.isEmpty()) {
            throw new InvalidScreening("answers", "screening.declined-with-answers");
        }
        Map<String, Object> normalised = declined ? Map.of() : instruments.validate(v.versionId(), answers).answers();
        LocalDateTime now = Times.nowUtc(clock);
        ScreeningCipher.Binding binding = new ScreeningCipher.Binding(ids.newId(), p.id(), v.versionId(), declined);
        ScreeningVault.Sealed sealed = vault.seal(binding, normalised);
        ScreeningRecord row = records.save(new ScreeningRecord(binding.rowId(), p.id(), p.teamId(), v.versionId(),
                YearMonth.from(Times.today(clock)).toString(), p.details().gender().name(), declined, sealed.keyId(),
                sealed.payload(), now, null, null));
        due.markAnswered(p.id(), v.code(), false);
        audit.record(participant, SUBMITTED, p.teamId(), p.id());
        if (ScreeningItems.urgent(normalised)) {
            urgent.set(row);
        }
    }
}
