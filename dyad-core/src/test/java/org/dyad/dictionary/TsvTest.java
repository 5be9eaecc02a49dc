package org.dyad.dictionary;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TsvTest {
    @Test
    void escapesRoundTrip() {
        for (String s : new String[] {"", "plain", "a\tb", "line\nbreak\r", "back\\slash", "\\t literally"}) {
            assertThat(Tsv.unescape(Tsv.escape(s))).isEqualTo(s);
            assertThat(Tsv.escape(s)).doesNotContain("\t", "\n", "\r");
        }
    }

    @Test
    void rowsAreWrittenAndReadWithTheirLineNumbers() throws Exception {
        StringWriter w = new StringWriter();
        Tsv.Out out = new Tsv.Out(w, List.of("a", "b"));
        out.row("1", "x\ty");
        out.row("", "");
        assertThat(w.toString()).isEqualTo("a\tb\n1\tx\\ty\n\t\n");
        List<DictionaryProblem> problems = new ArrayList<>();
        List<Tsv.Row> rows = Tsv.read(new StringReader("\uFEFFa\tb\r\n1\tx\\ty\r\n\n\t\nonly-one\n"), "t.tsv",
            List.of("a", "b"), problems);
        assertThat(rows).containsExactly(new Tsv.Row(2, List.of("1", "x\ty")), new Tsv.Row(4, List.of("", "")));
        assertThat(problems).extracting(DictionaryProblem::toString)
            .containsExactly("t.tsv:5: expected 2 tab-separated cells, found 1");
    }

    @Test
    void sourceCellsNameAFileAndLine() {
        assertThat(Tsv.source("CAMEO.2.0.txt:1204", "verbs.tsv", 9)).isEqualTo(new Tsv.Source("CAMEO.2.0.txt", 1204));
        assertThat(Tsv.source("C:\\dicts\\a.txt:3", "verbs.tsv", 9)).isEqualTo(new Tsv.Source("C:\\dicts\\a.txt", 3));
        assertThat(Tsv.source("", "verbs.tsv", 9)).isEqualTo(new Tsv.Source("verbs.tsv", 9));
    }
}
