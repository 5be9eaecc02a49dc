package org.dyad.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.dyad.pipeline.Limits;
import org.dyad.store.EventStore;
import org.dyad.web.WebServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code dyad bench serve}: how the server holds a load, on a synthetic store of a chosen size. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Fill a fresh store with N synthetic events through the store's own write path, serve it "
                + "in-process on loopback, run a bounded load over the main GET endpoints (events with and without "
                + "filters, timeline, network, agreements, actors, article, event) and print requests/s, "
                + "p50/p95/p99 latency and errors per endpoint as JSON.",
                "The load generator shares the machine with the server; each client sends one request at a time."})
final class BenchServeCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--events", paramLabel = "N", description = "Event mentions to store (default: ${DEFAULT-VALUE}).")
    int events = 100_000;

    @Option(names = "--clients", paramLabel = "C", description = "Concurrent clients (default: ${DEFAULT-VALUE}).")
    int clients = 100;

    @Option(names = "--seconds", paramLabel = "S", description = "How long the load runs (default: ${DEFAULT-VALUE}).")
    int seconds = 20;

    @Option(names = "--think", paramLabel = "MS",
            description = "Milliseconds each client waits after an answer before its next request (default: "
                    + "${DEFAULT-VALUE}; 0 sends back to back).")
    int think = 0;

    @Option(names = "--no-cache",
            description = "Compute every answer (the server otherwise keeps GET answers until the store changes, and "
                    + "this load repeats a few dozen URLs).")
    boolean noCache;

    @Option(names = "--db", paramLabel = "FILE",
            description = "Keep the store in FILE for other tools (default: a temporary file, deleted after). A FILE "
                    + "that an earlier bench serve filled is loaded again without refilling it.")
    Path db;

    @Override
    public Integer call() throws Exception {
        if (events < 10 || clients < 1 || seconds < 1 || think < 0 || clients > 1000 || seconds > 3600) {
            throw new ParameterException(spec.commandLine(), "--events >= 10, --clients 1 to 1000, --seconds 1 to 3600, "
                    + "--think >= 0");
        }
        boolean reuse = db != null && Files.exists(db);
        if (reuse && !isBenchStore(db)) {
            throw new ParameterException(spec.commandLine(), db + " exists and is not a store bench serve filled; "
                    + "bench serve fills a fresh store");
        }
        PrintWriter err = spec.commandLine().getErr();
        Path file = db != null ? db : Files.createTempDirectory("dyad-bench").resolve("bench.duckdb");
        ObjectNode report = new ObjectMapper().createObjectNode();
        try (EventStore store = EventStore.open(file)) {
            long t0 = System.nanoTime();
            List<String> ids = reuse ? SyntheticStore.ids(store) : SyntheticStore.fill(store, events, 42);
            double fill = (System.nanoTime() - t0) / 1e9;
            EventStore.Totals totals = store.totals();
            err.printf("dyad bench serve: %,d mentions in %,d articles %s in %.1f s (%,d events)%n",
                    totals.mentions(), totals.articles(), reuse ? "reused from " + db : "stored", fill, totals.events());
            err.flush();
            report.put("mentions", totals.mentions());
            report.put("events", totals.events());
            report.put("articles", totals.articles());
            report.put("fill_seconds", reuse ? null : Math.round(fill * 10) / 10.0);
            report.put("reused", reuse);
            report.put("cores", Runtime.getRuntime().availableProcessors());
            WebServer.Serving serving = noCache ? WebServer.Serving.DEFAULTS.withoutCache() : WebServer.Serving.DEFAULTS;
            report.put("cache", !noCache);
            WebServer server = WebServer.start(new WebServer.Options("127.0.0.1", 0, Optional.empty(),
                    WebServer.Options.DEFAULT_MAX_BODY, false, List.of(), Limits.DEFAULTS, serving), store, () -> {
                        throw new IllegalStateException("bench serve codes nothing");
                    });
            try {
                ServeLoad load = new ServeLoad("http://127.0.0.1:" + server.port(), endpoints(ids));
                load.run(Math.min(clients, 8), Duration.ofSeconds(Math.min(3, seconds)), Duration.ZERO); // warm up
                report.setAll(load.run(clients, Duration.ofSeconds(seconds), Duration.ofMillis(think)));
            } finally {
                server.stop();
            }
        } finally {
            if (db == null) {
                Files.deleteIfExists(file);
                Files.deleteIfExists(Path.of(file + ".wal"));
                Files.deleteIfExists(file.getParent());
            }
        }
        report.put("db", db == null ? null : db.toString());
        PrintWriter out = spec.commandLine().getOut();
        out.println(new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(report));
        out.flush();
        return report.get("errors").asLong() == 0 ? ExitCodes.OK : ExitCodes.INPUT_ERRORS;
    }

    /** Whether {@code db} is a store this command filled (only synthetic articles), so a rerun may load it again. */
    private static boolean isBenchStore(Path db) {
        try (EventStore s = EventStore.openReadOnly(db)) {
            return !SyntheticStore.ids(s).isEmpty();
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** The main GET endpoints, as the web UI calls them. */
    static List<ServeLoad.Endpoint> endpoints(List<String> ids) {
        List<String> articles = new ArrayList<>();
        for (int i = 0; i < ids.size(); i += Math.max(1, ids.size() / 50)) {
            articles.add("/api/articles/" + ids.get(i));
        }
        return List.of(
                new ServeLoad.Endpoint("events?limit=50", List.of("/api/events?limit=50")),
                new ServeLoad.Endpoint("events filtered", List.of("/api/events?limit=50&actor=IRN",
                        "/api/events?limit=50&root=05&from=2022-01-01", "/api/events?limit=50&quad=4&country=AZE",
                        "/api/events?limit=50&offset=500&plover=AGREE")),
                new ServeLoad.Endpoint("timeline", List.of("/api/timeline?dyad=AZE:IRN", "/api/timeline?dyad=USA:CHN&by=week",
                        "/api/timeline?dyad=RUS:UKR")),
                new ServeLoad.Endpoint("network", List.of("/api/network", "/api/network?countries=true")),
                new ServeLoad.Endpoint("agreements", List.of("/api/agreements?actor=AZE", "/api/agreements?dyad=ARM:GEO")),
                new ServeLoad.Endpoint("actors", List.of("/api/actors")),
                new ServeLoad.Endpoint("article", articles));
    }
}
