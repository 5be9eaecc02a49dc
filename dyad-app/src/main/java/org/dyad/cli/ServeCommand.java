package org.dyad.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;
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
                "Binds to loopback by default. Bound beyond loopback, the write endpoints (POST /api/articles, "
                        + "POST /api/code) need a token: --token, else the DYAD_TOKEN variable, else one is made up "
                        + "and printed. The store stays open for writing while serving (other dyad commands on "
                        + "the same file wait until it stops)."})
final class ServeCommand implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin StoreFile store;

    @Option(names = "--port", paramLabel = "N", description = "TCP port (default: ${DEFAULT-VALUE}; 0 for any free one).")
    int port = 8080;

    @Option(names = "--host", paramLabel = "HOST", description = "Address to bind (default: ${DEFAULT-VALUE}).")
    String host = "127.0.0.1";

    @Option(names = "--token", paramLabel = "TOKEN",
            description = "The token write endpoints require (Authorization: Bearer TOKEN).")
    String token;

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
        boolean made = false;
        if (tok.isEmpty() && !WebServer.isLoopback(host)) {
            byte[] b = new byte[24];
            new SecureRandom().nextBytes(b);
            tok = Optional.of(HexFormat.of().formatHex(b));
            made = true;
        }
        EventStore es;
        try {
            es = EventStore.open(store.db);
        } catch (StoreException e) {
            err.println("dyad: " + e.getMessage());
            err.flush();
            return ExitCodes.INPUT_ERRORS;
        }
        if (watch != null && !Files.isDirectory(watch)) {
            es.close();
            throw new ParameterException(spec.commandLine(), "--watch " + watch + ": not a folder");
        }
        try (es) {
            java.util.function.Supplier<org.dyad.Dyad> coder = lazyDyad(err);
            IngestActivity activity = new IngestActivity(Optional.ofNullable(watch));
            WebServer server = WebServer.start(new WebServer.Options(host, port, tok, WebServer.Options.DEFAULT_MAX_BODY),
                    es, coder, activity);
            LiveIngest live = watch == null ? null
                    : LiveIngest.start(watch, es, coder, activity, out, IngestCommand.MAX_CHARS);
            if (live != null) {
                out.println("dyad serve: watching " + watch + " (new or changed files are coded and stored)");
            }
            String shown = host.contains(":") ? "[" + host + "]" : host;
            out.println("dyad serve: " + store.db + " at http://" + shown + ":" + server.port() + "/ (API: /api, "
                    + "/api/openapi.json); Ctrl-C stops");
            if (made) {
                out.println("dyad serve: write endpoints need the token " + tok.get());
            }
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
    private java.util.function.Supplier<org.dyad.Dyad> lazyDyad(PrintWriter err) {
        org.dyad.Dyad[] made = new org.dyad.Dyad[1];
        return () -> {
            synchronized (made) {
                if (made[0] == null) {
                    made[0] = coding.build(spec, err, 1);
                }
                return made[0];
            }
        };
    }
}
