package se.stegvis.portal;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.json.JsonMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The staff page over HTTP: the same strict headers as the portal, own assets only, texts complete. */
@MicronautTest
class StaffPageTest {
    static final List<String> SCRIPTS = List.of("staff.js", "pages/login.js", "pages/participants.js", "pages/sessions.js",
            "pages/participant.js", "pages/team.js", "pages/trend.js", "pages/alerts.js", "pages/screening.js",
            "pages/groups.js", "pages/activity-form.js", "pages/reports.js", "pages/access-review.js",
            "pages/records.js", "pages/retention.js");

    @Inject
    @Client("/")
    HttpClient client;
    @Inject
    JsonMapper json;

    @Test
    void staffPageIsServedAnonymouslyWithTheStrictPolicy() {
        HttpResponse<String> response = client.toBlocking().exchange(HttpRequest.GET("/staff"), String.class);
        assertThat(response.code()).isEqualTo(200);
        String csp = response.header("Content-Security-Policy");
        assertThat(csp).contains("default-src 'self'").contains("script-src 'self'").contains("frame-ancestors 'none'")
                .doesNotContain("unsafe-inline").doesNotContain("http");
        assertThat(response.header("Cache-Control")).isEqualTo("no-store");
        assertThat(response.header("Referrer-Policy")).isEqualTo("no-referrer");
        String html = response.body();
        assertThat(html).doesNotContain("http:").doesNotContain("https:").doesNotContain("<script>")
                .doesNotContain("style=");
        SCRIPTS.forEach(s -> assertThat(html).contains("/assets/staff/" + s));
    }

    @Test
    void scriptsAndTextsAreServedAnonymously() {
        for (String script : SCRIPTS) {
            var js = client.toBlocking().exchange(HttpRequest.GET("/assets/staff/" + script), String.class);
            assertThat(js.getContentType()).hasValueSatisfying(t -> assertThat(t.toString()).contains("javascript"));
        }
        assertThat(client.toBlocking().retrieve("/assets/staff/i18n/ar.json")).contains("المشاركون");
    }

    @Test
    void noScriptKeepsAnythingInBrowserStorage() throws IOException {
        for (String script : SCRIPTS) {
            assertThat(resource("/public/assets/staff/" + script)).as(script)
                    .doesNotContain("localStorage").doesNotContain("sessionStorage").doesNotContain("indexedDB")
                    .doesNotContain("document.cookie").doesNotContain("innerHTML");
        }
    }

    @Test
    void everyLanguageHasEveryTextTheScriptsUse() throws IOException {
        Map<String, Object> sv = texts("sv");
        for (String lang : new String[]{"en", "ar"}) {
            Map<String, Object> other = texts(lang);
            assertThat(other.keySet()).as(lang + ".json keys").containsExactlyInAnyOrderElementsOf(sv.keySet());
            other.values().forEach(v -> assertThat(v.toString()).as(lang + ".json value").isNotBlank());
        }
        TreeSet<String> used = new TreeSet<>();
        Pattern call = Pattern.compile("\\bt\\('([a-z0-9.\\-]+)'");
        for (String script : SCRIPTS) {
            Matcher m = call.matcher(resource("/public/assets/staff/" + script));
            while (m.find()) {
                if (!m.group(1).endsWith(".")) { // 'status.' + status: a prefix, checked per value below
                    used.add(m.group(1));
                }
            }
        }
        assertThat(used).as("keys the scripts ask for").isNotEmpty();
        assertThat(sv.keySet()).containsAll(used);
        for (String stage : List.of("REFERRED", "STUDY_VISIT", "QUEUED", "TRIAL", "ENROLLED", "EXITED")) {
            assertThat(sv).containsKey("stage." + stage);
        }
        for (String status : List.of("overdue", "due", "upcoming")) {
            assertThat(sv).containsKey("status." + status);
        }
        for (se.stegvis.group.ActivityType type : se.stegvis.group.ActivityType.values()) {
            assertThat(sv).containsKey("groups.type." + type);
        }
        for (String lang : List.of("sv", "en", "ar")) {
            assertThat(sv).containsKey("groups.form.title." + lang).containsKey("groups.form.description." + lang);
        }
        for (String field : List.of("gender", "birthYear", "education", "yearsInSupport", "incomeBefore", "referrer",
                "homeMunicipality", "incomeAfter")) {
            assertThat(sv).containsKey("background.field." + field);
        }
        for (Enum<?> value : List.<Enum<?>[]>of(se.stegvis.participant.Gender.values(),
                se.stegvis.participant.Education.values(), se.stegvis.participant.IncomeSource.values(),
                se.stegvis.participant.Referrer.values()).stream().flatMap(java.util.Arrays::stream).toList()) {
            String prefix = value instanceof se.stegvis.participant.IncomeSource ? "income"
                    : value.getDeclaringClass().getSimpleName().toLowerCase();
            assertThat(sv).containsKey("background." + prefix + "." + value.name());
            assertThat(resource("/public/assets/staff/pages/participant.js")).as("the correction form offers " + value)
                    .contains("'" + value.name() + "'");
        }
        for (String answer : List.of("YES", "NO", "DECLINED")) {
            assertThat(sv).containsKey("answer." + answer);
        }
        for (String kind : List.of("LOW_SRS", "ORS_DETERIORATION", "NO_RELIABLE_CHANGE", "MISSING_RATINGS")) {
            assertThat(sv).containsKey("fit.alert." + kind);
        }
        for (String verdict : List.of("RELIABLY_IMPROVED", "NO_RELIABLE_CHANGE", "RELIABLY_WORSE", "NOT_ENOUGH_DATA")) {
            assertThat(sv).containsKey("trend.change." + verdict);
        }
        for (String kind : List.of("year", "half", "range", "rolling")) {
            assertThat(sv).containsKey("reports.period." + kind);
        }
        for (String format : List.of("csv", "csv-comma", "xlsx", "html", "json")) {
            assertThat(sv).containsKey("reports.download." + format);
        }
        assertThat(sv).containsKeys("reports.half.1", "reports.half.2", "reports.range.missing", "reports.month.missing",
                "reports.teams.missing");
    }

    private String resource(String path) throws IOException {
        try (InputStream in = getClass().getResourceAsStream(path)) {
            assertThat(in).as(path).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> texts(String lang) throws IOException {
        return json.readValue(resource("/public/assets/staff/i18n/" + lang + ".json"), Map.class);
    }
}
