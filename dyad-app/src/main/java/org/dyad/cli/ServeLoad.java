package org.dyad.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A bounded load on a server on this machine: {@code clients} threads, each sending one GET at a time (the next
 * as soon as the last is answered, after {@code think} milliseconds), going round a list of endpoints, for a fixed
 * time; then requests per second, p50/p95/p99 latency and errors (anything but 200, or no answer) per endpoint. The
 * load stops by itself; it only ever targets the base URL it is given (loopback in {@code dyad bench serve}).
 */
final class ServeLoad {
    /** An endpoint to load: a name for the report and the paths to request, in turn. */
    record Endpoint(String name, List<String> paths) {}

    private final String base;
    private final List<Endpoint> endpoints;

    ServeLoad(String base, List<Endpoint> endpoints) {
        this.base = base;
        this.endpoints = List.copyOf(endpoints);
    }

    /** Latencies and errors of one endpoint. */
    private static final class Tally {
        final List<Long> nanos = new ArrayList<>();
        long errors;
        String firstError = "";

        synchronized void ok(long n) {
            nanos.add(n);
        }

        synchronized void error(String what) {
            errors++;
            firstError = firstError.isEmpty() ? what : firstError;
        }
    }

    /** Runs the load and answers the report as JSON. */
    ObjectNode run(int clients, Duration length, Duration think) throws InterruptedException {
        // one HttpClient has one selector thread for all its connections: one client per ten keeps it from being
        // the bottleneck of the load rather than the server
        HttpClient[] clientsHttp = new HttpClient[Math.max(1, clients / 10)];
        for (int i = 0; i < clientsHttp.length; i++) {
            clientsHttp[i] = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(5)).build();
        }
        Map<String, Tally> tallies = new LinkedHashMap<>();
        endpoints.forEach(e -> tallies.put(e.name(), new Tally()));
        long end = System.nanoTime() + length.toNanos();
        AtomicLong turn = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long started = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            HttpClient http = clientsHttp[c % clientsHttp.length];
            pool.submit(() -> {
                while (System.nanoTime() < end) {
                    long k = turn.getAndIncrement();
                    Endpoint e = endpoints.get((int) (k % endpoints.size()));
                    String path = e.paths().get((int) ((k / endpoints.size()) % e.paths().size()));
                    Tally t = tallies.get(e.name());
                    HttpRequest req = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                            .GET().build();
                    long t0 = System.nanoTime();
                    try {
                        HttpResponse<byte[]> r = http.send(req, HttpResponse.BodyHandlers.ofByteArray());
                        long n = System.nanoTime() - t0;
                        if (r.statusCode() == 200) {
                            t.ok(n);
                        } else {
                            t.error(r.statusCode() + " " + new String(r.body(), java.nio.charset.StandardCharsets.UTF_8));
                        }
                    } catch (java.io.IOException x) {
                        t.error(x.toString());
                    } catch (InterruptedException x) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                    if (!think.isZero()) {
                        try {
                            Thread.sleep(think.toMillis());
                        } catch (InterruptedException x) {
                            Thread.currentThread().interrupt();
                            return;
                        }
                    }
                }
            });
        }
        pool.shutdown();
        pool.awaitTermination(length.toSeconds() + 60, TimeUnit.SECONDS);
        pool.shutdownNow();
        double seconds = (System.nanoTime() - started) / 1e9;
        ObjectNode out = new ObjectMapper().createObjectNode();
        out.put("clients", clients);
        out.put("seconds", round(seconds));
        out.put("think_ms", think.toMillis());
        long requests = 0;
        long errors = 0;
        ObjectNode per = out.putObject("endpoints");
        for (Map.Entry<String, Tally> e : tallies.entrySet()) {
            Tally t = e.getValue();
            long[] ns = t.nanos.stream().mapToLong(Long::longValue).sorted().toArray();
            ObjectNode n = per.putObject(e.getKey());
            n.put("requests", ns.length + t.errors);
            n.put("requests_per_second", round((ns.length + t.errors) / seconds));
            n.put("p50_ms", percentile(ns, 50));
            n.put("p95_ms", percentile(ns, 95));
            n.put("p99_ms", percentile(ns, 99));
            n.put("max_ms", ns.length == 0 ? 0 : round(ns[ns.length - 1] / 1e6));
            n.put("errors", t.errors);
            if (t.errors > 0) {
                n.put("first_error", t.firstError.length() > 200 ? t.firstError.substring(0, 200) : t.firstError);
            }
            requests += ns.length + t.errors;
            errors += t.errors;
        }
        out.put("requests", requests);
        out.put("requests_per_second", round(requests / seconds));
        out.put("errors", errors);
        return out;
    }

    static double percentile(long[] sortedNanos, int p) {
        if (sortedNanos.length == 0) {
            return 0;
        }
        int i = (int) Math.ceil(p / 100.0 * sortedNanos.length) - 1;
        return round(sortedNanos[Math.max(0, Math.min(sortedNanos.length - 1, i))] / 1e6);
    }

    private static double round(double v) {
        return Math.round(v * 100.0) / 100.0;
    }

    static List<String> list(String... paths) {
        return Arrays.asList(paths);
    }
}
