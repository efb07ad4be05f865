package se.stegvis.response;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import se.stegvis.instrument.Anchors;
import se.stegvis.instrument.InstrumentVersionView;
import se.stegvis.instrument.ItemDefinition;
import se.stegvis.instrument.ItemType;
import se.stegvis.instrument.PrivacyMode;
import se.stegvis.instrument.Texts;

import java.util.List;
import java.util.UUID;

/**
 * An instrument version as the portal renders it: every text in sv, en and ar with {@code {team}}
 * replaced by the participant's team. The staff-only note is left out.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
record ParticipantInstrumentResponse(String code, UUID versionId, int version, PrivacyMode privacyMode, Texts title,
                                     @Nullable Texts intro, @Nullable List<Part> parts, List<Item> items) {

    @Serdeable

    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Part(int number, Texts title) {
    }

    @Serdeable

    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Item(String key, ItemType type, boolean required, Texts text, @Nullable AnchorTexts anchors,
                @Nullable List<ChoiceText> choices, @Nullable Integer maxLength, @Nullable Integer part) {
    }

    @Serdeable

    @JsonInclude(JsonInclude.Include.ALWAYS)
    record AnchorTexts(@Nullable Texts low, @Nullable Texts high) {
    }

    @Serdeable

    @JsonInclude(JsonInclude.Include.ALWAYS)
    record ChoiceText(String value, Texts text) {
    }

    static ParticipantInstrumentResponse from(ParticipantInstruments.Current current) {
        InstrumentVersionView v = current.version();
        String team = current.teamShortName();
        var d = v.definition();
        return new ParticipantInstrumentResponse(v.code(), v.versionId(), v.version(), v.privacyMode(),
                Wording.rendered(d.title(), team), Wording.rendered(d.intro(), team),
                d.parts() == null ? null : d.parts().stream()
                        .map(p -> new Part(p.number(), Wording.rendered(p.title(), team))).toList(),
                d.items().stream().map(i -> item(i, team)).toList());
    }

    private static Item item(ItemDefinition i, String team) {
        Anchors a = i.anchors();
        return new Item(i.key(), i.type(), i.required(), Wording.rendered(i.text(), team),
                a == null ? null : new AnchorTexts(Wording.rendered(a.low(), team), Wording.rendered(a.high(), team)),
                i.choices() == null ? null : i.choices().stream()
                        .map(c -> new ChoiceText(c.value(), Wording.rendered(c.text(), team))).toList(),
                i.maxLength(), i.part());
    }
}
