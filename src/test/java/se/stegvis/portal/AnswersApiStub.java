package se.stegvis.portal;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Route;
import io.micronaut.core.type.Argument;
import io.micronaut.serde.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * STAND-IN UNTIL MERGE: Playwright routes answering the participant answers API that is being built
 * in parallel (issue 4, submission), following its contract exactly. At merge, drop {@link #install}
 * from the tests and they run against the real API. It fakes exactly:
 * <ul>
 *   <li>{@code GET /api/participant/due}: passes through to the REAL endpoint, then adds the coming
 *       {@code "title":{sv,en,ar}} and leaves out instruments this stub has stored an answer for
 *       (the real submission marks them answered);</li>
 *   <li>{@code GET /api/participant/instruments/{code}}: the built-in definitions read from
 *       {@code migrations/instruments/*.json} (real wording, real version ids), in the contract's shape;</li>
 *   <li>{@code POST /api/participant/responses}: Idempotency-Key check (400), required items (422
 *       problem+json with {@code errors:[{field,message}]}), the same key and body answer the first
 *       201 again; 201 {@code {id,instrumentCode,version,score,submittedAt}} or {@code {"saved":true}};</li>
 *   <li>{@code GET /api/participant/responses}: the identified answers stored here.</li>
 * </ul>
 * {@link #WIDGETS} is a test-only instrument (no built-in has choice or yes/no items) so every
 * widget type's screen can be checked; it stays a stub after merge unless an admin creates it.
 */
final class AnswersApiStub {
    /** Test-only instrument with the item types no built-in uses. */
    static final String WIDGETS = "TEST_WIDGETS";

    private record BuiltIn(String file, String versionId, String privacyMode) {
    }

    private static final Map<String, BuiltIn> BUILT_INS = Map.of(
            "ORS", new BuiltIn("ors.json", "fb2ffde8-f27c-4220-8574-c1faef552a69", "IDENTIFIED"),
            "SRS", new BuiltIn("srs.json", "23047281-1bd8-4ebc-bcdc-76555d6ba345", "IDENTIFIED"),
            "EXIT_FEEDBACK", new BuiltIn("exit-feedback.json", "55bcc1d9-1ad3-4595-b202-b1d08611581b", "IDENTIFIED"),
            "INDICATOR_START", new BuiltIn("indicator-start.json", "c4c2d945-5fb7-4b6f-bc92-3897996ca186", "ANONYMOUS"),
            "INDICATOR_EXIT", new BuiltIn("indicator-exit.json", "9514254c-f89a-4dc4-8099-7950cad148d2", "ANONYMOUS"),
            "GROUP_FEEDBACK", new BuiltIn("group-feedback.json", "9ae860c2-7ed1-4a0d-a19c-9e70e609036f", "IDENTIFIED"));

    /** One POST as the browser sent it. */
    record Post(String idempotencyKey, String body) {
    }

    private final ObjectMapper json;
    final List<Post> posts = new CopyOnWriteArrayList<>();
    /** The 201 bodies in the order they were first stored (each stored exactly once). */
    final List<String> stored = new CopyOnWriteArrayList<>();
    private final Map<String, String> resultByKeyAndBody = new HashMap<>();
    private final Set<String> answeredCodes = new LinkedHashSet<>();
    private final List<Map<String, Object>> history = new CopyOnWriteArrayList<>();
    private final Map<String, Map<String, Object>> byVersionId = new HashMap<>();
    /** How many of the next POSTs to drop as if the connection was cut. */
    volatile int dropNextPosts;
    /** A 422 to answer the next POST with: item key → message. */
    volatile Map<String, String> rejectNext;
    boolean offerWidgets;

    AnswersApiStub(ObjectMapper json) {
        this.json = json;
    }

    AnswersApiStub install(Page page) {
        page.route("**/api/participant/due", this::due);
        page.route("**/api/participant/instruments/*", this::instrument);
        page.route("**/api/participant/responses", route -> {
            if ("POST".equals(route.request().method())) {
                submit(route);
            } else {
                json(route, 200, write(history));
            }
        });
        return this;
    }

    Set<String> answeredCodes() {
        return answeredCodes;
    }

    // ---- GET /api/participant/due: the real list plus titles

    @SuppressWarnings("unchecked")
    private void due(Route route) {
        APIResponse real = route.fetch();
        if (real.status() != 200) {
            route.fulfill(new Route.FulfillOptions().setResponse(real));
            return;
        }
        List<Map<String, Object>> items = new ArrayList<>();
        try {
            json.readValue(real.body(), Argument.listOf(Argument.mapOf(String.class, Object.class)))
                    .forEach(i -> items.add(new LinkedHashMap<>(i)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        items.removeIf(i -> answeredCodes.contains((String) i.get("instrumentCode")));
        items.forEach(i -> i.put("title", definition((String) i.get("instrumentCode")).get("title")));
        if (offerWidgets && !answeredCodes.contains(WIDGETS)) {
            Map<String, Object> w = new LinkedHashMap<>();
            w.put("id", UUID.randomUUID().toString());
            w.put("instrumentCode", WIDGETS);
            w.put("dueDate", java.time.LocalDate.now().toString());
            w.put("reason", "COACH_REQUEST");
            w.put("answered", false);
            w.put("answeredOn", null);
            w.put("title", definition(WIDGETS).get("title"));
            items.add(w);
        }
        json(route, 200, write(items));
    }

    // ---- GET /api/participant/instruments/{code}: the built-in definitions

    private void instrument(Route route) {
        String url = route.request().url();
        String code = url.substring(url.lastIndexOf('/') + 1);
        if (!BUILT_INS.containsKey(code) && !WIDGETS.equals(code)) {
            route.fulfill(new Route.FulfillOptions().setStatus(404).setContentType("application/problem+json")
                    .setBody("{\"status\":404,\"title\":\"Not Found\"}"));
            return;
        }
        json(route, 200, write(definition(code)));
    }

    @SuppressWarnings("unchecked")
    synchronized Map<String, Object> definition(String code) {
        if (WIDGETS.equals(code)) {
            return widgets();
        }
        BuiltIn b = BUILT_INS.get(code);
        Map<String, Object> file;
        try {
            file = read(Files.readAllBytes(Path.of("migrations", "instruments", b.file())), Map.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("code", code);
        d.put("versionId", b.versionId());
        d.put("version", 1);
        d.put("privacyMode", b.privacyMode());
        d.put("title", file.get("title"));
        d.put("intro", file.get("intro"));
        List<Map<String, Object>> items = new ArrayList<>();
        for (Map<String, Object> i : (List<Map<String, Object>>) file.get("items")) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("key", i.get("key"));
            item.put("type", i.get("type"));
            item.put("required", Boolean.TRUE.equals(i.get("required")));
            item.put("text", i.get("text"));
            item.put("anchors", i.get("anchors"));
            item.put("choices", i.get("choices"));
            item.put("maxLength", i.get("maxLength"));
            item.put("part", i.get("part"));
            items.add(item);
        }
        d.put("items", items);
        byVersionId.put((String) d.get("versionId"), d);
        return d;
    }

    private Map<String, Object> widgets() {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("code", WIDGETS);
        d.put("versionId", "00000000-0000-4000-8000-000000000001");
        d.put("version", 1);
        d.put("privacyMode", "IDENTIFIED");
        d.put("title", texts("Testformulär", "Test form", "نموذج تجريبي"));
        d.put("intro", null);
        d.put("items", List.of(
                item("contact", "SINGLE_CHOICE", true, texts("Hur vill du bli kontaktad?", "How do you want to be contacted?", "كيف تريد أن يتم التواصل معك؟"),
                        List.of(choice("SMS", texts("Sms", "Text message", "رسالة نصية")), choice("CALL", texts("Telefonsamtal", "Phone call", "مكالمة هاتفية")))),
                item("activities", "MULTIPLE_CHOICE", false, texts("Vilka grupper vill du gå i?", "Which groups do you want to join?", "ما المجموعات التي تريد الانضمام إليها؟"),
                        List.of(choice("FOREST", texts("Skogsgrupp", "Forest group", "مجموعة الغابة")), choice("BREAKFAST", texts("Frukostklubb", "Breakfast club", "نادي الفطور")))),
                item("support", "YES_NO", true, texts("Vill du ha mer stöd?", "Do you want more support?", "هل تريد مزيدًا من الدعم؟"), null)));
        byVersionId.put((String) d.get("versionId"), d);
        return d;
    }

    private static Map<String, Object> item(String key, String type, boolean required, Map<String, Object> text, Object choices) {
        Map<String, Object> i = new LinkedHashMap<>();
        i.put("key", key);
        i.put("type", type);
        i.put("required", required);
        i.put("text", text);
        i.put("anchors", null);
        i.put("choices", choices);
        i.put("maxLength", null);
        i.put("part", null);
        return i;
    }

    private static Map<String, Object> choice(String value, Map<String, Object> text) {
        return Map.of("value", value, "text", text);
    }

    private static Map<String, Object> texts(String sv, String en, String ar) {
        return Map.of("sv", sv, "en", en, "ar", ar);
    }

    // ---- POST /api/participant/responses

    @SuppressWarnings("unchecked")
    private synchronized void submit(Route route) {
        String key = route.request().headerValue("idempotency-key");
        String body = route.request().postData();
        posts.add(new Post(key, body));
        if (dropNextPosts > 0) {
            dropNextPosts--;
            route.abort("internetdisconnected");
            return;
        }
        if (key == null || !key.matches("[\\x21-\\x7e]{16,100}")) {
            problem(route, 400, "{\"status\":400,\"title\":\"Bad Request\"}");
            return;
        }
        String first = resultByKeyAndBody.get(key + "\n" + body);
        if (first != null) {
            json(route, 201, first);
            return;
        }
        Map<String, Object> request = read(body.getBytes(), Map.class);
        Map<String, Object> definition = byVersionId.get((String) request.get("versionId"));
        Map<String, Object> answers = (Map<String, Object>) request.get("answers");
        List<Map<String, String>> errors = new ArrayList<>();
        if (rejectNext != null) {
            rejectNext.forEach((field, message) -> errors.add(Map.of("field", field, "message", message)));
            rejectNext = null;
        }
        for (Map<String, Object> item : (List<Map<String, Object>>) definition.get("items")) {
            if (Boolean.TRUE.equals(item.get("required")) && !answers.containsKey((String) item.get("key"))) {
                errors.add(Map.of("field", (String) item.get("key"), "message", "Frågan måste besvaras."));
            }
        }
        if (!errors.isEmpty()) {
            problem(route, 422, write(Map.of("type", "about:blank", "status", 422, "title", "Unprocessable Entity", "errors", errors)));
            return;
        }
        String code = (String) definition.get("code");
        String result;
        if ("ANONYMOUS".equals(definition.get("privacyMode"))) {
            result = "{\"saved\":true}";
        } else {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("id", UUID.randomUUID().toString());
            r.put("instrumentCode", code);
            r.put("version", 1);
            r.put("score", score(code, answers));
            r.put("submittedAt", Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString());
            result = write(r);
            Map<String, Object> h = new LinkedHashMap<>(r);
            h.put("title", definition.get("title"));
            history.add(0, h);
        }
        answeredCodes.add(code);
        resultByKeyAndBody.put(key + "\n" + body, result);
        stored.add(result);
        json(route, 201, result);
    }

    private static BigDecimal score(String code, Map<String, Object> answers) {
        if (!code.startsWith("ORS") && !code.startsWith("SRS")) {
            return null;
        }
        return answers.values().stream().map(v -> new BigDecimal(v.toString())).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    // ---- plumbing

    private <T> T read(byte[] bytes, Class<T> type) {
        try {
            return json.readValue(bytes, type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void json(Route route, int status, String body) {
        route.fulfill(new Route.FulfillOptions().setStatus(status).setContentType("application/json").setBody(body));
    }

    private static void problem(Route route, int status, String body) {
        route.fulfill(new Route.FulfillOptions().setStatus(status).setContentType("application/problem+json").setBody(body));
    }
}
