package uk.selfcheck.web;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;

/**
 * Who may use the server: only a page this run served, on this machine. A request must carry the run's secret (in
 * the address, or in a header the page's script sends), name this server in its Host header (so a web page elsewhere
 * cannot reach it by pointing a name of its own at 127.0.0.1), and, when it says where it comes from, come from this
 * server's own address.
 */
final class Security {
    static final String TOKEN_HEADER = "X-Selfcheck-Token";

    private final byte[] token;
    private final Set<String> hosts;
    private final Set<String> origins;

    Security(String token, int port) {
        this.token = token.getBytes(StandardCharsets.US_ASCII);
        this.hosts = Set.of("127.0.0.1:" + port, "localhost:" + port);
        this.origins = Set.of("http://127.0.0.1:" + port, "http://localhost:" + port);
    }

    /** A new secret: 32 random bytes, URL-safe. */
    static String newToken() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Why the request is refused, in plain words, or null when it may go on. */
    String refusal(HttpExchange exchange) {
        Headers headers = exchange.getRequestHeaders();
        String host = headers.getFirst("Host");
        if (host == null || !hosts.contains(host.toLowerCase(java.util.Locale.ROOT))) {
            return "refused: this server answers only to http://127.0.0.1 on its own port";
        }
        if (headers.get("Origin") != null) {
            String origin = headers.getFirst("Origin");
            if (headers.get("Origin").size() != 1 || !origins.contains(origin)) {
                return "refused: the request comes from another site";
            }
        }
        String given = headers.getFirst(TOKEN_HEADER);
        if (given == null) {
            given = query(exchange.getRequestURI().getRawQuery(), "token");
        }
        if (given == null || !MessageDigest.isEqual(token, given.getBytes(StandardCharsets.UTF_8))) {
            return "refused: the address needs this run's secret; open the address selfcheck serve printed";
        }
        return null;
    }

    /** The first value of {@code name} in a query string or form body, decoded; null when absent. */
    static String query(String raw, String name) {
        if (raw == null) {
            return null;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            String key = eq < 0 ? pair : pair.substring(0, eq);
            if (URLDecoder.decode(key, StandardCharsets.UTF_8).equals(name)) {
                return eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            }
        }
        return null;
    }
}
