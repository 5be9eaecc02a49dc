package org.dyad.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.dyad.Dyad;
import org.dyad.store.EventStore;
import org.dyad.store.StoreException;
import org.dyad.watch.IngestActivity;

/**
 * {@code dyad serve}: the JSON API under {@code /api} and the web UI at {@code /}, in one Javalin server over one
 * open store. Errors map to HTTP statuses here and only here: a refused request (bad parameter, unknown id,
 * body too large, missing token) is a 4xx with {@code {"status", "error"}}; a store failure a 500.
 */
public final class WebServer {

    /**
     * How to serve: where to bind, the token that write endpoints require (empty: none required), and the
     * largest request body accepted, in bytes.
     */
    public record Options(String host, int port, Optional<String> token, long maxBodyBytes) {
        public static final long DEFAULT_MAX_BODY = 1024 * 1024;

        public Options {
            Objects.requireNonNull(host, "host");
            Objects.requireNonNull(token, "token");
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("a port is 0 to 65535, not " + port);
            }
            if (maxBodyBytes < 1) {
                throw new IllegalArgumentException("the body limit is at least 1 byte");
            }
            if (token.isEmpty() && !isLoopback(host)) {
                throw new IllegalArgumentException("bound to " + host + ", beyond loopback: the write endpoints "
                        + "need a token");
            }
        }
    }

    private static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

    private final Javalin app;
    private final GapsService gaps;

    private WebServer(Javalin app, GapsService gaps) {
        this.app = app;
        this.gaps = gaps;
    }

    /** True when {@code host} names only this machine (127.0.0.1, ::1, localhost). */
    public static boolean isLoopback(String host) {
        try {
            for (InetAddress a : InetAddress.getAllByName(host)) {
                if (!a.isLoopbackAddress()) {
                    return false;
                }
            }
            return true;
        } catch (UnknownHostException e) {
            return false;
        }
    }

    /** Starts serving {@code store}; {@code coder} is asked for the NLP pipeline on the first POST only. */
    public static WebServer start(Options o, EventStore store, Supplier<Dyad> coder) {
        return start(o, store, coder, new IngestActivity(Optional.empty()));
    }

    /** As {@link #start(Options, EventStore, Supplier)}, reporting {@code activity} (a watched folder) at /api/live. */
    public static WebServer start(Options o, EventStore store, Supplier<Dyad> coder, IngestActivity activity) {
        Api api = new Api(store, coder, activity);
        GapsService gaps = new GapsService(new GapsService.Reads() {
            @Override
            public <T> T read(java.util.function.Function<EventStore, T> work) {
                synchronized (store) {
                    return work.apply(store);
                }
            }
        }, coder, activity);
        byte[] openapi = resource("openapi.json");
        byte[] docs = resource("ui/api-docs.html");
        Javalin app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.http.maxRequestSize = o.maxBodyBytes();
            config.jetty.host = o.host();
            config.jetty.port = o.port();
            config.staticFiles.enableWebjars();
            config.staticFiles.add(s -> {
                s.hostedPath = "/";
                s.directory = "/org/dyad/web/ui";
                s.location = Location.CLASSPATH;
            });
            config.routes.before(ctx -> headers(ctx));
            config.routes.before("/api/*", ctx -> guard(ctx, o));
            config.routes.get("/api/openapi.json", ctx -> ctx.contentType("application/json").result(openapi));
            config.routes.get("/api/events", api::events);
            config.routes.get("/api/events/{id}", api::event);
            config.routes.get("/api/articles/{id}", api::article);
            config.routes.get("/api/timeline", api::timeline);
            config.routes.get("/api/network", api::network);
            config.routes.get("/api/actors", api::actors);
            config.routes.get("/api/agreements", api::agreements);
            config.routes.get("/api/places", api::places);
            config.routes.get("/api/live", api::live);
            config.routes.get("/api/gaps", gaps::handle);
            config.routes.get("/api/docs", ctx -> ctx.contentType("text/html; charset=utf-8").result(docs));
            config.routes.post("/api/code", api::code);
            config.routes.post("/api/articles", api::ingest);
            config.routes.exception(ApiException.class, (e, ctx) -> error(ctx, e.status(), e.getMessage()));
            config.routes.exception(HttpResponseException.class, (e, ctx) ->
                    error(ctx, e.getStatus(), e.getMessage()));
            config.routes.exception(StoreException.class, (e, ctx) -> error(ctx, 500, "store: " + e.getMessage()));
            config.routes.exception(Exception.class, (e, ctx) -> error(ctx, 500, e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage())));
            config.routes.error(404, ctx -> {
                if (ctx.path().startsWith("/api/") && ctx.result() == null) {
                    error(ctx, 404, "no endpoint " + ctx.method() + " " + ctx.path() + "; see /api/openapi.json");
                }
            });
            config.routes.error(405, ctx -> error(ctx, 405, "method " + ctx.method() + " not allowed on "
                    + ctx.path()));
        });
        app.start();
        return new WebServer(app, gaps);
    }

    /** The port bound (useful after asking for port 0). */
    public int port() {
        return app.port();
    }

    /** Stops the server and a dictionary-gaps run under way; the store stays open (its owner closes it). */
    public void stop() {
        app.stop();
        gaps.close();
    }

    private static void headers(Context ctx) {
        ctx.header("Content-Security-Policy", CSP);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("X-Frame-Options", "DENY");
    }

    /** Refuses oversized bodies before reading them, and writes without the token when one is required. */
    private static void guard(Context ctx, Options o) {
        if (!"POST".equals(ctx.method().name())) {
            return;
        }
        long length = ctx.contentLength();
        if (length > o.maxBodyBytes()) {
            throw new ApiException(413, "the body has " + length + " bytes, more than the limit of "
                    + o.maxBodyBytes());
        }
        if (o.token().isPresent()) {
            String auth = Optional.ofNullable(ctx.header("Authorization")).orElse("");
            String given = auth.startsWith("Bearer ") ? auth.substring(7).strip()
                    : Optional.ofNullable(ctx.header("X-Dyad-Token")).orElse("");
            if (!MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8),
                    o.token().get().getBytes(StandardCharsets.UTF_8))) {
                throw new ApiException(401, "this endpoint needs the server's token (Authorization: Bearer TOKEN)");
            }
        }
    }

    private static void error(Context ctx, int status, String message) {
        Api.send(ctx, status, Map.of("status", status, "error", message == null ? "" : message));
    }

    private static byte[] resource(String name) {
        try (InputStream in = WebServer.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
