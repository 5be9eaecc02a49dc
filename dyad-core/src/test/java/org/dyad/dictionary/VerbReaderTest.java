package org.dyad.dictionary;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dyad.dictionary.PatternElement.Kind;
import org.junit.jupiter.api.Test;

class VerbReaderTest {
    private final List<DictionaryProblem> problems = new ArrayList<>();

    private VerbDictionary read(String text, String name) {
        return VerbReader.read(new StringReader(text), name, problems);
    }

    private static VerbBlock block(VerbDictionary d, String name) {
        return d.blocks().stream().filter(b -> b.name().equals(name)).findFirst().orElseThrow();
    }

    private static PatternElement word(String w) {
        return new PatternElement(Kind.WORD, w, false, false);
    }

    private static PatternElement of(Kind kind) {
        return new PatternElement(kind, "", false, false);
    }

    @Test
    void aMalformedLineIsReportedByFileAndLineAndSkipped() {
        VerbDictionary d = read(PetrarchTexts.VERBS_PETRARCH2, "middle.verbs.txt");
        assertThat(problems).extracting(DictionaryProblem::toString)
            .containsExactly("middle.verbs.txt:11: verb marker * in a synonym set");
        assertThat(d.synset("&GEM").orElseThrow()).containsExactly(List.of(word("ARKENSTONE")), List.of(word("SILMARIL")));
        assertThat(d.blocks()).extracting(VerbBlock::name).containsExactly("PLEDGE", "RETREAT");
        assertThat(d.patternCount()).isEqualTo(5);
    }

    @Test
    void synonymSetsHoldWordsPhrasesAndOtherSets() {
        VerbDictionary d = read(PetrarchTexts.VERBS_PETRARCH2, "middle.verbs.txt");
        assertThat(d.synset("&TREASURE").orElseThrow()).containsExactly(
            List.of(word("MITHRIL")),
            List.of(new PatternElement(Kind.WORD, "GOLD", true, false)),
            List.of(new PatternElement(Kind.SYNSET, "&GEM", false, false)),
            List.of(word("DRAGON"), word("HOARD")));
        assertThat(d.synset("&NONE")).isEmpty();
    }

    @Test
    void blockVerbsHaveRegularAndIrregularFormsAndTheirOwnCode() {
        VerbBlock pledge = block(read(PetrarchTexts.VERBS_PETRARCH2, "middle.verbs.txt"), "PLEDGE");
        assertThat(pledge.code()).isEqualTo(VerbCode.parse("051"));
        assertThat(pledge.file()).isEqualTo("middle.verbs.txt");
        assertThat(pledge.line()).isEqualTo(13);
        VerbEntry vow = pledge.verbs().get(1);
        assertThat(vow.words()).containsExactly("VOW");
        assertThat(vow.forms()).containsExactlyInAnyOrder("VOW", "VOWS", "VOWED", "VOWING");
        VerbEntry swear = pledge.verbs().get(2);
        assertThat(swear.words()).containsExactly("SWEAR", "IN");
        assertThat(swear.headWord()).isEqualTo("SWEAR");
        assertThat(swear.forms()).contains("SWEAR", "SWEARS", "SWORE", "SWORN");
        VerbEntry word = pledge.verbs().get(3);
        assertThat(word.words()).containsExactly("GIVE", "WORD");
        assertThat(word.head()).isEqualTo(1);
        assertThat(word.code()).contains(VerbCode.parse("052"));
        assertThat(pledge.verbs().get(0).code()).isEmpty();
        assertThat(pledge.verbs().get(0).line()).isEqualTo(14);
    }

    @Test
    void petrarch2PatternsDropGroupsAndMarkSourceTargetAndSkips() {
        VerbBlock pledge = block(read(PetrarchTexts.VERBS_PETRARCH2, "middle.verbs.txt"), "PLEDGE");
        VerbPattern tribute = pledge.patterns().get(0);
        assertThat(tribute.pre()).containsExactly(of(Kind.SOURCE));
        assertThat(tribute.post()).containsExactly(of(Kind.TARGET), word("OF"),
            new PatternElement(Kind.SYNSET, "&TREASURE", false, false));
        assertThat(tribute.code()).isEqualTo(new VerbCode("071", Optional.empty()));
        assertThat(tribute.rule()).isEqualTo("middle.verbs.txt:18 - $ * + (OF &TREASURE)                  [071]");

        VerbPattern skip = pledge.patterns().get(1);
        assertThat(skip.post()).containsExactly(word("ORCS"), of(Kind.SKIP), word("LEGIONS"), of(Kind.TARGET));
        assertThat(skip.code().isNull()).isTrue();

        VerbPattern help = pledge.patterns().get(2);
        assertThat(help.code()).isEqualTo(new VerbCode("032", Optional.of("033")));
        assertThat(help.code().toString()).isEqualTo("032:033");
        assertThat(help.post()).containsExactly(word("TO"), word("HELP"), of(Kind.TARGET));

        VerbPattern gem = pledge.patterns().get(3);
        assertThat(gem.pre()).containsExactly(new PatternElement(Kind.SYNSET, "&GEM", false, false));
        assertThat(gem.verbAdjacentBefore()).isTrue();
    }

