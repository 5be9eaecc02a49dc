package org.dyad.spark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The comparison corpus, built at run time in a test's temporary folder from ../shared (never copied into the
 * project): the texts of ../shared/dev (PLOVER's gold records as they are, ConfliBERT's sentences as JSONL articles,
 * two in three of them dated in November 2017 so that mentions merge across articles) and the seed article, plus what
 * tests the reading rules: an HTML page repeating a PLOVER record's text (the later one in reading order is kept), a
 * repeated id (it becomes {@code #2}), a hidden folder and a file of another extension (both skipped).
 */
final class DevInputs {
    private DevInputs() {}

    private static final ObjectMapper JSON = new ObjectMapper();

    /** ../shared when it holds the dev texts and the seed. */
    static Optional<Path> shared() {
        String p = System.getProperty("dyad.shared", "../../shared");
        Path shared = Path.of(p).toAbsolutePath().normalize();
        return Files.isRegularFile(shared.resolve("dev/plover-gsr-dev.jsonl"))
                && Files.isRegularFile(shared.resolve("dev/conflibert-cameo-class-train.tsv"))
                && Files.isDirectory(shared.resolve("seed")) ? Optional.of(shared) : Optional.empty();
    }

    /** Writes the corpus under {@code in}: the first {@code limit} records of each dev file (all when 0). */
    static Path write(Path shared, Path in, int limit) throws IOException {
        Files.createDirectories(in.resolve("html"));
        Files.createDirectories(in.resolve("seed"));
        Files.createDirectories(in.resolve(".hidden"));
        List<String> plover = Files.readAllLines(shared.resolve("dev/plover-gsr-dev.jsonl"), StandardCharsets.UTF_8);
        plover = plover.subList(0, limit > 0 ? Math.min(limit, plover.size()) : plover.size());
        Files.write(in.resolve("plover.jsonl"), plover, StandardCharsets.UTF_8);
        JsonNode first = JSON.readTree(plover.get(0));
        Files.writeString(in.resolve("html/page-0.html"), "<html><head><title>PLOVER record</title>"
                + "<meta property=\"article:published_time\" content=\"" + first.get("date").asText() + "\"></head>"
                + "<body><p>" + first.get("text").asText().replace("&", "&amp;").replace("<", "&lt;") + "</p></body>"
                + "</html>", StandardCharsets.UTF_8);
        List<String> sentences = new ArrayList<>();
        for (String line : Files.readAllLines(shared.resolve("dev/conflibert-cameo-class-train.tsv"),
                StandardCharsets.UTF_8)) {
            String text = line.split("\t", -1)[0];
            if (!text.isBlank()) {
                sentences.add(text);
            }
        }
        int n = limit > 0 ? Math.min(limit, sentences.size() - 1) : sentences.size() - 1;
        List<String> conflibert = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            conflibert.add(record("cc" + i, sentences.get(i), i % 3 == 2 ? null : "2017-11-0" + (1 + i % 5)));
        }
        Files.write(in.resolve("conflibert.jsonl"), conflibert, StandardCharsets.UTF_8);
        Files.writeString(in.resolve("repeat.jsonl"), record("cc1", sentences.get(n), "2017-11-02") + "\n",
                StandardCharsets.UTF_8);
        try (var seeds = Files.newDirectoryStream(shared.resolve("seed"), "*.txt")) {
            for (Path seed : seeds) {
                Files.copy(seed, in.resolve("seed").resolve(seed.getFileName()));
            }
        }
        Files.writeString(in.resolve(".hidden/skipped.txt"), "Russia attacked Ukraine on Monday.");
        Files.writeString(in.resolve("notes.md"), "Russia attacked Ukraine on Monday.");
        return in;
    }

    private static String record(String id, String text, String date) throws IOException {
        ObjectNode o = JSON.createObjectNode().put("id", id).put("text", text);
        if (date != null) {
            o.put("date", date);
        }
        return JSON.writeValueAsString(o);
    }
}
