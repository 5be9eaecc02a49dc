package org.dyad.dictionary;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DictionaryChecksTest {
    private final List<DictionaryProblem> problems = new ArrayList<>();

    @Test
    void repeatedEntriesAndUnknownCodesAreReportedAtTheLaterLine() {
        VerbDictionary verbs = VerbReader.read(new StringReader("""
                --- PRAISE [051] ---
                PRAISE
                - $ * + AGAIN [051]
                - $ * + AGAIN [051]
                - $ * + ONCE [999]
                - $ * + TWICE [174K]
                """), "v.txt", problems);
        ActorDictionary actors = ActorReader.read(new StringReader("GONDOR [GON]\nROHAN [ROH]\nGONDOR [GON]\n"), "a.txt",
                problems);
        AgentDictionary agents = AgentReader.read(new StringReader("WIZARD [~WIZ]\nWIZARD [~WIZ]\n"), "g.txt", problems);
        DiscardDictionary discards = DiscardReader.read(new StringReader("+FOOTBALL\n+FOOTBALL\n"), "d.txt", problems);
        assertThat(problems).isEmpty();
        Dictionaries d = new Dictionaries(verbs, actors, agents, discards, IssueDictionary.empty(), problems);

        assertThat(DictionaryChecks.check(d)).extracting(DictionaryProblem::toString).containsExactly(
                "v.txt:4: duplicate pattern $ * + AGAIN [051] in block PRAISE (as at v.txt:3)",
                "v.txt:5: unknown event code 999 (not in the CAMEO table); kept",
                "a.txt:3: duplicate actor GONDOR [GON] (as at a.txt:1)",
                "g.txt:2: duplicate agent WIZARD_ [~WIZ] (as at g.txt:1)",
                "d.txt:2: duplicate discard FOOTBALL (story) (as at d.txt:1)");
    }

    @Test
    void unbalancedPatternsAndMalformedCodesAreSkippedNotHalfRead() {
        VerbDictionary verbs = VerbReader.read(new StringReader("""
                --- PRAISE [051] ---
                PRAISE
                - {THE $ * + [051]
                - $ * (AT + [051]
                - $ * + [9Z9]
                - $ * + [073
                - $ * + AGAIN [051]
                """), "v.txt", problems);
        assertThat(problems).extracting(DictionaryProblem::line).containsExactly(3, 4, 5, 6);
        assertThat(problems.get(0).reason()).contains("unclosed '{'");
        assertThat(problems.get(1).reason()).contains("unclosed '('");
        assertThat(problems.get(2).reason()).contains("malformed code [9Z9]");
        assertThat(verbs.blocks().get(0).patterns()).singleElement()
                .satisfies(p -> assertThat(p.text()).contains("AGAIN"));
    }

    @Test
    void aProblemQuotesAtMostAHundredAndTwentyCharactersOfALine() {
        String line = "- $ * " + "WORD ".repeat(200_000);
        DictionaryProblem p = new DictionaryProblem("f", 1, "pattern without [code]: '" + line + "'");
        assertThat(p.reason()).hasSizeLessThan(200).contains("1,000,006 characters");
        assertThat(DictionaryQuote.of(line)).hasSizeLessThan(150);
    }
}
