package se.stegvis.security;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.management.endpoint.annotation.Endpoint;
import io.micronaut.security.annotation.Secured;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.web.router.Router;
import io.micronaut.web.router.UriRouteInfo;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import se.stegvis.support.Fixtures;

import java.lang.reflect.Method;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * Every route of the application states who may call it. A controller method without an explicit
 * {@code @Secured} (on the method or its class) fails this test by name, so a forgotten rule is
 * caught before it ships. Management endpoints are governed by configuration and asserted here
 * by calling them.
 */
@MicronautTest(transactional = false)
class RouteRulesTest {
    /** Management endpoints whose access comes from application.yml, checked by HTTP below. */
    private static final Set<String> CONFIGURED_ENDPOINT_IDS = Set.of("health", "prometheus");

    @Inject
    Router router;

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    Fixtures fixtures;

    @Test
    void everyControllerRouteHasAnExplicitSecuredRule() {
        Set<String> unsecured = new TreeSet<>();
        List<UriRouteInfo<?, ?>> routes = router.uriRoutes().toList();
        assertThat(routes).as("the route table").isNotEmpty();
        for (UriRouteInfo<?, ?> route : routes) {
            Class<?> type = route.getDeclaringType();
            if (isConfiguredEndpoint(type)) {
                continue;
            }
            Method method = route.getTargetMethod().getTargetMethod();
            missingSecured(type, method).ifPresent(m ->
                    unsecured.add(route.getHttpMethodName() + " " + route.getUriMatchTemplate() + " -> " + m));
        }
        assertThat(unsecured).as("routes without an explicit @Secured").isEmpty();
    }

    @Test
    void theOnlyManagementEndpointsAreTheOnesAssertedHere() {
        Set<String> endpointIds = new TreeSet<>();
        router.uriRoutes().map(UriRouteInfo::getDeclaringType)
                .filter(t -> t.isAnnotationPresent(Endpoint.class))
                .forEach(t -> endpointIds.add(endpointId(t)));
        assertThat(endpointIds).containsExactlyInAnyOrderElementsOf(CONFIGURED_ENDPOINT_IDS);
    }

    @Test
    void theRuleCheckNamesAnUnannotatedController() throws Exception {
        Method hello = UnsecuredFake.class.getDeclaredMethod("hello");
        assertThat(missingSecured(UnsecuredFake.class, hello))
                .hasValueSatisfying(name -> assertThat(name).contains("UnsecuredFake").contains("hello"));
    }

    @Test
    void theRuleCheckAcceptsSecuredOnClassOrMethod() throws Exception {
        assertThat(missingSecured(SecuredClassFake.class, SecuredClassFake.class.getDeclaredMethod("hello"))).isEmpty();
        assertThat(missingSecured(SecuredMethodFake.class, SecuredMethodFake.class.getDeclaredMethod("hello"))).isEmpty();
    }

    @Test
    void healthIsAnonymousAndUp() {
        HttpResponse<String> response = client.toBlocking().exchange(HttpRequest.GET("/health"), String.class);
        assertThat(response.code()).isEqualTo(200);
        assertThat(response.body()).contains("\"status\":\"UP\"");
    }

    @Test
    void prometheusRefusesAnonymousCallers() {
        var e = assertThrows(HttpClientResponseException.class,
                () -> client.toBlocking().exchange(HttpRequest.GET("/prometheus"), String.class));
        assertThat(e.getStatus().getCode()).isEqualTo(401);
    }

    @Test
    void prometheusRefusesCoaches() {
        var coach = fixtures.coach(fixtures.team(fixtures.association()));
        var e = assertThrows(HttpClientResponseException.class,
                () -> client.toBlocking().exchange(HttpRequest.GET("/prometheus").header("Authorization", coach.bearer()), String.class));
        assertThat(e.getStatus().getCode()).isEqualTo(403);
    }

    @Test
    void prometheusAnswersAdmins() {
        var admin = fixtures.admin(fixtures.association());
        HttpResponse<String> response = client.toBlocking()
                .exchange(HttpRequest.GET("/prometheus").header("Authorization", admin.bearer()), String.class);
        assertThat(response.code()).isEqualTo(200);
        assertThat(response.body()).contains("jvm_memory_used_bytes");
    }

    /** The check itself: empty when the method or its class carries {@code @Secured}. */
    static Optional<String> missingSecured(Class<?> type, Method method) {
        boolean secured = method.isAnnotationPresent(Secured.class) || type.isAnnotationPresent(Secured.class);
        return secured ? Optional.empty() : Optional.of(type.getName() + "#" + method.getName());
    }

    private static boolean isConfiguredEndpoint(Class<?> type) {
        return type.isAnnotationPresent(Endpoint.class) && CONFIGURED_ENDPOINT_IDS.contains(endpointId(type));
    }

    private static String endpointId(Class<?> type) {
        Endpoint e = type.getAnnotation(Endpoint.class);
        return e.id().isEmpty() ? e.value() : e.id();
    }

    /** Not a bean (no @Controller): it only feeds the check, it never becomes a route. */
    static class UnsecuredFake {
        String hello() {
            return "hello";
        }
    }

    @Secured(Role.ADMIN_ROLE)
    static class SecuredClassFake {
        String hello() {
            return "hello";
        }
    }

    static class SecuredMethodFake {
        @Secured(Role.ADMIN_ROLE)
        String hello() {
            return "hello";
        }
    }
}
