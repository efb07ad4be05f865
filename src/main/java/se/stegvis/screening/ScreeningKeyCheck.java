package se.stegvis.screening;

import io.micronaut.context.annotation.Context;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;

/**
 * At startup, before any request: every key id that stored screenings use must be configured, and the
 * configured key must decrypt at least one of a small sample of its rows. Otherwise the application
 * refuses to start, with a message naming the key id (never the key): a missing key would make those
 * screenings unreadable (and, in the coach's alert list, false alarms), a wrong one would go unnoticed
 * until someone opened an old screening. One distinct read on the key index and one short read per key
 * id: a few milliseconds, whatever the table's size. A sample rather than one row, so a single damaged
 * row (which fails closed when read, ADR 0006) does not stop the service; a wrong key fails them all.
 * There is no switch to start anyway: the operator fixes STEGVIS_SCREENING_KEYS (docs/adr/0006).
 * The demo's generated key cannot read an earlier demo run's rows: there it only warns.
 */
@Context
class ScreeningKeyCheck {
    static final int SAMPLE = 20;
    private static final Logger LOG = LoggerFactory.getLogger(ScreeningKeyCheck.class);

    ScreeningKeyCheck(ScreeningKeys keys, ScreeningRecordRepository records, ScreeningVault vault) {
        List<String> problems = new ArrayList<>();
        for (String keyId : records.keyIdsInUse()) {
            if (keys.byId(keyId).isEmpty()) {
                problems.add("stored screening answers are encrypted with key id '" + keyId + "', which is not in "
                        + ScreeningKeys.ENV_KEYS + ". Put that key back (then rotate and check GET /api/screening/keys "
                        + "before removing it)");
            } else if (!decryptsAny(vault, records.sampleOfKey(keyId, SAMPLE))) {
                problems.add("the key configured as '" + keyId + "' in " + ScreeningKeys.ENV_KEYS
                        + " does not decrypt the screening answers stored with that key id: it is not the key they "
                        + "were encrypted with. Configure the original key under that id");
            }
        }
        if (problems.isEmpty()) {
            return;
        }
        String message = "Screening keys do not match the database: " + String.join("; ", problems)
                + ". See docs/adr/0006-screening-encryption.md.";
        if (keys.generated()) {
            LOG.warn("{} (The demo's key is generated for this run, so screenings of an earlier run stay unreadable.)",
                    message);
            return;
        }
        LOG.error(message);
        throw new IllegalStateException(message);
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
