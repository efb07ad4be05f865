package se.stegvis.screening;

import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;

/**
 * Moves every screening row to the active key: decrypt with the row's key, encrypt again with the
 * active one and a fresh nonce. Safe while the service runs: rows are read a page at a time (by id) and
 * each is moved by one conditional update ({@link ScreeningRecordRepository#rekey}: only if it is still
 * on its old key, and only key id and payload change), so a crash leaves each row on either key, a coach
 * marking a row read meanwhile keeps the mark, and two rotations at once do not fight. A row that cannot
 * be decrypted is left as it is and counted. Reached by {@code POST /api/screening/key-rotation} and by
 * the {@code rotate-screening-key} command ({@link ScreeningKeyCommand}); {@link ScreeningKeyStatus}
 * tells when no row is left on an old key, which can then be removed.
 */
@Singleton
public class ScreeningKeyRotation {
    private static final Logger LOG = LoggerFactory.getLogger(ScreeningKeyRotation.class);
    private static final int PAGE = 200;

    private final ScreeningRecordRepository records;
    private final ScreeningVault vault;
    private final ScreeningKeys keys;

    ScreeningKeyRotation(ScreeningRecordRepository records, ScreeningVault vault, ScreeningKeys keys) {
        this.records = records;
        this.vault = vault;
        this.keys = keys;
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
        String after = "";
        List<ScreeningRecord> page;
        do {
            page = records.staleAfter(with.activeId(), after, PAGE);
            for (ScreeningRecord row : page) {
                after = row.id().toString();
                try {
                    ScreeningVault.Sealed sealed = vault.seal(with, row.binding(), vault.open(with, row));
                    rotated += records.rekey(row.id().toString(), row.keyId(), sealed.keyId(), sealed.payload());
                } catch (ScreeningUnreadable e) {
                    unreadable++;
                }
            }
        } while (page.size() == PAGE);
        LOG.info("screening key rotation to key {}: {} row(s) re-encrypted, {} unreadable", with.activeId(), rotated,
                unreadable);
        return new Result(with.activeId(), rotated, unreadable);
    }
}
