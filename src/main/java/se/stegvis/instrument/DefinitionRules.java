package se.stegvis.instrument;

import se.stegvis.shared.DomainException.FieldProblem;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What makes an instrument definition acceptable (see {@link InstrumentDefinition}). Pure: no
 * database, no container. Problems are named like the request's JSON ({@code definition.items[2].text.ar}).
 */
final class DefinitionRules {
    static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,39}");
    static final Pattern ITEM_KEY = Pattern.compile("[a-z][a-z0-9_]{0,39}");
    static final Pattern CHOICE_VALUE = Pattern.compile("[A-Z0-9_]{1,40}");
    static final int MAX_ITEMS = 100;
    static final int MAX_TEXT = 2000;
    static final int MAX_FREE_TEXT = 4000;
    private static final String ROOT = "definition";

    private DefinitionRules() {
    }

    static void check(InstrumentDefinition d, Scoring scoring) {
        List<FieldProblem> problems = problems(d, scoring);
        if (!problems.isEmpty()) {
            throw new InvalidDefinition(problems);
        }
    }

    static void checkCode(String code) {
        if (code == null || !CODE.matcher(code).matches()) {
            throw new InvalidDefinition(List.of(new FieldProblem("code", "instrument.definition.code-invalid")));
        }
    }

    static List<FieldProblem> problems(InstrumentDefinition d, Scoring scoring) {
        List<FieldProblem> p = new ArrayList<>();
        if (d == null) {
            p.add(new FieldProblem(ROOT, "instrument.definition.required"));
            return p;
        }
        texts(p, ROOT + ".title", d.title(), true);
        texts(p, ROOT + ".intro", d.intro(), false);
        if (d.note() != null && d.note().length() > MAX_TEXT) {
            p.add(new FieldProblem(ROOT + ".note", "instrument.definition.text-too-long", MAX_TEXT));
        }
        Set<Integer> parts = parts(p, d.parts());
        List<ItemDefinition> items = d.items();
        if (items == null || items.isEmpty()) {
            p.add(new FieldProblem(ROOT + ".items", "instrument.definition.items-required"));
            return p;
        }
        if (items.size() > MAX_ITEMS) {
            p.add(new FieldProblem(ROOT + ".items", "instrument.definition.too-many-items", MAX_ITEMS));
        }
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            item(p, ROOT + ".items[" + i + "]", items.get(i), keys, parts);
        }
        if (scoring == Scoring.SUM && items.stream().noneMatch(i -> i != null && i.type() != null && i.type().scored())) {
            p.add(new FieldProblem("scoring", "instrument.definition.nothing-to-score"));
        }
        return p;
    }

    private static Set<Integer> parts(List<FieldProblem> p, List<PartDefinition> parts) {
        Set<Integer> numbers = new HashSet<>();
        if (parts == null) {
            return numbers;
        }
        for (int i = 0; i < parts.size(); i++) {
            String field = ROOT + ".parts[" + i + "]";
            PartDefinition part = parts.get(i);
            if (part == null) {
                p.add(new FieldProblem(field, "instrument.definition.required"));
                continue;
            }
            if (part.number() < 1 || !numbers.add(part.number())) {
                p.add(new FieldProblem(field + ".number", "instrument.definition.part-number"));
            }
            texts(p, field + ".title", part.title(), true);
        }
        return numbers;
    }

    private static void item(List<FieldProblem> p, String field, ItemDefinition item, Set<String> keys,
                             Set<Integer> parts) {
        if (item == null) {
            p.add(new FieldProblem(field, "instrument.definition.required"));
            return;
        }
        if (item.key() == null || !ITEM_KEY.matcher(item.key()).matches()) {
            p.add(new FieldProblem(field + ".key", "instrument.definition.key-invalid"));
        } else if (!keys.add(item.key())) {
            p.add(new FieldProblem(field + ".key", "instrument.definition.key-duplicate", item.key()));
        }
        texts(p, field + ".text", item.text(), true);
        if (item.part() != null && (item.part() < 1 || !parts.isEmpty() && !parts.contains(item.part()))) {
            p.add(new FieldProblem(field + ".part", "instrument.definition.part-unknown"));
        }
        if (item.type() == null) {
            p.add(new FieldProblem(field + ".type", "instrument.definition.required"));
            return;
        }
        boolean scale = item.type().scored();
        if (item.anchors() != null) {
            if (!scale) {
                p.add(new FieldProblem(field + ".anchors", "instrument.definition.not-for-type"));
            } else {
                texts(p, field + ".anchors.low", item.anchors().low(), false);
                texts(p, field + ".anchors.high", item.anchors().high(), false);
            }
        }
        if (item.type().hasChoices()) {
            choices(p, field + ".choices", item.choices());
        } else if (item.choices() != null) {
            p.add(new FieldProblem(field + ".choices", "instrument.definition.not-for-type"));
        }
        if (item.type() == ItemType.FREE_TEXT) {
            if (item.maxLength() == null || item.maxLength() < 1 || item.maxLength() > MAX_FREE_TEXT) {
                p.add(new FieldProblem(field + ".maxLength", "instrument.definition.max-length", MAX_FREE_TEXT));
            }
        } else if (item.maxLength() != null) {
            p.add(new FieldProblem(field + ".maxLength", "instrument.definition.not-for-type"));
        }
    }

    private static void choices(List<FieldProblem> p, String field, List<Choice> choices) {
        if (choices == null || choices.size() < 2) {
            p.add(new FieldProblem(field, "instrument.definition.choices-required"));
            return;
        }
        Set<String> values = new HashSet<>();
        for (int i = 0; i < choices.size(); i++) {
            Choice c = choices.get(i);
            String f = field + "[" + i + "]";
            if (c == null) {
                p.add(new FieldProblem(f, "instrument.definition.required"));
                continue;
            }
            if (c.value() == null || !CHOICE_VALUE.matcher(c.value()).matches()) {
                p.add(new FieldProblem(f + ".value", "instrument.definition.choice-invalid"));
            } else if (!values.add(c.value())) {
                p.add(new FieldProblem(f + ".value", "instrument.definition.choice-duplicate", c.value()));
            }
            texts(p, f + ".text", c.text(), true);
        }
    }

    /** A text must be given in sv, en and ar (when required, or when given at all) and not be too long. */
    private static void texts(List<FieldProblem> p, String field, Texts texts, boolean required) {
        if (texts == null) {
            if (required) {
                p.add(new FieldProblem(field, "instrument.definition.required"));
            }
            return;
        }
        check(p, field + ".sv", texts.sv());
        check(p, field + ".en", texts.en());
        check(p, field + ".ar", texts.ar());
    }

    private static void check(List<FieldProblem> p, String field, String text) {
        if (text == null || text.isBlank()) {
            p.add(new FieldProblem(field, "instrument.definition.text-missing"));
        } else if (text.length() > MAX_TEXT) {
            p.add(new FieldProblem(field, "instrument.definition.text-too-long", MAX_TEXT));
        }
    }
}
