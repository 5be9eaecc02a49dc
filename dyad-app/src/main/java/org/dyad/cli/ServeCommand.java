package org.dyad.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.dyad.store.EventStore;
import org.dyad.store.StoreException;
import org.dyad.watch.IngestActivity;
import org.dyad.watch.LiveIngest;
import org.dyad.web.WebServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code dyad serve}: the HTTP API and web UI over one event store, until the process is stopped. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serve the event store: a JSON API under /api (documented at /api/openapi.json) and a web "
                + "UI at / (events, event, articles, dyad timelines, network, map, code this text; Swagger UI at /api/docs).",
                "Binds to loopback by default. Every request must name this server in its Host header (against DNS "
                        + "rebinding); writes (POST /api/articles, POST /api/code) must come from its own pages "
                        + "(Origin, Content-Type: application/json).",
                "Bound beyond loopback it needs --token (at least 16 characters; else the DYAD_TOKEN variable), which "
                        + "reads and writes then require (Authorization: Bearer TOKEN, or open a page once with "
                        + "?token=TOKEN), or --public, which opens reads to anyone and turns writes off unless a token "
                        + "is given too.",
                "The store is opened for writing while serving: other dyad commands on the same file fail at once "
                        + "(exit code 4) saying it is in use, until the server stops.",
                "--parquet DIR serves a Spark output folder read-only: everything but POST /api/articles (which "
                        + "answers 405) and --watch."})
final class ServeCommand implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin StoreFile store;
    @Mixin StoreSource source;
    @Mixin LimitOptions limitOptions;

    @Option(names = "--port", paramLabel = "N", description = "TCP port (default: ${DEFAULT-VALUE}; 0 for any free one).")
    int port = 8080;

    @Option(names = "--host", paramLabel = "HOST", description = "Address to bind (default: ${DEFAULT-VALUE}).")
    String host = "127.0.0.1";

    @Option(names = "--token", paramLabel = "TOKEN",
            description = "The token (at least 16 characters) that writes, and beyond loopback reads too, require.")
    String token;

    @Option(names = "--public",
            description = "Bound beyond loopback, serve every stored article to anyone who can reach the server, "
                    + "without a token (writes stay off unless --token is given).")
    boolean publicReads;

    @Option(names = "--allow-host", paramLabel = "NAME",
            description = "Another name this server answers to in the Host header (a DNS name, a proxy's); repeatable.")
    List<String> allowedHosts = new ArrayList<>();

    @Mixin CoderOptions coding;

    @Option(names = "--watch", paramLabel = "DIR",
            description = "Also code every new or changed article file in DIR (and its subfolders) within seconds "
                    + "and store it, as dyad ingest does; open pages update without reload.")
    Path watch;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        coding.validate(spec);
        if (port < 0 || port > 65535) {
            throw new ParameterException(spec.commandLine(), "--port is 0 to 65535");
        }
        Optional<String> tok = Optional.ofNullable(token).or(() -> Optional.ofNullable(System.getenv("DYAD_TOKEN")))
                .map(String::strip).filter(t -> !t.isEmpty());
        WebServer.Options options;
        try {
            options = new WebServer.Options(host, port, tok, WebServer.Options.DEFAULT_MAX_BODY, publicReads,
                    allowedHosts, limitOptions.limits(spec), WebServer.Serving.DEFAULTS);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        if (publicReads && !WebServer.isLoopback(host)) {
            err.println("dyad serve: warning: --public: every stored article and event is readable by anyone who can "
                    + "reach " + host + ":" + port + (tok.isEmpty() ? "; writes are off" : "; writes need the token"));
            err.flush();
        }
        source.validate(spec);
        if (source.isParquet() && watch != null) {
            throw new ParameterException(spec.commandLine(), "--watch stores what it codes: not with --parquet (read-only)");
        }
        EventStore es;
        try {
            es = source.isParquet() ? source.openReadOnly(store.db) : EventStore.open(store.db);
        } catch (StoreException e) {
            err.println("dyad: " + e.getMessage());
            err.flush();
            return ExitCodes.STORE;
        }
        if (watch != null && !Files.isDirectory(watch)) {
            es.close();
            throw new ParameterException(spec.commandLine(), "--watch " + watch + ": not a folder");
        }
        try (es) {
            java.util.function.Supplier<org.dyad.Dyad> coder = lazyDyad(err, options.limits());
            IngestActivity activity = new IngestActivity(Optional.ofNullable(watch));
            WebServer server;
            try {
                server = WebServer.start(options, es, coder, activity);
            } catch (RuntimeException e) {
                err.println("dyad: cannot serve on " + host + ":" + port + ": " + rootMessage(e));
                err.flush();
                return ExitCodes.SERVE;
            }
            LiveIngest live = watch == null ? null
                    : LiveIngest.start(watch, es, coder, activity, out, options.limits().maxChars());
            if (live != null) {
                out.println("dyad serve: watching " + watch + " (new or changed files are coded and stored)");
            }
            String shown = host.contains(":") ? "[" + host + "]" : host;
            out.println("dyad serve: " + source.name(store.db) + " at http://" + shown + ":" + server.port() + "/ (API: /api, "
                    + "/api/openapi.json); Ctrl-C stops");
            out.flush();
            CountDownLatch stopped = new CountDownLatch(1);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                if (live != null) {
                    live.close();
                }
                server.stop();
                stopped.countDown();
            }));
            stopped.await();
        }
        return ExitCodes.OK;
    }

    /** The Dyad that codes POSTed articles, built (and CoreNLP loaded) on the first POST only. */
    private java.util.function.Supplier<org.dyad.Dyad> lazyDyad(PrintWriter err, org.dyad.pipeline.Limits limits) {
        org.dyad.Dyad[] made = new org.dyad.Dyad[1];
        return () -> {
            synchronized (made) {
                if (made[0] == null) {
                    made[0] = coding.build(spec, err, 1, limits);
                }
                return made[0];
            }
        };
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getClass().getSimpleName() + (t.getMessage() == null ? "" : ": " + t.getMessage());
    }
}
