package se.stegvis.shared;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.server.HttpServerConfiguration;
import io.micronaut.http.server.util.HttpClientAddressResolver;
import jakarta.inject.Singleton;

import java.net.InetSocketAddress;

/**
 * The caller's address for throttling: the TCP peer, or the proxy header named by
 * {@code micronaut.server.client-address-header} when a deployment configures one. An
 * unconfigured X-Forwarded-For is never trusted: it would let a guesser pick a fresh bucket per try.
 */
@Singleton
public class ClientAddress {
    private final HttpClientAddressResolver resolver;
    private final boolean fromHeader;

    ClientAddress(HttpClientAddressResolver resolver, HttpServerConfiguration server) {
        this.resolver = resolver;
        this.fromHeader = server.getClientAddressHeader() != null;
    }

    public String of(HttpRequest<?> request) {
        String address = fromHeader ? resolver.resolve(request) : null;
        if (address != null) {
            return address;
        }
        InetSocketAddress remote = request.getRemoteAddress();
        return remote.getAddress() == null ? remote.getHostString() : remote.getAddress().getHostAddress();
    }
}
