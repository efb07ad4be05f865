package se.stegvis.instrument;

import io.micronaut.serde.annotation.Serdeable;

import java.util.Locale;
import java.util.UUID;

/** One instrument in a list: its current version, titled in the caller's language. */
@Serdeable
record InstrumentSummaryResponse(String code, String title, boolean builtIn, PrivacyMode privacyMode,
                                 Scoring scoring, int version, UUID versionId, int itemCount) {
    static InstrumentSummaryResponse from(InstrumentVersionView v, Locale locale) {
        return new InstrumentSummaryResponse(v.code(), v.definition().title().in(locale), v.builtIn(),
                v.privacyMode(), v.scoring(), v.version(), v.versionId(), v.definition().items().size());
    }
}
