package org.dyad.web;

import io.javalin.http.Context;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Who may do what on {@code dyad serve}, checked before any handler runs. The threats: a web page the user opens
 * in a browser that POSTs to the server (cross-site request forgery, with a "simple" {@code text/plain} body that
 * needs no preflight), a DNS-rebinding page that reaches the loopback server under a name of its own, and anyone
 * on the network when the server is bound beyond loopback.
 *
 * <ul>
 *   <li>Every request must name the server in its {@code Host} header: an address it is bound to (for a wildcard
 *       bind, any address of this machine), {@code localhost} when it listens on loopback, or a name given with
 *       {@code --allow-host}; with the right port. Otherwise 403: this is what defeats DNS rebinding.</li>
 *   <li>A write (any method but GET, HEAD, OPTIONS) must also come from the server's own pages: its
 *       {@code Origin}, when sent, must be the server itself, a {@code Sec-Fetch-Site} header must say
 *       same-origin, and its body must be {@code application/json}. Otherwise 403.</li>
 *   <li>With a token, writes need it ({@code Authorization: Bearer TOKEN}, or the {@code dyad_token} cookie set by
 *       opening a page once with {@code ?token=TOKEN}); bound beyond loopback without {@code --public}, reads need it
 *       too. Tokens are compared in constant time (as SHA-256 digests, so not even the length leaks). With
 *       {@code --public} and no token, writes are off.</li>
 * </ul>
 * Immutable and thread-safe.
 */
final class AccessPolicy {
    static final String COOKIE = "dyad_token";

    private final Set<String> hosts;
    private final int port;
    private final Optional<byte[]> tokenDigest;
    private final boolean readsNeedToken;
    private final boolean writesOff;

    private AccessPolicy(Set<String> hosts, int port, Optional<byte[]> tokenDigest, boolean readsNeedToken,
                         boolean writesOff) {
        this.hosts = Collections.unmodifiableSet(hosts);
        this.port = port;
        this.tokenDigest = tokenDigest;
        this.readsNeedToken = readsNeedToken;
        this.writesOff = writesOff;
    }

    /** The policy of a server started with {@code o}, listening on {@code port}. */
    static AccessPolicy of(WebServer.Options o, int port) {
        Set<String> hosts = new HashSet<>();
        String bound = bare(o.host());
        hosts.add(bound);
        boolean wildcard = bound.isEmpty() || bound.equals("0.0.0.0") || bound.equals("::");
        if (wildcard || WebServer.isLoopback(o.host())) {
            hosts.add("localhost");
            hosts.add("127.0.0.1");
            hosts.add("::1");
        }
        if (wildcard) {
            hosts.addAll(machineNames());
        }
        o.allowedHosts().forEach(h -> hosts.add(bare(h)));
        boolean loopback = WebServer.isLoopback(o.host());
        return new AccessPolicy(hosts, port, o.token().map(AccessPolicy::digest), !loopback && !o.publicReads(),
                o.token().isEmpty() && o.publicReads());
    }

    /** Refuses the request (ApiException 401/403) unless this policy allows it. */
    void check(Context ctx) {
        String host = ctx.header("Host");
        if (host == null || !allowedAuthority(host)) {
            throw new ApiException(403, "this server does not answer to the host '" + clip(host) + "' (it answers to "
                    + new java.util.TreeSet<>(hosts) + " on port " + port + "; --allow-host adds a name)");
        }
        String method = ctx.method().name();
        boolean write = !method.equals("GET") && !method.equals("HEAD") && !method.equals("OPTIONS");
        if (write) {
            String origin = ctx.header("Origin");
            if (origin != null && !allowedOrigin(origin)) {
                throw new ApiException(403, "a write must come from this server's own pages, not from origin '"
                        + clip(origin) + "'");
            }
            String site = ctx.header("Sec-Fetch-Site");
            if (site != null && !site.equals("same-origin") && !site.equals("none")) {
                throw new ApiException(403, "a write must come from this server's own pages (Sec-Fetch-Site: "
                        + clip(site) + ")");
            }
            String type = Optional.ofNullable(ctx.header("Content-Type")).orElse("");
            if (!type.toLowerCase(Locale.ROOT).matches("application/json\\s*(;.*)?")) {
                throw new ApiException(403, "a write sends its body as Content-Type: application/json, not '"
                        + clip(type) + "'");
            }
            if (writesOff) {
                throw new ApiException(403, "this server was started with --public and no --token: writes are off");
            }
        }
        if ((write || readsNeedToken) && tokenDigest.isPresent() && ctx.path().startsWith("/api/")
                && !tokenMatches(given(ctx))) {
            throw new ApiException(401, "this needs the server's token (Authorization: Bearer TOKEN)");
        }
    }

