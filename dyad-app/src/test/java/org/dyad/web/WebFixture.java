package org.dyad.web;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.dyad.store.EventStore;
import org.dyad.watch.IngestActivity;
import org.dyad.watch.LiveIngest;

/**
 * A server on a free loopback port over a fresh store, with {@code web-corpus.jsonl} (our own writing) ingested
 * through the API: a trade agreement between Armenia and Georgia told twice (two outlets), praise, an
 * accusation and its rejection, criticism and an appeal. Uses the one shared Dyad of the test JVM.
 */
final class WebFixture implements AutoCloseable {
    final EventStore store;
    final WebServer server;
    final HttpClient http = HttpClient.newHttpClient();
    final String token;

    final Optional<LiveIngest> live;

    WebFixture(Path dir, Optional<String> token) {
        this(dir, token, Optional.empty());
    }

    /** With {@code watch}: the server also codes what appears in that folder ({@code dyad serve --watch}). */
    WebFixture(Path dir, Optional<String> token, Optional<Path> watch) {
        try {
            java.nio.file.Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.store = EventStore.open(dir.resolve("web.duckdb"));
        this.token = token.orElse("");
        IngestActivity activity = new IngestActivity(watch);
        this.server = WebServer.start(new WebServer.Options("127.0.0.1", 0, token, WebServer.Options.DEFAULT_MAX_BODY),
                store, org.dyad.acceptance.TestPipeline::dyad, activity);
        this.live = watch.map(w -> LiveIngest.start(w, store, org.dyad.acceptance.TestPipeline::dyad, activity,
                new java.io.PrintWriter(System.err, true), 100_000));
    }

    /** A server over {@code store} (a Parquet folder opened read-only, say), no token; closing closes the store. */
    WebFixture(EventStore store) {
        this.store = store;
        this.token = "";
        this.server = WebServer.start(new WebServer.Options("127.0.0.1", 0, Optional.empty(),
                WebServer.Options.DEFAULT_MAX_BODY), store, org.dyad.acceptance.TestPipeline::dyad);
        this.live = Optional.empty();
    }

    /** Posts every article of the corpus to /api/articles. */
    WebFixture ingestCorpus() {
        for (String line : corpus()) {
            HttpResponse<String> r = post("/api/articles", line, true);
            if (r.statusCode() != 201 && r.statusCode() != 200) {
                throw new IllegalStateException("ingest failed: " + r.statusCode() + " " + r.body());
            }
        }
        return this;
    }

    /**
     * Posts every article of {@code gaps-corpus.jsonl} (the test corpus of {@code dyad gaps}: two people and three
     * verbs no dictionary knows) to /api/articles.
     */
    WebFixture ingestGapsCorpus() {
        try (InputStream in = WebFixture.class.getResourceAsStream("/org/dyad/cli/gaps-corpus.jsonl")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).toList()) {
                HttpResponse<String> r = post("/api/articles", line, true);
                if (r.statusCode() != 201 && r.statusCode() != 200) {
                    throw new IllegalStateException("ingest failed: " + r.statusCode() + " " + r.body());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** GET /api/gaps{@code query} until the run over the store is done (two minutes at most), the answer then. */
    JsonNode gapsWhenReady(String query) {
        long deadline = System.nanoTime() + 120_000_000_000L;
        while (true) {
            JsonNode g = json("/api/gaps" + query);
            if (g.get("state").asText().equals("ready")) {
                return g;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("/api/gaps still running after two minutes: " + g);
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    static List<String> corpus() {
        try (InputStream in = WebFixture.class.getResourceAsStream("web-corpus.jsonl")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String base() {
        return "http://127.0.0.1:" + server.port();
    }

    HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base() + path)).GET().build());
    }

    HttpResponse<String> post(String path, String body, boolean withToken) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base() + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (withToken && !token.isEmpty()) {
            b.header("Authorization", "Bearer " + token);
        }
        return send(b.build());
    }

    /** A status and a body, read off a socket. */
    record RawResponse(int statusCode, String body) {}

    /**
     * A POST that announces a body of {@code length} bytes and sends none of it: what a server that refuses a body by
     * its declared length answers before reading it (no race with the upload, as a real client's large POST has).
     */
    RawResponse postDeclaring(String path, long length) {
        URI uri = URI.create(base());
        try (java.net.Socket socket = new java.net.Socket(uri.getHost(), uri.getPort())) {
            socket.setSoTimeout(30_000);
            String head = "POST " + path + " HTTP/1.1\r\nHost: " + uri.getHost() + ":" + uri.getPort()
                    + "\r\nContent-Type: application/json\r\nContent-Length: " + length
                    + "\r\nConnection: close\r\n\r\n";
            socket.getOutputStream().write(head.getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            java.io.BufferedReader in = new java.io.BufferedReader(new java.io.InputStreamReader(
                    socket.getInputStream(), StandardCharsets.UTF_8));
            String status = in.readLine();
            int contentLength = -1;
            for (String line = in.readLine(); line != null && !line.isEmpty(); line = in.readLine()) {
                if (line.toLowerCase(java.util.Locale.ROOT).startsWith("content-length:")) {
                    contentLength = Integer.parseInt(line.substring(15).trim());
                }
            }
            char[] body = new char[Math.max(contentLength, 0)];
            int n = 0;
            while (n < body.length) {
                int r = in.read(body, n, body.length - n);
                if (r < 0) {
                    break;
                }
                n += r;
            }
            return new RawResponse(Integer.parseInt(status.split(" ")[1]), new String(body, 0, n));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    JsonNode json(String path) {
        HttpResponse<String> r = get(path);
        if (r.statusCode() != 200) {
            throw new AssertionError("GET " + path + ": " + r.statusCode() + " " + r.body());
        }
        return parse(r.body());
    }

    static JsonNode parse(String body) {
        try {
            return Json.MAPPER.readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private HttpResponse<String> send(HttpRequest req) {
        try {
            return http.send(req, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        live.ifPresent(LiveIngest::close);
        server.stop();
        store.close();
    }
}
