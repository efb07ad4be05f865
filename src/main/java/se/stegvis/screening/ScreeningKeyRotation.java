package se.stegvis.screening;

import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;

/**
 * Moves every screening row to the active key: decrypt with the row's key, encrypt again with the
 * active one and a fresh nonce, one row per transaction (a crash leaves each row on either key, both
 * readable while both stay configured). After a run that reports 0 rows left, the old key can be
 * removed from STEGVIS_SCREENING_KEYS. A row that cannot be decrypted is left as it is and counted.
 */
@Singleton
public class ScreeningKeyRotation {
    private static final Logger LOG = LoggerFactory.getLogger(ScreeningKeyRotation.class);

    private final ScreeningRecordRepository records;
    private final ScreeningVault vault;
    private final ScreeningKeys keys;
    private final TransactionOperations<Connection> transactions;

    ScreeningKeyRotation(ScreeningRecordRepository records, ScreeningVault vault, ScreeningKeys keys,
                         TransactionOperations<Connection> transactions) {
        this.records = records;
        this.vault = vault;
        this.keys = keys;
        this.transactions = transactions;
    }

    /** How many rows moved to the active key, and how many could not be read. */
    public record Result(String activeKeyId, int rotated, int unreadable) {
    }

    public Result rotate() {
        return rotate(keys);
    }

    Result rotate(ScreeningKeys with) {
        int rotated = 0;
        int unreadable = 0;
        for (ScreeningRecord stale : records.findByKeyIdNotEqual(with.activeId())) {
            try {
                transactions.executeWrite(status -> records.findById(stale.id()).map(row -> {
                    // read again in this transaction: a coach may have marked it read meanwhile
                    ScreeningVault.Sealed sealed = vault.seal(with, row.binding(), vault.open(with, row));
                    return records.update(row.reencrypted(sealed.keyId(), sealed.payload()));
                }));
                rotated++;
            } catch (ScreeningUnreadable e) {
                unreadable++;
            }
        }
        LOG.info("screening key rotation to key {}: {} row(s) re-encrypted, {} unreadable", with.activeId(), rotated,
                unreadable);
        return new Result(with.activeId(), rotated, unreadable);
    }
}