    /** Whether reads of the API need the token (bound beyond loopback without --public). */
    boolean readsNeedToken() {
        return readsNeedToken;
    }

    boolean tokenMatches(String given) {
        return tokenDigest.isPresent() && MessageDigest.isEqual(digest(given), tokenDigest.get());
    }

    private static String given(Context ctx) {
        String auth = Optional.ofNullable(ctx.header("Authorization")).orElse("");
        if (auth.startsWith("Bearer ")) {
            return auth.substring(7).strip();
        }
        return Optional.ofNullable(ctx.cookie(COOKIE)).orElse("");
    }

    private boolean allowedAuthority(String authority) {
        String a = authority.strip().toLowerCase(Locale.ROOT);
        String h;
        int p;
        if (a.startsWith("[")) {
            int close = a.indexOf(']');
            if (close < 0) {
                return false;
            }
            h = a.substring(1, close);
            String rest = a.substring(close + 1);
            p = rest.isEmpty() ? 80 : rest.startsWith(":") ? parsePort(rest.substring(1)) : -1;
        } else {
            int colon = a.lastIndexOf(':');
            if (colon >= 0 && a.indexOf(':') != colon) {
                return false; // a bare IPv6 literal without brackets is not a Host header
            }
            h = colon < 0 ? a : a.substring(0, colon);
            p = colon < 0 ? 80 : parsePort(a.substring(colon + 1));
        }
        return p == port && hosts.contains(h);
    }

    private boolean allowedOrigin(String origin) {
        try {
            URI u = URI.create(origin.strip());
            if (!"http".equalsIgnoreCase(u.getScheme()) && !"https".equalsIgnoreCase(u.getScheme())) {
                return false;
            }
            return u.getRawAuthority() != null && allowedAuthority(u.getRawAuthority());
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static int parsePort(String s) {
        try {
            return Integer.parseInt(s);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static String bare(String host) {
        String h = host.strip().toLowerCase(Locale.ROOT);
        return h.startsWith("[") && h.endsWith("]") ? h.substring(1, h.length() - 1) : h;
    }

    private static Set<String> machineNames() {
        Set<String> names = new HashSet<>();
        try {
            for (NetworkInterface ni : Collections.list(NetworkInterface.getNetworkInterfaces())) {
                for (InetAddress a : Collections.list(ni.getInetAddresses())) {
                    String s = a.getHostAddress().toLowerCase(Locale.ROOT);
                    int zone = s.indexOf('%');
                    names.add(zone < 0 ? s : s.substring(0, zone));
                }
            }
        } catch (SocketException e) {
            // no interfaces listed: loopback names and --allow-host still work
        }
        try {
            InetAddress local = InetAddress.getLocalHost();
            names.add(local.getHostName().toLowerCase(Locale.ROOT));
            names.add(local.getCanonicalHostName().toLowerCase(Locale.ROOT));
        } catch (UnknownHostException e) {
            // no name for this machine
        }
        return names;
    }

    private static byte[] digest(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    private static String clip(String s) {
        if (s == null) {
            return "";
        }
        return s.length() <= 80 ? s : s.substring(0, 80) + "...";
    }
}
