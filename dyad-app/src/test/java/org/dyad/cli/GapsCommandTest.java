package org.dyad.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dyad.cli.CodeCommandTest.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.dyad.cli.CodeCommandTest.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code dyad gaps} end to end, in-process, with the real pipeline, on {@code gaps-corpus.jsonl} (our own writing:
 * four articles with two people no dictionary knows, placed by their titles in one sentence and acting in another,
 * and three verbs no dictionary has): the lists, and the acceptance of issue 16, that five of the suggested lines,
 * their codes filled in, make those sentences code with {@code --dictionaries}.
 */
class GapsCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The sentences the five lines are for, and the event each must then give: source, CAMEO code, target. */
    private static final Map<String, String> EXPECTED = new LinkedHashMap<>();

    static {
        EXPECTED.put("Kenya upbraided Uganda over the closure of the border on Monday.", "KEN 111 UGA");
        EXPECTED.put("Tanzania taunted Rwanda over its failed bid to host the regional bank.", "TZA 111 RWA");
        EXPECTED.put("Ghana befriended Togo during the regional summit.", "GHA 050 TGO");
        EXPECTED.put("Zawadi Mwangaza praised Uganda for its help.", "KENGOV 051 UGA");
        EXPECTED.put("Okello Kabaziguruka accused Kenya of meddling in the election.", "UGAOPP 112 KEN");
    }

    @TempDir Path dir;

    private Path corpus() throws IOException {
        Path p = dir.resolve("gaps-corpus.jsonl");
        try (InputStream in = GapsCommandTest.class.getResourceAsStream("gaps-corpus.jsonl")) {
            Files.write(p, in.readAllBytes());
        }
        return p;
    }

    /** Evidence sentence to the events coded from it ("KEN 111 UGA"), from JSONL output. */
    private static Map<String, Set<String>> events(Run r) throws IOException {
        assertThat(r.exit()).as(r.err()).isZero();
        Map<String, Set<String>> out = new LinkedHashMap<>();
        for (String line : r.out().split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode e = JSON.readTree(line);
            out.computeIfAbsent(e.at("/evidence/text").asText(), k -> new TreeSet<>()).add(e.at("/source/code").asText()
                    + " " + e.get("cameo").asText() + " " + e.at("/target/code").asText());
        }
        return out;
    }

    /** The rows of {@code --format tsv}: list, name, code, and the line(s) unescaped. */
    private static List<String[]> tsv(Run r) {
        assertThat(r.exit()).as(r.err()).isZero();
        List<String> lines = r.out().lines().toList();
        assertThat(lines.get(0)).isEqualTo(GapsOutput.TSV_HEADER);
        List<String[]> rows = new ArrayList<>();
        for (String l : lines.subList(1, lines.size())) {
            String[] cells = l.split("\t", -1);
            assertThat(cells).hasSize(10);
            rows.add(cells);
        }
        return rows;
    }

    @Test
    void fiveSuggestedLinesWithTheirCodesFilledInMakeThoseSentencesCode() throws IOException {
        Path corpus = corpus();
        for (Run before : List.of(run("code", corpus.toString(), "--format", "jsonl"),
                run("code", corpus.toString(), "--coder", "petrarch", "--format", "jsonl"))) {
            // not the events the lines are for (a person no list places is at most the catch-all doer, CVL)
            Map<String, Set<String>> coded = events(before);
            EXPECTED.forEach((sentence, event) -> assertThat(coded.getOrDefault(sentence, Set.of())).as(sentence)
                    .doesNotContain(event).allSatisfy(e -> assertThat(e).doesNotStartWith("UGA")));
        }

        Path suggested = dir.resolve("suggested");
        List<String[]> rows = tsv(run("gaps", corpus.toString(), "--format", "tsv", "--out", suggested.toString()));
        Map<String, String> codes = new LinkedHashMap<>();
        rows.forEach(r -> codes.put(r[0] + " " + r[2], r[6]));
        assertThat(codes).containsEntry("actor Zawadi Mwangaza", "KENGOV").containsEntry("actor Okello Kabaziguruka", "UGAOPP")
                .containsEntry("verb upbraid", "???").containsEntry("verb taunt", "???").containsEntry("verb befriend", "???");
        String[] zawadi = rows.stream().filter(r -> r[2].equals("Zawadi Mwangaza")).findFirst().orElseThrow();
        assertThat(zawadi[3]).as("mentions: once with his title, once acting").isEqualTo("2");
        assertThat(zawadi[7]).contains("Kenyan").contains("Foreign Minister");
        assertThat(zawadi[8]).contains("g2#1: Kenyan Foreign Minister Zawadi Mwangaza");
        assertThat(zawadi[9]).isEqualTo("ZAWADI_MWANGAZA_\\tZAWADI_MWANGAZA_\\tKENGOV\\t\\t\\t");

        // the user keeps five suggestions from the files --out wrote, and writes the CAMEO codes for the verbs
        List<String> actors = Files.readAllLines(suggested.resolve("actors.tsv"));
        List<String> verbs = Files.readAllLines(suggested.resolve("verbs.tsv"));
        Map<String, String> cameo = Map.of("UPBRAID", "111", "TAUNT", "111", "BEFRIEND", "050");
        List<String> keptActors = new ArrayList<>(List.of(actors.get(0)));
        actors.stream().filter(l -> l.startsWith("ZAWADI_MWANGAZA_\t") || l.startsWith("OKELLO_KABAZIGURUKA_\t"))
                .forEach(keptActors::add);
        List<String> keptVerbs = new ArrayList<>(List.of(verbs.get(0)));
        for (String l : verbs) {
            String[] c = l.split("\t", -1);
            if (c.length == 7 && cameo.containsKey(c[1])) {
                keptVerbs.add(c[0].equals("block") ? l.replace("\t???\t", "\t" + cameo.get(c[1]) + "\t") : l);
            }
        }
        assertThat(keptActors).hasSize(3);
        assertThat(keptVerbs).hasSize(7).noneMatch(l -> l.contains("???"));
        Path mine = dir.resolve("mine");
        Files.createDirectories(mine);
        Files.write(mine.resolve("actors.tsv"), keptActors);
        Files.write(mine.resolve("verbs.tsv"), keptVerbs);

        Map<String, Set<String>> after = events(run("code", corpus.toString(), "--dictionaries", mine.toString(),
                "--format", "jsonl"));
        EXPECTED.forEach((sentence, event) -> assertThat(after.get(sentence)).as(sentence).contains(event));

        JsonNode left = JSON.readTree(run("gaps", corpus.toString(), "--dictionaries", mine.toString(), "--format", "json").out());
        List<String> names = new ArrayList<>();
        left.at("/actors/rows").forEach(r -> names.add(r.get("name").asText()));
        left.at("/verbs/rows").forEach(r -> names.add(r.get("verb").asText()));
        assertThat(names).doesNotContain("Zawadi Mwangaza", "Okello Kabaziguruka", "upbraid", "taunt", "befriend");
    }

    @Test
    void theTableShowsBothListsAndTheReadyLines() throws IOException {
        Run r = run("gaps", corpus().toString(), "--top", "2");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("Dictionary gaps in 4 articles (8 sentences)")
                .contains("Unknown actors: 2 names in 4 mentions").contains("Uncoded verbs: 3 verbs in 4 clauses")
                .contains("(the 2 most frequent below)")
                .contains("actor\tphrase\tcode\tfrom\tto\tsource\n")
                .contains("kind\tname\tcode\tmatch\tforms\ttext\tsource\n")
                .contains("block\tBEFRIEND\t???\t\t\t\t\nverb\tBEFRIEND\t\tBEFRIEND\t\t\t\n")
                .contains("GHA>BEN 1, GHA>TGO 1");
    }

    @Test
    void aStoresArticlesGiveTheGapsTheirFilesGive() throws IOException {
        Path corpus = corpus();
        Path db = dir.resolve("g.duckdb");
        Run ingest = run("ingest", corpus.toString(), "--db", db.toString(), "--progress", "none");
        assertThat(ingest.exit()).as(ingest.err()).isZero();
        Run fromStore = run("gaps", "--db", db.toString(), "--format", "json");
        Run fromFiles = run("gaps", corpus.toString(), "--format", "json");
        assertThat(fromStore.exit()).as(fromStore.err()).isZero();
        assertThat(JSON.readTree(fromStore.out())).isEqualTo(JSON.readTree(fromFiles.out()));
        assertThat(JSON.readTree(fromStore.out()).get("articles").asInt()).isEqualTo(4);
    }

    @Test
    void badUsageIsRefusedAndAnUnreadableInputNamed() throws IOException {
        Run none = run("gaps");
        assertThat(none.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(none.err()).contains("PATH... or --db FILE");
        assertThat(run("gaps", "x.txt", "--format", "xml").exit()).isEqualTo(ExitCodes.USAGE);
        Path taken = dir.resolve("taken");
        Files.createDirectories(taken);
        Files.writeString(taken.resolve("verbs.tsv"), "mine\n");
        Run over = run("gaps", corpus().toString(), "--out", taken.toString());
        assertThat(over.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(over.err()).contains("verbs.tsv is there already");
        assertThat(Files.readString(taken.resolve("verbs.tsv"))).isEqualTo("mine\n");
        Run missing = run("gaps", "--db", dir.resolve("none.duckdb").toString());
        assertThat(missing.exit()).isEqualTo(ExitCodes.INPUT_ERRORS);
        assertThat(missing.err()).contains("no store at");
        Run partly = run("gaps", corpus().toString(), dir.resolve("missing.txt").toString(), "--format", "json");
        assertThat(partly.exit()).isEqualTo(ExitCodes.INPUT_ERRORS);
        assertThat(partly.err()).contains("missing.txt");
        assertThat(JSON.readTree(partly.out()).get("articles").asInt()).isEqualTo(4);
    }
}
