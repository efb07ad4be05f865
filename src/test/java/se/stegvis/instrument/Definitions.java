package se.stegvis.instrument;

import java.util.List;

/** Small, valid definitions for tests, one item of every type, with Swedish, English and Arabic texts. */
final class Definitions {
    private Definitions() {
    }

    static Texts t(String sv) {
        return new Texts(sv, "EN " + sv, "عربي " + sv);
    }

    static ItemDefinition vas(String key, boolean required) {
        return new ItemDefinition(key, ItemType.VAS_0_10, required, t("Övergripande"),
                new Anchors(t("Dåligt"), t("Bra")), null, null, null);
    }

    static ItemDefinition rating(String key, boolean required) {
        return new ItemDefinition(key, ItemType.RATING_1_5, required, t("Jag blir bemött med respekt"),
                new Anchors(t("Stämmer inte alls"), t("Stämmer helt")), null, null, null);
    }

    static ItemDefinition single(String key, boolean required) {
        return new ItemDefinition(key, ItemType.SINGLE_CHOICE, required, t("Hur kom du hit?"), null,
                List.of(new Choice("BUS", t("Buss")), new Choice("CAR", t("Bil")), new Choice("WALK", t("Till fots"))),
                null, null);
    }

    static ItemDefinition multiple(String key, boolean required) {
        return new ItemDefinition(key, ItemType.MULTIPLE_CHOICE, required, t("Vilka grupper vill du gå?"), null,
                List.of(new Choice("FOREST", t("Skogsgrupp")), new Choice("CREATIVE", t("Kreativ grupp")),
                        new Choice("BOARD_GAMES", t("Brädspel"))), null, null);
    }

    static ItemDefinition yesNo(String key, boolean required) {
        return new ItemDefinition(key, ItemType.YES_NO, required, t("Har du fått stöd?"), null, null, null, null);
    }

    static ItemDefinition freeText(String key, boolean required, int maxLength) {
        return new ItemDefinition(key, ItemType.FREE_TEXT, required, t("Vad mer på {team}?"), null, null,
                maxLength, null);
    }

    static InstrumentDefinition of(ItemDefinition... items) {
        return new InstrumentDefinition(t("Testformulär"), t("Några frågor"), null, null, List.of(items));
    }

    /** One required item of every type and an optional VAS. */
    static InstrumentDefinition everyType() {
        return of(vas("vas", true), rating("rating", true), single("single", true), multiple("multiple", true),
                yesNo("yes_no", true), freeText("text", true, 20), vas("optional_vas", false));
    }
}
