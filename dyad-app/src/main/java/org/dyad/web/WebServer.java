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
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.dyad.Dyad;
import org.dyad.pipeline.Limits;
import org.dyad.store.EventStore;
import org.dyad.store.QueryTimeoutException;
import org.dyad.store.StoreException;
import org.dyad.store.StoreReaders;
import org.dyad.watch.IngestActivity;
import org.eclipse.jetty.util.BlockingArrayQueue;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * {@code dyad serve}: the JSON API under {@code /api} and the web UI at {@code /}, in one Javalin server over one
 * open store. Reads are served concurrently, each on a read-only connection of a small pool ({@link StoreReaders});
 * writes go one at a time through the store's own connection; coding (CPU-bound CoreNLP) runs on at most a few
 * requests at once. A request that cannot get a reader or a coder in time, or whose query runs past the timeout,
 * gets 503 with {@code Retry-After}. GET answers are kept until the store changes ({@link ResponseCache}). Who may do
 * what: {@link AccessPolicy}. Errors map to HTTP statuses here and
 * only here: a refused request is a 4xx with {@code {"status", "error"}}; a store failure a 500.
 */
public final class WebServer {

    /**
     * How to serve: where to bind, the token (empty: none), the largest request body in bytes, whether reads are
     * open to anyone ({@code --public}), more names the server answers to ({@code --allow-host}), the limits for
     * POSTed articles, and how reads are served.
     */
    public record Options(String host, int port, Optional<String> token, long maxBodyBytes, boolean publicReads,
                          List<String> allowedHosts, Limits limits, Serving serving) {
        public static final long DEFAULT_MAX_BODY = 1024 * 1024;
        /** The shortest token accepted. */
        public static final int MIN_TOKEN = 16;

        public Options {
            Objects.requireNonNull(host, "host");
            Objects.requireNonNull(token, "token");
            Objects.requireNonNull(limits, "limits");
            Objects.requireNonNull(serving, "serving");
            allowedHosts = List.copyOf(allowedHosts);
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("a port is 0 to 65535, not " + port);
            }
            if (maxBodyBytes < 1) {
                throw new IllegalArgumentException("the body limit is at least 1 byte");
            }
            if (token.isPresent() && token.get().length() < MIN_TOKEN) {
                throw new IllegalArgumentException("a token has at least " + MIN_TOKEN + " characters (this one has "
                        + token.get().length() + ")");
            }
            if (token.isEmpty() && !publicReads && !isLoopback(host)) {
                throw new IllegalArgumentException("bound to " + host + ", beyond loopback: give a --token of at "
                        + "least " + MIN_TOKEN + " characters, or --public to serve every stored article to anyone "
                        + "who can reach it (writes are then off)");
            }
        }

