package org.dyad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code dyad dict import} and {@code dyad dict check}, in-process, on a small PETRARCH fixture. */
class DictCommandTest {
    record Run(int exit, String out, String err) {}

    static Run run(String... args) {
        CommandLine cl = Main.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int exit = cl.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    /** A PETRARCH config and its five dictionaries, one bad line among them (the agents file's line 3). */
    static Path fixture(Path dir) throws IOException {
        Files.writeString(dir.resolve("shire.verbs.txt"), """
            &PIPEWEED
            +LONGBOTTOM_LEAF
            +OLD_TOBY

            --- TRADE [061] ---
            TRADE
            SELL {SOLD}
            - $ * &PIPEWEED (TO +)   [061]
            - $ * + [---]
            """);
        Files.writeString(dir.resolve("shire.actors.txt"), """
            SHIRE_ [SHI]
            +HOBBITON
            BREE [BRE 14190101-14191231] [BRE]
            """);
        Files.writeString(dir.resolve("shire.agents.txt"), """
            MAYOR [~GOV]
            SHIRRIFF {SHIRRIFFS} [~COP]
            BOUNDER [COP]
            """);
        Files.writeString(dir.resolve("shire.discards.txt"), "+ THE_SHIRE_POST\nBIRTHDAY_PARTY\n");
        Files.writeString(dir.resolve("shire.issues.txt"), """
            <ISSUE CATEGORY="FARMING" TYPE="NOUN">
            n:mushroom [FARM]
            </ISSUE>
            """);
        Path ini = dir.resolve("PETR_config.ini");
        Files.writeString(ini, """
            [Dictionaries]
            verbfile_name    = shire.verbs.txt
            actorfile_list   = shire.actors.txt
            agentfile_name   = shire.agents.txt
            discardfile_name = shire.discards.txt
            issuefile_name   = shire.issues.txt
            """);
        return ini;
    }

    @Test
    void importWritesTheTsvFilesAndReportsProblemsByLine(@TempDir Path dir) throws IOException {
        Path ini = fixture(dir);
        Path out = dir.resolve("own");
        Run r = run("dict", "import", "--petrarch-config", ini.toString(), "--out", out.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.err()).contains("shire.agents.txt:3: agent code needs a ~ before or after it: [COP]");
        assertThat(r.out()).contains("verbs     1 blocks, 2 verbs, 2 patterns, 1 synonym sets (2 alternatives)",
                "actors    2 actors, 3 phrases (3 distinct), 3 codes (1 dated)",
                "agents    4 phrases", "discards  2 phrases (1 story-level)", "issues    1 phrases (0 exclusions)",
                "problems  1", "checked   the written files read back the same");
        assertThat(Files.readAllLines(out.resolve("actors.tsv"))).containsExactly(
                "actor\tphrase\tcode\tfrom\tto\tsource",
                "SHIRE_\tSHIRE_\tSHI\t\t\tshire.actors.txt:1",
                "SHIRE_\tHOBBITON\tSHI\t\t\tshire.actors.txt:1",
                "BREE\tBREE\tBRE\t1419-01-01\t1419-12-31\tshire.actors.txt:3",
                "BREE\tBREE\tBRE\t\t\tshire.actors.txt:3");
        assertThat(Files.readString(out.resolve("verbs.tsv")))
                .contains("pattern\tTRADE\t061\t$ * &PIPEWEED TO +\t\t- $ * &PIPEWEED (TO +)   [061]\tshire.verbs.txt:8\n");

        Run check = run("dict", "check", "--own", out.toString());
        assertThat(check.exit()).as(check.err()).isZero();
        assertThat(check.err()).isEmpty();
        assertThat(check.out()).contains("verbs     1 blocks, 2 verbs, 2 patterns", "problems  0");
    }

    @Test
    void importingTwiceGivesTheSameBytes(@TempDir Path dir) throws IOException {
        fixture(dir);
        assertThat(run("dict", "import", "--dictionaries", dir.toString(), "--out", dir.resolve("a").toString()).exit())
                .isZero();
        assertThat(run("dict", "import", "--dictionaries", dir.toString(), "--out", dir.resolve("b").toString()).exit())
                .isZero();
        for (String f : new String[] {"verbs.tsv", "actors.tsv", "agents.tsv", "discards.tsv", "issues.tsv"}) {
            assertThat(Files.readString(dir.resolve("b").resolve(f))).isEqualTo(Files.readString(dir.resolve("a").resolve(f)));
        }
    }

    @Test
    void checkReportsProblemsAsWarnings(@TempDir Path dir) throws IOException {
        Run r = run("dict", "check", "--petrarch-config", fixture(dir).toString());
        assertThat(r.exit()).isZero();
        assertThat(r.err()).isEqualTo("shire.agents.txt:3: agent code needs a ~ before or after it: [COP]\n");
    }

    @Test
    void aDictionaryFileThatCannotBeReadStopsTheImport(@TempDir Path dir) throws IOException {
        Path ini = fixture(dir);
        Files.delete(dir.resolve("shire.issues.txt"));
        Run r = run("dict", "import", "--petrarch-config", ini.toString(), "--out", dir.resolve("own").toString());
        assertThat(r.exit()).isEqualTo(ExitCodes.INPUT_ERRORS);
        assertThat(r.err()).contains("shire.issues.txt:0: cannot read", "nothing written");
        assertThat(dir.resolve("own")).doesNotExist();
    }

    @Test
    void checkReadsDyadsOwnFormatAsCodeDoesAndReportsWhatCodeReports(@TempDir Path dir) throws IOException {
        Path own = dir.resolve("own");
        Files.createDirectories(own);
        Files.writeString(own.resolve("verbs.tsv"), String.join("\n",
                "kind\tname\tcode\tmatch\tforms\ttext\tsource",
                "block\tBEFRIEND\t051\t\t\t\t",
                "verb\tBEFRIEND\t\tBEFRIEND\t\t\t",
                "pattern\tBEFRIEND\t9Z9\t$ * +\t\t\t",
                "pattern\tBEFRIEND\t051\t$ * { +\t\t\t",
                "pattern\tBEFRIEND\t051\t$ * +\t\t\t",
                "pattern\tBEFRIEND\t051\t$ * +\t\t\t",
                "pattern\tBEFRIEND\t999\t$ * AGAIN\t\t\t", ""));
        Run check = run("dict", "check", "--dictionaries", own.toString());
        assertThat(check.exit()).isZero();
        assertThat(check.err()).contains("verbs.tsv:4: malformed code [9Z9]", "verbs.tsv:5: bad pattern element '{'",
                "verbs.tsv:7: duplicate pattern", "verbs.tsv:8: unknown event code 999");
        Path articles = dir.resolve("a.jsonl");
        Files.writeString(articles, "{\"id\": \"g\", \"text\": \"Gondor befriended Arnor.\"}\n");
        Run code = run("code", "--dictionaries", own.toString(), articles.toString());
        for (String line : check.err().lines().toList()) {
            assertThat(code.err()).contains(line);
        }
    }

    @Test
    void aHugeBadLineIsQuotedShort(@TempDir Path dir) throws IOException {
        Path petr = dir.resolve("petr");
        Files.createDirectories(petr);
        Files.writeString(petr.resolve("huge.verbs.txt"), "--- PRAISE [051] ---\nPRAISE\n- $ * + " + "X ".repeat(500_000)
                + "[9Z9]\n- {THE $ * + [051]\n");
        Run check = run("dict", "check", "--dictionaries", petr.toString());
        assertThat(check.err().lines()).hasSize(2).allSatisfy(l -> assertThat(l).hasSizeLessThan(300));
        assertThat(check.err()).contains("huge.verbs.txt:3: malformed code", "huge.verbs.txt:4: unclosed '{'");
    }

    @Test
    void badUsageIsExitCodeTwo(@TempDir Path dir) {
        assertThat(run("dict", "import", "--out", dir.toString()).exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(run("dict", "import", "--petrarch-config", "a.ini", "--dictionaries", "d", "--out", "o").exit())
                .isEqualTo(ExitCodes.USAGE);
        Run missing = run("dict", "check", "--own", dir.resolve("nowhere").toString());
        assertThat(missing.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(missing.err()).contains("no such folder");
        assertThat(run("dict").exit()).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void checkWithoutOptionsChecksTheBuiltInDictionaries() {
        Run r = run("dict", "check");
        assertThat(r.exit()).as(r.err()).isZero();
        // PETRARCH2's production dictionaries repeat some entries exactly and use a few codes CAMEO lacks: warnings
        assertThat(r.err().lines()).allSatisfy(l -> assertThat(l).containsPattern(": (duplicate|unknown event code)"));
        assertThat(r.out()).containsPattern("problems  \\d+");
        assertThat(r.out()).containsPattern("verbs     \\d{3} blocks, \\d+ verbs, \\d{4} patterns");
    }
}