    @Test
    void transformationsAreKeptAsWritten() {
        VerbDictionary d = read(PetrarchTexts.VERBS_PETRARCH2, "middle.verbs.txt");
        assertThat(d.transformations()).containsExactly(new Transformation("a (a b ATTACK) SAY", "a b 015", 28));
    }

    @Test
    void nestedSynonymSetsMayBeDefinedAfterTheirUseButNotLeftUndefined() {
        VerbDictionary d = read("""
            &OUTER
            +&INNER
            &INNER
            +ONE
            --- GO [010] ---
            GO
            - * &MISSING [011]
            """, "sets.txt");
        assertThat(d.synset("&OUTER").orElseThrow())
            .containsExactly(List.of(new PatternElement(Kind.SYNSET, "&INNER", false, false)));
        assertThat(problems).extracting(DictionaryProblem::toString)
            .containsExactly("sets.txt:7: unknown synonym set &MISSING");
        assertThat(d.patternCount()).isEqualTo(1);
    }

    @Test
    void tabariSyntaxJoinsWordsToTheVerbAndSkipsXmlComments() {
        VerbDictionary d = read(PetrarchTexts.VERBS_TABARI, "tabari.verbs.txt");
        assertThat(problems).extracting(DictionaryProblem::toString)
            .containsExactly("tabari.verbs.txt:9: pattern without [code]: '- $ * TOWARD'");
        VerbBlock ride = block(d, "RIDE");
        assertThat(ride.line()).isEqualTo(4);
        assertThat(ride.verbs().get(0).forms()).contains("RIDE", "RODE", "RIDDEN", "RIDING", "RIDES");
        List<VerbPattern> p = ride.patterns();
        assertThat(p).hasSize(4);

        assertThat(p.get(0).pre()).containsExactly(word("IN"));
        assertThat(p.get(0).verbAdjacentBefore()).isTrue();
        assertThat(p.get(0).verbAdjacentAfter()).isFalse();

        assertThat(p.get(1).post()).containsExactly(new PatternElement(Kind.WORD, "OUT", false, true));
        assertThat(p.get(1).verbAdjacentAfter()).isTrue();
        assertThat(p.get(1).verbAdjacentBefore()).isFalse();

        assertThat(p.get(2).pre()).containsExactly(of(Kind.COMPOUND));
        assertThat(p.get(2).code().toString()).isEqualTo("030:030");

        assertThat(p.get(3).post()).containsExactly(word("TO"), new PatternElement(Kind.WORD, "ROHAN", true, true),
            of(Kind.TARGET));
        assertThat(p.get(3).line()).isEqualTo(10);
    }

    @Test
    void lookupFindsAVerbByAnyForm() {
        VerbDictionary d = read(PetrarchTexts.VERBS_PETRARCH2, "middle.verbs.txt");
        assertThat(d.lookup("withdrew")).extracting(h -> h.block().name()).containsExactly("RETREAT");
        assertThat(d.lookup("sworn")).extracting(h -> h.entry().headWord()).containsExactly("SWEAR");
    }

    @Test
    void aBlockHeaderWithoutACodeIsAProblem() {
        VerbDictionary d = read("""
            --- MARCH ---
            MARCH
            --- HALT [---] ---
            HALT
            """, "bad.txt");
        assertThat(problems).extracting(DictionaryProblem::toString)
            .containsExactly("bad.txt:1: block header without [code]: '--- MARCH ---'",
                "bad.txt:2: not a pattern, verb, synonym set or block header: 'MARCH'");
        assertThat(d.blocks()).extracting(VerbBlock::name).containsExactly("HALT");
    }
}
