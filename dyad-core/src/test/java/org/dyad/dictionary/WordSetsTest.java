package org.dyad.dictionary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WordSetsTest {
    private static final String HEADER = "kind\tname\twords\n";

    /** The set rows of the shipped words.tsv, read as plain text (not through the loader under test). */
    private static List<String> shippedNames() throws IOException {
        try (InputStream in = WordSets.class.getClassLoader().getResourceAsStream(WordSets.RESOURCE)) {
            assertThat(in).as(WordSets.RESOURCE).isNotNull();
            List<String> names = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.startsWith("set\t")) {
                    names.add(line.split("\t")[1]);
                }
            }
            return names;
        }
    }

    @Test
    void everySetOfTheShippedFileLoadsAndHoldsWords() throws IOException {
        List<String> names = shippedNames();
        assertThat(names).hasSizeGreaterThan(20);
        assertThat(names).doesNotHaveDuplicates();
        assertThat(WordSets.names()).containsExactlyElementsOf(names);
        for (String name : names) {
            assertThat(WordSets.get(name)).as(name).isNotEmpty();
            assertThat(WordSets.list(name)).as(name).hasSameSizeAs(WordSets.get(name));
        }
    }

    @Test
    void setsKeepWordsExactlyAsWritten() {
        assertThat(WordSets.get("event.modals")).contains("'ll", "will").doesNotContain("'LL", "");
        assertThat(WordSets.get("petrarch.determiners")).contains("THE").doesNotContain("the");
        assertThat(WordSets.get("place.clause-relations")).contains("acl:relcl");
    }

    @Test
    void setsAreImmutableAndNullHostileAsSetOf() {
        Set<String> s = WordSets.get("event.modals");
        assertThatThrownBy(() -> s.add("ought")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> s.contains(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> WordSets.list("event.modals").add("ought"))
            .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void aListKeepsTheFileOrder() {
        assertThat(WordSets.list("actor.sector-order")).startsWith("GOV", "MIL", "COP").endsWith("HIN");
    }

    @Test
    void unknownNamesFailNamingTheName() {
        assertThatThrownBy(() -> WordSets.get("event.no-such-set"))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("event.no-such-set").hasMessageContaining("words.tsv");
        assertThatThrownBy(() -> WordSets.list("")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> WordSets.byKey("petrarch.no-such-map"))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("petrarch.no-such-map");
    }

    @Test
    void setsNamedPerKeyReadAsAMap() {
        Map<String, Set<String>> idioms = WordSets.byKey("petrarch.idioms");
        assertThat(idioms).containsOnlyKeys("take", "make", "pay", "give", "have");
        assertThat(idioms.get("take")).contains("place", "note");
    }

    @Test
    void multiWordEntriesApostrophesAndEscapesAreRead() {
        Map<String, List<String>> sets = WordSets.parse(new StringReader(HEADER
            + "# a.multi: words of several words\n"
            + "set\ta.multi\tprime minister|n't|'ll|a\\tb\n"), "t.tsv");
        assertThat(sets.get("a.multi")).containsExactly("prime minister", "n't", "'ll", "a\tb");
    }

    @Test
    void aSetNeedsItsCommentLineRightAboveIt() {
        assertThat(WordSets.parse(new StringReader(HEADER
            + "# ==== a section\n# a.b: what for\n#   more on it\nset\ta.b\tx\n"), "t.tsv")).containsKey("a.b");
        assertThatThrownBy(() -> WordSets.parse(new StringReader(HEADER + "set\ta.b\tx\n"), "t.tsv"))
            .hasMessageContaining("t.tsv:2").hasMessageContaining("# a.b: ");
        assertThatThrownBy(() -> WordSets.parse(new StringReader(HEADER + "# a.b: what for\n\nset\ta.b\tx\n"), "t.tsv"))
            .hasMessageContaining("t.tsv:4");
        assertThatThrownBy(() -> WordSets.parse(new StringReader(HEADER + "# a.b:\nset\ta.b\tx\n"), "t.tsv"))
            .hasMessageContaining("t.tsv:3");
    }

    @Test
    void malformedFilesFailWithFileAndLine() {
        String ok = "# a.b: what for\nset\ta.b\tx|y\n";
        assertThatThrownBy(() -> WordSets.parse(new StringReader("set\tname\n" + ok), "t.tsv"))
            .hasMessageStartingWith("t.tsv:1: header");
        assertThatThrownBy(() -> WordSets.parse(new StringReader(HEADER + ok + "# a.b: again\nset\ta.b\tz\n"), "t.tsv"))
            .hasMessageContaining("t.tsv:5").hasMessageContaining("twice");
        for (String words : new String[] {"", "x||y", "x| y", "x|y|x", "x|"}) {
            assertThatThrownBy(() -> WordSets.parse(new StringReader(HEADER + "# a.b: w\nset\ta.b\t" + words + "\n"),
                "t.tsv")).as(words).hasMessageContaining("t.tsv:3");
        }
        assertThatThrownBy(() -> WordSets.parse(new StringReader(HEADER + "# A.B: w\nset\tA.B\tx\n"), "t.tsv"))
            .hasMessageContaining("lower-case");
        assertThatThrownBy(() -> WordSets.parse(new StringReader(HEADER + "# ab: w\nset\tab\tx\n"), "t.tsv"))
            .hasMessageContaining("dot-separated");
        assertThatThrownBy(() -> WordSets.parse(new StringReader(HEADER + "# a.b: w\nmap\ta.b\tx\n"), "t.tsv"))
            .hasMessageContaining("kind must be 'set'");
        assertThatThrownBy(() -> WordSets.parse(new StringReader(HEADER + "# a.b: w\nset\ta.b\n"), "t.tsv"))
            .hasMessageContaining("3 tab-separated cells");
    }
}
