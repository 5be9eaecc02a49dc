package org.dyad.dictionary;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

/**
 * Fuzz tests of the dictionary readers: whatever a dictionary file holds, a reader never throws, it reports what it
 * cannot read as {@code file:line: reason} with a short reason, and {@link DictionaryChecks} never throws on what
 * was read. Plain test runs replay {@code DictionaryReadersFuzzTestInputs/}; {@code JAZZER_FUZZ=1} fuzzes.
 */
class DictionaryReadersFuzzTest {

    @FuzzTest(maxDuration = "10s")
    void petrarchFormats(FuzzedDataProvider data) {
        String text = data.consumeRemainingAsString();
        List<DictionaryProblem> problems = new ArrayList<>();
        Dictionaries d = new Dictionaries(VerbReader.read(new StringReader(text), "v", problems),
                ActorReader.read(new StringReader(text), "a", problems),
                AgentReader.read(new StringReader(text), "g", problems),
                DiscardReader.read(new StringReader(text), "d", problems),
                IssueReader.read(new StringReader(text), "i", problems), problems);
        problems.addAll(DictionaryChecks.check(d));
        check(problems);
    }

    @FuzzTest(maxDuration = "10s")
    void dyadFormat(FuzzedDataProvider data) {
        String text = data.consumeRemainingAsString();
        List<DictionaryProblem> problems = new ArrayList<>();
        for (String header : List.of(String.join("\t", VerbsTsv.HEADER), String.join("\t", ActorsTsv.HEADER))) {
            String file = header + "\n" + text;
            VerbDictionary v = VerbsTsv.read(new StringReader(file), "verbs.tsv", problems);
            ActorDictionary a = ActorsTsv.read(new StringReader(file), "actors.tsv", problems);
            problems.addAll(DictionaryChecks.check(new Dictionaries(v, a, AgentDictionary.empty(),
                    DiscardDictionary.empty(), IssueDictionary.empty(), List.of())));
        }
        check(problems);
    }

    private static void check(List<DictionaryProblem> problems) {
        for (DictionaryProblem p : problems) {
            assertThat(p.line()).isNotNegative();
            assertThat(p.reason().length()).as(p.reason()).isLessThan(600);
        }
    }
}
