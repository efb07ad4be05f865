package se.stegvis.screening;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.util.UUID;

/**
 * Moves a participant's screenings to a new participant id, for anonymisation (ADR 0011). A payload is bound
 * to its participant id (ADR 0006), so each row is opened and sealed again for the new id, with the active key,
 * in the caller's transaction: the screening figures read the answers as before. A row no key opens stays
 * unreadable, moved as it is.
 */
@Singleton
public class ScreeningReassignment {
    private final ScreeningRecordRepository records;
    private final ScreeningVault vault;

    ScreeningReassignment(ScreeningRecordRepository records, ScreeningVault vault) {
        this.records = records;
        this.vault = vault;
    }

    /** How many rows moved. */
    @Transactional
    public int reassign(UUID from, UUID to) {
        int moved = 0;
        for (ScreeningRecord row : records.findByParticipantIdOrderBySubmittedAtDesc(from)) {
            String keyId = row.keyId();
            String payload = row.payload();
            try {
                ScreeningCipher.Binding binding = new ScreeningCipher.Binding(row.id(), to, row.instrumentVersionId(),
                        row.declined());
                ScreeningVault.Sealed sealed = vault.seal(binding, vault.open(row));
                keyId = sealed.keyId();
                payload = sealed.payload();
            } catch (ScreeningUnreadable e) {
                // left as it was: unreadable before, unreadable after
            }
            moved += records.reassign(row.id().toString(), to.toString(), keyId, payload);
        }
        return moved;
    }
}
