package org.dyad.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.dyad.pipeline.Limits;
import org.dyad.store.EventStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Who may do what on a running server: requests written by hand over a loopback socket, so that the Host, Origin
 * and Content-Type headers are exactly what a hostile page or a DNS-rebinding attack would send.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessPolicyTest {
    @TempDir static Path dir;
    WebFixture web;

    @BeforeAll
    void start() {
        web = new WebFixture(dir, Optional.empty());
    }

    @AfterAll
    void stop() {
        web.close();
    }

    /** One request over a fresh connection; answers the status code and the body. */
    static String[] raw(int port, String method, String path, String... headersAndBody) {
        StringBuilder req = new StringBuilder(method + " " + path + " HTTP/1.1\r\n");
        String body = "";
        for (String h : headersAndBody) {
            if (h.startsWith("BODY:")) {
                body = h.substring(5);
            } else {
                req.append(h).append("\r\n");
            }
        }
        byte[] b = body.getBytes(StandardCharsets.UTF_8);
        req.append("Content-Length: ").append(b.length).append("\r\nConnection: close\r\n\r\n");
        try (Socket s = new Socket("127.0.0.1", port)) {
            s.setSoTimeout(300_000); // the first POST loads the NLP models
            OutputStream out = s.getOutputStream();
            out.write(req.toString().getBytes(StandardCharsets.UTF_8));
            out.write(b);
            out.flush();
            InputStream in = s.getInputStream();
            String response = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            String status = response.substring(9, 12);
            int split = response.indexOf("\r\n\r\n");
            return new String[] {status, split < 0 ? "" : response.substring(split + 4)};
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String host() {
        return "Host: 127.0.0.1:" + web.server.port();
    }

    @Test
    void aCrossOriginTextPlainPostIsRefusedAndStoresNothing() {
        long before = web.store.totals().articles();
        String body = "BODY:{\"id\":\"caucasus-1\",\"text\":\"Armenia attacked Georgia.\"}";
        String[] r = raw(web.server.port(), "POST", "/api/articles", host(), "Origin: https://evil.example",
                "Content-Type: text/plain", body);
        assertThat(r[0]).isEqualTo("403");
        String[] json = raw(web.server.port(), "POST", "/api/articles", host(), "Origin: https://evil.example",
                "Content-Type: application/json", body);
        assertThat(json[0]).isEqualTo("403");
        assertThat(json[1]).contains("evil.example");
        String[] plain = raw(web.server.port(), "POST", "/api/articles", host(), "Content-Type: text/plain", body);
        assertThat(plain[0]).isEqualTo("403");
        assertThat(plain[1]).contains("application/json");
        String[] site = raw(web.server.port(), "POST", "/api/code", host(), "Sec-Fetch-Site: cross-site",
                "Content-Type: application/json", body);
        assertThat(site[0]).isEqualTo("403");
        assertThat(web.store.totals().articles()).isEqualTo(before);
    }

    @Test
    void aRequestUnderAnotherHostNameIsRefusedEvenForReads() {
        String[] rebound = raw(web.server.port(), "GET", "/api/events", "Host: attacker.example:" + web.server.port());
        assertThat(rebound[0]).isEqualTo("403");
        assertThat(rebound[1]).contains("attacker.example");
        assertThat(raw(web.server.port(), "GET", "/", "Host: attacker.example:" + web.server.port())[0])
                .isEqualTo("403");
        assertThat(raw(web.server.port(), "GET", "/api/events", "Host: localhost:" + (web.server.port() + 1))[0])
                .isEqualTo("403");
        assertThat(raw(web.server.port(), "GET", "/api/events")[0]).isEqualTo("400"); // HTTP/1.1 without Host
        assertThat(raw(web.server.port(), "GET", "/api/events", "Host: localhost:" + web.server.port())[0])
                .isEqualTo("200");
        assertThat(raw(web.server.port(), "GET", "/api/events", "Host: [::1]:" + web.server.port())[0])
                .isEqualTo("200");
    }

    @Test
    void aSameOriginJsonPostIsServed() {
        String[] r = raw(web.server.port(), "POST", "/api/code", host(),
                "Origin: http://localhost:" + web.server.port(), "Content-Type: application/json; charset=utf-8",
                "Sec-Fetch-Site: same-origin", "BODY:{\"text\":\"Armenia praised Georgia.\"}");
        assertThat(r[0]).as(r[1]).isEqualTo("200");
    }

    @Test
    void publicWithoutATokenServesReadsAndRefusesWrites() {
        try (EventStore store = EventStore.open(dir.resolve("public.duckdb"))) {
            WebServer server = WebServer.start(new WebServer.Options("127.0.0.1", 0, Optional.empty(),
                    WebServer.Options.DEFAULT_MAX_BODY, true, List.of("dyad.example"), Limits.DEFAULTS,
                    WebServer.Serving.DEFAULTS), store, org.dyad.acceptance.TestPipeline::dyad);
            try {
                int port = server.port();
                assertThat(raw(port, "GET", "/api/events", "Host: dyad.example:" + port)[0]).isEqualTo("200");
                String[] w = raw(port, "POST", "/api/articles", "Host: dyad.example:" + port,
                        "Content-Type: application/json", "BODY:{\"text\":\"Armenia praised Georgia.\"}");
                assertThat(w[0]).isEqualTo("403");
                assertThat(w[1]).contains("--public");
            } finally {
                server.stop();
            }
        }
    }

    @Test
    void beyondLoopbackWithATokenReadsNeedItTooAndAPageSetsItAsACookie() {
        String token = "a-token-of-twenty-chars";
        try (EventStore store = EventStore.open(dir.resolve("token.duckdb"))) {
            // bound to every address; the requests still only go to 127.0.0.1
            WebServer server = WebServer.start(new WebServer.Options("0.0.0.0", 0, Optional.of(token),
                    WebServer.Options.DEFAULT_MAX_BODY), store, org.dyad.acceptance.TestPipeline::dyad);
            try {
                int port = server.port();
                String h = "Host: 127.0.0.1:" + port;
                assertThat(raw(port, "GET", "/api/events", h)[0]).isEqualTo("401");
                assertThat(raw(port, "GET", "/api/events", h, "Authorization: Bearer wrong-token-of-twenty")[0])
                        .isEqualTo("401");
                assertThat(raw(port, "GET", "/api/events", h, "Authorization: Bearer " + token)[0]).isEqualTo("200");
                assertThat(raw(port, "GET", "/", h)[0]).isEqualTo("200"); // pages hold no data
                String[] login = raw(port, "GET", "/?token=" + token, h);
                assertThat(login[0]).isEqualTo("302");
                assertThat(raw(port, "GET", "/api/events", h, "Cookie: dyad_token=" + token)[0]).isEqualTo("200");
            } finally {
                server.stop();
            }
        }
    }
}
