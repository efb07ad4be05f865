package se.stegvis.portal;

import se.stegvis.participant.InvitationService;
import se.stegvis.participant.ParticipantFixtures;
import se.stegvis.participant.ParticipantView;
import se.stegvis.response.DueService;
import se.stegvis.support.Fixtures;
import se.stegvis.team.TeamView;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Request;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.LoadState;
import com.microsoft.playwright.options.Sizes;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a participant's phone downloads the first time (issue 4, "Measure": the portal's first-load
 * transfer size compressed, goal ≤ 50 KB): a new browser context (empty cache) on a 360×640 phone
 * opens a real invitation link, gets the home page listing what is due and opens the SRS. Every byte
 * is as real headless Chromium reports it ({@link Request#sizes()}: headers and encoded bodies, both
 * directions), with the {@code Accept-Encoding} Chromium itself sends. A size budget like
 * {@code SubmissionStatementsTest}'s statement budget: sizes are deterministic, so it fails when
 * compression is switched off or a large asset is added. {@code bench/portal-size.sh} prints the
 * BENCH lines.
 */
@MicronautTest(transactional = false)
class PortalTransferSizeTest extends BrowserTest {
    /** Issue 4's goal: 50 KB for the first load, compressed. */
    static final long FIRST_LOAD_BUDGET = 50 * 1024;
    /**
     * Text above this many bytes must arrive compressed: {@code micronaut.server.netty.compression-threshold}
     * in application.yml (Micronaut's default); below it compressing costs more than it saves.
     */
    static final long COMPRESSION_THRESHOLD = 1024;
    static final Pattern TEXT = Pattern.compile("text/html|text/css|javascript|json");

    @Inject
    Fixtures fixtures;
    @Inject
    ParticipantFixtures participants;
    @Inject
    InvitationService invitations;
    @Inject
    DueService due;

    /** One request as it crossed the wire. */
    record Transfer(String method, String path, int status, String contentType, String contentEncoding,
                    String cacheControl, long requestBytes, long responseHeaderBytes, long encodedBodyBytes,
                    long decodedBodyBytes) {

        long responseBytes() {
            return responseHeaderBytes + encodedBodyBytes;
        }

        long total() {
            return requestBytes + responseBytes();
        }

        boolean isText() {
            return TEXT.matcher(contentType).find();
        }

        String line() {
            return String.format(Locale.ROOT, "BENCH portal-size %-4s %-42s %3d %-8s encoded %6d B decoded %6d B"
                            + " (response headers %4d B, request %4d B) %s", method, path, status,
                    contentEncoding.isEmpty() ? "identity" : contentEncoding, encodedBodyBytes, decodedBodyBytes,
                    responseHeaderBytes, requestBytes, cacheControl.isEmpty() ? "" : "cache-control: " + cacheControl).strip();
        }
    }

    @Test
    void firstLoadOnAPhoneUpToAnOpenQuestionnaireStaysWithinFiftyKilobytesCompressed() {
        TeamView team = fixtures.team(fixtures.association());
        Fixtures.StaffLogin coach = fixtures.coach(team);
        ParticipantView sara = participants.aParticipant().named("Sara").woman().born(1990).speaks("sv")
                .createdIn(team, coach);
        for (String code : List.of("ORS", "SRS")) {
            due.request(ParticipantFixtures.actor(coach), sara.id(), code, null);
        }
        String invitation = invitations.create(ParticipantFixtures.actor(coach), sara.id()).code();

        // A new context is an empty cache; no axe-core (nothing of the test's own in the page).
        openContext(phone("sv"), false);
        List<Request> finished = new CopyOnWriteArrayList<>();
        List<String> failed = new CopyOnWriteArrayList<>();
        context.onRequestFinished(finished::add);
        context.onRequestFailed(r -> failed.add(r.method() + " " + r.url() + ": " + r.failure()));

        page.navigate(url("/i/" + invitation));
        assertThat(page.locator("#logout")).isVisible();
        assertThat(page.locator(".due-item", new Page.LocatorOptions().setHasText("ORS"))).isVisible();
        page.locator(".due-item", new Page.LocatorOptions().setHasText("SRS")).click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Börja")).click();
        assertThat(page.locator("#progress")).hasText("Fråga 1 av 4");
        page.waitForLoadState(LoadState.NETWORKIDLE);

        assertThat(failed).as("failed requests").isEmpty();
        List<Transfer> transfers = new ArrayList<>();
        List<String> acceptEncodings = new ArrayList<>();
        for (Request r : finished) {
            transfers.add(transfer(r));
            acceptEncodings.add(String.valueOf(r.allHeaders().get("accept-encoding")));
        }
        long encoded = transfers.stream().mapToLong(Transfer::encodedBodyBytes).sum();
        long decoded = transfers.stream().mapToLong(Transfer::decodedBodyBytes).sum();
        long received = transfers.stream().mapToLong(Transfer::responseBytes).sum();
        long sent = transfers.stream().mapToLong(Transfer::requestBytes).sum();
        long total = received + sent;

        System.out.println("BENCH portal-size Accept-Encoding sent by Chromium: "
                + acceptEncodings.stream().distinct().toList());
        transfers.forEach(t -> System.out.println(t.line()));
        System.out.printf(Locale.ROOT, "BENCH portal-size %d requests: bodies %d B encoded (%d B decoded),"
                        + " received %d B with headers, sent %d B; first load %d B = %.1f KB (budget %d B)%n",
                transfers.size(), encoded, decoded, received, sent, total, total / 1024.0, FIRST_LOAD_BUDGET);

        assertThat(transfers).as("the portal's page, scripts, styles, texts and API answers")
                .extracting(Transfer::path)
                .contains("/i/" + invitation, "/assets/app.js", "/assets/app.css", "/assets/i18n/sv.json",
                        "/api/participant/due");
        assertThat(transfers).as("text resources above %d bytes arrive compressed", COMPRESSION_THRESHOLD)
                .filteredOn(t -> t.isText() && t.decodedBodyBytes() > COMPRESSION_THRESHOLD)
                .isNotEmpty()
                .allSatisfy(t -> assertThat(t.contentEncoding()).as(t.line()).isIn("gzip", "br", "deflate", "zstd"));
        assertThat(transfers).as("answer pages and participant APIs are never cached")
                .filteredOn(t -> t.path().startsWith("/i/") || t.path().startsWith("/api/participant/"))
                .isNotEmpty()
                .allSatisfy(t -> assertThat(t.cacheControl()).as(t.line()).isEqualTo("no-store"));
        assertThat(total).as("first load in bytes, both directions, headers included").isLessThanOrEqualTo(FIRST_LOAD_BUDGET);
    }

    private static Transfer transfer(Request request) {
        Response response = request.response();
        Sizes sizes = request.sizes();
        String path = request.url().replaceFirst("^https?://[^/]+", "");
        // The body as the page got it, decompressed; a 204 or a redirect has none.
        long decoded = response.status() == 204 || response.status() / 100 == 3 ? 0 : response.body().length;
        return new Transfer(request.method(), path, response.status(), header(response, "content-type"),
                header(response, "content-encoding"), header(response, "cache-control"),
                sizes.requestHeadersSize + sizes.requestBodySize, sizes.responseHeadersSize,
                sizes.responseBodySize, decoded);
    }

    private static String header(Response response, String name) {
        String value = response.headerValue(name);
        return value == null ? "" : value;
    }
}
