package se.stegvis.screening;

import io.micronaut.context.annotation.Context;
import io.micronaut.data.exceptions.DataAccessException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.stegvis.shared.Times;

import javax.crypto.SecretKey;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * At startup, before any request, the configured screening keys must match the database, or the application
 * refuses to start with a message naming the key id (never the key):
 * <ul>
 *   <li>every key id that stored screenings use must be configured (else they would all be unreadable, and
 *   each an "unreadable" alert for the coaches);</li>
 *   <li>a configured key must decrypt its check value ({@link ScreeningKeyCheckValue}, written the first time
 *   Stegvis starts with that key id); for a key id with rows from before check values existed, at least one
 *   of a sample of its rows instead, and then the check value is written.</li>
 * </ul>
 * The check value tells a wrong key from damaged rows (which fail closed when read, ADR 0006, and never stop
 * the service). Cost: one read of the check values, one distinct read on the key index, at most one short
 * read per key id. There is no switch to start anyway: the operator fixes STEGVIS_SCREENING_KEYS. The demo's
 * generated key cannot match an earlier demo run: there it only warns and writes no check value.
 */
@Context
class ScreeningKeyCheck {
    static final int SAMPLE = 20;
    private static final Logger LOG = LoggerFactory.getLogger(ScreeningKeyCheck.class);

    ScreeningKeyCheck(ScreeningKeys keys, ScreeningRecordRepository records, ScreeningKeyCheckRepository checks,
                      ScreeningVault vault, Clock clock) {
        List<String> problems = new ArrayList<>();
        List<String> toWrite = new ArrayList<>();
        List<String> inUse = records.keyIdsInUse();
        for (String keyId : inUse) {
            if (keys.byId(keyId).isEmpty()) {
                problems.add("stored screening answers are encrypted with key id '" + keyId + "', which is not in "
                        + ScreeningKeys.ENV_KEYS + ". Put that key back (then rotate, and remove it only when "
                        + "GET /api/screening/keys shows it removable)");
            }
        }
        if (!keys.generated()) {
            for (String keyId : keys.ids()) {
                SecretKey key = keys.byId(keyId).orElseThrow();
                Optional<ScreeningKeyCheckValue> check = checks.findById(keyId);
                boolean right = check.map(c -> c.matches(key)).orElseGet(() -> !inUse.contains(keyId)
                        || decryptsAny(vault, records.sampleOfKey(keyId, SAMPLE)));
                if (!right) {
                    problems.add(wrongKey(keyId));
                } else if (check.isEmpty()) {
                    toWrite.add(keyId);
                }
            }
        }
        if (!problems.isEmpty()) {
            String message = mismatch(String.join("; ", problems));
            if (keys.generated()) {
                LOG.warn("{} (The demo's key is generated for this run, so screenings of an earlier run stay "
                        + "unreadable.)", message);
                return;
            }
            LOG.error(message);
            throw new IllegalStateException(message);
        }
        for (String keyId : toWrite) {
            write(checks, keyId, keys.byId(keyId).orElseThrow(), clock);
        }
    }

    private static String mismatch(String problems) {
        return "Screening keys do not match the database: " + problems + ". See docs/adr/0006-screening-encryption.md.";
    }

    private static String wrongKey(String keyId) {
        return "the key configured as '" + keyId + "' in " + ScreeningKeys.ENV_KEYS + " is not the key that id "
                + "was first used with (it does not decrypt its check value or its stored screening answers). "
                + "Configure the original key under that id";
    }

    /** Writes the check value; when another instance wrote one at the same moment, it must match too. */
    private static void write(ScreeningKeyCheckRepository checks, String keyId, SecretKey key, Clock clock) {
        try {
            checks.save(ScreeningKeyCheckValue.of(keyId, key, Times.nowUtc(clock)));
        } catch (DataAccessException e) {
            Optional<ScreeningKeyCheckValue> written = checks.findById(keyId);
            if (written.isEmpty()) {
                throw e;
            }
            if (!written.get().matches(key)) {
                String message = mismatch(wrongKey(keyId));
                LOG.error(message);
                throw new IllegalStateException(message, e);
            }
        }
    }

    private static boolean decryptsAny(ScreeningVault vault, List<ScreeningRecord> sample) {
        for (ScreeningRecord row : sample) {
            try {
                vault.open(row);
                return true;
            } catch (ScreeningUnreadable e) {
                // damaged row or wrong key: try the next
            }
        }
        return sample.isEmpty();
    }
}