        /** Loopback (or beyond, with a token), with the default limits and serving. */
        public Options(String host, int port, Optional<String> token, long maxBodyBytes) {
            this(host, port, token, maxBodyBytes, false, List.of(), Limits.DEFAULTS, Serving.DEFAULTS);
        }
    }

    /**
     * How requests are served: read-only store connections, how long a request waits for one, how long a query
     * may run, how many articles are coded at once and how long a request waits for that, and Jetty's threads and
     * the bound of its queue of accepted requests waiting for a thread.
     */
    public record Serving(int readers, Duration readerWait, Duration queryTimeout, int coders, Duration coderWait,
                          int maxThreads, int queue, int cachedAnswers) {
        public static final Serving DEFAULTS = new Serving(Math.max(4, 2 * Runtime.getRuntime().availableProcessors()),
                Duration.ofSeconds(5), Duration.ofSeconds(10), Math.max(1, Runtime.getRuntime().availableProcessors() / 2),
                Duration.ofSeconds(10), 200, 1000, 512);

        /** These settings keeping no answers (every request is computed). */
        public Serving withoutCache() {
            return new Serving(readers, readerWait, queryTimeout, coders, coderWait, maxThreads, queue, 0);
        }
    }

    private static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

    private final Javalin app;
    private final StoreReaders readers;
    private final GapsService gaps;

    private WebServer(Javalin app, StoreReaders readers, GapsService gaps) {
        this.app = app;
        this.readers = readers;
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
        StoreReaders readers = new StoreReaders(store, o.serving().readers(), o.serving().queryTimeout());
        Api api = new Api(store, readers, coder, o.limits().maxChars(), o.serving(), activity);
        GapsService gaps = new GapsService(new GapsService.Reads() {
            @Override
            public <T> T read(java.util.function.Function<EventStore, T> work) {
                return readers.read(o.serving().readerWait(), work);
            }
        }, coder, activity);
        byte[] openapi = resource("openapi.json");
        byte[] docs = resource("ui/api-docs.html");
        java.util.concurrent.atomic.AtomicReference<AccessPolicy> policy = new java.util.concurrent.atomic.AtomicReference<>();
        Javalin app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.http.maxRequestSize = o.maxBodyBytes();
            config.jetty.host = o.host();
            config.jetty.port = o.port();
            config.jetty.threadPool = new QueuedThreadPool(o.serving().maxThreads(), 8, 60_000,
                    new BlockingArrayQueue<>(64, 64, o.serving().queue()));
            config.staticFiles.enableWebjars();
            config.staticFiles.add(s -> {
                s.hostedPath = "/";
                s.directory = "/org/dyad/web/ui";
                s.location = Location.CLASSPATH;
            });
            config.routes.before(ctx -> headers(ctx));
            config.routes.before(ctx -> policy(policy).check(ctx));
            config.routes.before(ctx -> tokenCookie(ctx, policy(policy)));
            config.routes.before("/api/*", ctx -> bodySize(ctx, o));
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
            config.routes.exception(StoreReaders.Busy.class, (e, ctx) -> busy(ctx, e.getMessage()));
            config.routes.exception(Api.CodersBusy.class, (e, ctx) -> busy(ctx, e.getMessage()));
            config.routes.exception(QueryTimeoutException.class, (e, ctx) -> busy(ctx, e.getMessage()));
            config.routes.exception(StoreException.class, (e, ctx) -> error(ctx, 500, "store: " + e.getMessage()));
            config.routes.exception(Exception.class, (e, ctx) -> error(ctx, 500, e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage())));
            config.routes.error(404, ctx -> {
                if (ctx.path().startsWith("/api/") && ctx.result() == null) {
                    error(ctx, 404, "no endpoint " + ctx.method() + " " + ctx.path() + "; see /api/openapi.json");
                }
            });
            config.routes.error(405, ctx -> {
                if (ctx.result() == null) {
                    error(ctx, 405, "method " + ctx.method() + " not allowed on " + ctx.path());
                }
            });
        });
        try {
            app.start();
        } catch (RuntimeException e) {
            readers.close();
            gaps.close();
            throw e;
        }
        policy.set(AccessPolicy.of(o, app.port()));
        return new WebServer(app, readers, gaps);
    }

    /** The port bound (useful after asking for port 0). */
    public int port() {
        return app.port();
    }

    /** Stops the server, its readers and a dictionary-gaps run under way; the store stays open (its owner closes it). */
    public void stop() {
        app.stop();
        gaps.close();
        readers.close();
    }

    private static void headers(Context ctx) {
        ctx.header("Content-Security-Policy", CSP);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("X-Frame-Options", "DENY");
    }

    private static AccessPolicy policy(java.util.concurrent.atomic.AtomicReference<AccessPolicy> policy) {
        AccessPolicy p = policy.get();
        if (p == null) {
            throw new StoreReaders.Busy(Duration.ZERO); // a request before start() returned: answered 503
        }
        return p;
    }

    /** A page opened with {@code ?token=TOKEN}: the token goes into a cookie, and the address loses it. */
    private static void tokenCookie(Context ctx, AccessPolicy policy) {
        String token = ctx.queryParam("token");
        if (token == null || ctx.path().startsWith("/api/") || !"GET".equals(ctx.method().name())) {
            return;
        }
        if (!policy.tokenMatches(token)) {
            throw new ApiException(401, "wrong token");
        }
        ctx.header("Set-Cookie", AccessPolicy.COOKIE + "=" + token + "; Path=/; HttpOnly; SameSite=Strict");
        ctx.redirect(ctx.path());
    }

    /** Refuses oversized bodies before reading them. */
    private static void bodySize(Context ctx, Options o) {
        long length = ctx.contentLength();
        if ("POST".equals(ctx.method().name()) && length > o.maxBodyBytes()) {
            throw new ApiException(413, "the body has " + length + " bytes, more than the limit of "
                    + o.maxBodyBytes());
        }
    }

    private static void busy(Context ctx, String message) {
        ctx.header("Retry-After", "1");
        error(ctx, 503, message);
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
