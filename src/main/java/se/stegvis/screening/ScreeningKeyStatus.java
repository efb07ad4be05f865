package se.stegvis.screening;

import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which key ids are configured and how many stored screenings each encrypts: an old key can be removed
 * from STEGVIS_SCREENING_KEYS when it is not active and no row uses it. Ids and counts only, never keys.
 */
@Singleton
public class ScreeningKeyStatus {
    private final ScreeningRecordRepository records;
    private final ScreeningKeys keys;

    ScreeningKeyStatus(ScreeningRecordRepository records, ScreeningKeys keys) {
        this.records = records;
        this.keys = keys;
    }

    /** One key id: configured keys in the order listed, then ids rows use that are not configured. */
    public record KeyUse(String keyId, long rows, boolean configured, boolean active) {
        /** Configured, not active, and no row left on it. */
        public boolean removable() {
            return configured && !active && rows == 0;
        }
    }

    public List<KeyUse> keys() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (ScreeningRecordRepository.KeyUse use : records.countByKeyId()) {
            counts.put(use.keyId(), use.rowTotal());
        }
        List<KeyUse> all = new ArrayList<>();
        for (String id : keys.ids()) {
            all.add(new KeyUse(id, counts.getOrDefault(id, 0L), true, id.equals(keys.activeId())));
        }
        counts.forEach((id, n) -> {
            if (!keys.ids().contains(id)) {
                all.add(new KeyUse(id, n, false, false));
            }
        });
        return all;
    }
}
