package org.dyad.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class TriggerLexiconTest {

    private static TriggerLexicon parse(String text) throws IOException {
        return TriggerLexicon.parse(new BufferedReader(new StringReader(text)), "test.tsv");
    }

    @Test
    void shippedLexiconLoads() {
        TriggerLexicon lex = TriggerLexicon.defaults();
        assertThat(lex.size()).isGreaterThan(100);
        assertThat(TriggerLexicon.defaults()).isSameAs(lex);
    }

    @Test
    void shippedLexiconCoversEveryCameoRoot() {
        List<String> roots = IntStream.rangeClosed(1, 20).mapToObj(i -> String.format("%02d", i)).toList();
        assertThat(TriggerLexicon.defaults().roots()).containsAll(roots);
    }

    @Test
    void signWithAnAgreementIsTriedFirst() {
        List<Trigger> sign = TriggerLexicon.defaults().lookup("verb", "sign");
        assertThat(sign).isNotEmpty();
        Trigger first = sign.get(0);
        assertThat(first.code()).isEqualTo("057");
        assertThat(first.objects()).contains("agreement", "treaty");
        assertThat(first.reciprocal()).isTrue();
        assertThat(first.line()).startsWith("org/dyad/event/triggers.tsv:");
        assertThat(first.ruleName()).startsWith("trigger:verb sign +").contains("-> 057 (org/dyad/event/triggers.tsv:");
    }

    @Test
    void lookupIsCaseInsensitiveAndEmptyForUnknownWords() {
        TriggerLexicon lex = TriggerLexicon.defaults();
        assertThat(lex.lookup("verb", "Attack")).extracting(Trigger::code).contains("190");
        assertThat(lex.lookup("verb", "xyzzy")).isEmpty();
        assertThat(lex.lookup("noun", "sign")).allSatisfy(t -> assertThat(t.kind()).isEqualTo("noun"));
    }

    @Test
    void specificEntriesComeFirstWhateverTheFileOrder() throws IOException {
        TriggerLexicon lex = parse("""
                # comment line
                verb\tcall\t-\t020\t-
                verb\tcall\tprt=on\t020\t-   # trailing comment
                verb\tcall\tobj=meeting,prt=for\t020\t-
                verb\tsign\t-\t057
                verb\tsign\tobj=agreement|treaty\t057\trecip
                noun\tvisit\t-\t042\thost=043,partner
                """);
        assertThat(lex.size()).isEqualTo(6);
        assertThat(lex.lookup("verb", "call")).extracting(Trigger::line)
                .containsExactly("test.tsv:4", "test.tsv:3", "test.tsv:2");
        assertThat(lex.lookup("verb", "sign")).extracting(Trigger::line).containsExactly("test.tsv:6", "test.tsv:5");
        Trigger visit = lex.lookup("noun", "visit").get(0);
        assertThat(visit.hostCode()).isEqualTo(Optional.of("043"));
        assertThat(visit.partner()).isTrue();
        assertThat(visit.solo()).isFalse();
        assertThat(lex.roots()).containsExactlyInAnyOrder("02", "05", "04");
    }

    @Test
    void threeFieldsFailWithFileAndLine() {
        assertThatThrownBy(() -> parse("verb\tattack\t-\t190\t-\n\nverb\tattack\t190\n"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("test.tsv:3:")
                .hasMessageContaining("fields");
    }

    @Test
    void unknownCameoCodeFailsWithFileAndLine() {
        assertThatThrownBy(() -> parse("verb\tattack\t-\t190\t-\nverb\tattack\t-\t999\t-\n"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("test.tsv:2:")
                .hasMessageContaining("999");
    }

    @Test
    void unknownOptionFailsWithFileAndLine() {
        assertThatThrownBy(() -> parse("verb\tattack\t-\t190\tloud\n"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("test.tsv:1:")
                .hasMessageContaining("loud");
        assertThatThrownBy(() -> parse("noun\tvisit\t-\t042\thost=999\n"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("test.tsv:1:");
    }

    @Test
    void unknownKindFailsWithFileAndLine() {
        assertThatThrownBy(() -> parse("verb\tattack\t-\t190\t-\nadjective\thostile\t-\t190\t-\n"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("test.tsv:2");
    }

    @Test
    void badConstraintFailsWithFileAndLine() {
        assertThatThrownBy(() -> parse("verb\tattack\tsubj=army\t190\t-\n"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("test.tsv:1:")
                .hasMessageContaining("subj=army");
    }

    @Test
    void namedSetsExpandIntoObjectsAndMustBeDefinedFirst() throws IOException {
        TriggerLexicon lex = parse("""
                set\tAID\taid|assistance|military_aid
                set\tMORE\t@AID|relief
                verb\tsend\tobj=@MORE|food\t070\tsolo
                adj\tskeptical\t-\t012\tsolo
                verb\tdemobilize\t-\t0873\tsolo,passive-self
                """);
        Trigger send = lex.lookup("verb", "send").get(0);
        assertThat(send.objects()).containsExactlyInAnyOrder("aid", "assistance", "military_aid", "relief", "food");
        assertThat(send.solo()).isTrue();
        assertThat(lex.lookup("adj", "skeptical")).singleElement().satisfies(t -> assertThat(t.isVerb()).isTrue());
        assertThat(lex.lookup("verb", "demobilize").get(0).selfPassive()).isTrue();
        assertThatThrownBy(() -> parse("verb\tsend\tobj=@NONE\t070\t-\n"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("test.tsv:1").hasMessageContaining("@NONE");
        assertThatThrownBy(() -> parse("verb\tsend\t-\t070\tsometimes\n"))
                .hasMessageContaining("unknown option");
    }

    @Test
    void anEntryWithAModifiedObjectIsTriedBeforeAPlainOne() throws IOException {
        TriggerLexicon lex = parse("""
                verb\tsend\tobj=aid\t070\t-
                verb\tsend\tobj=military_aid\t072\t-
                """);
        assertThat(lex.lookup("verb", "send")).extracting(Trigger::code).containsExactly("072", "070");
    }

    @Test
    void anyObjectIsTriedAfterTheNamedOnes() throws IOException {
        TriggerLexicon lex = parse("""
                verb\treturn\tobj=*,prt=to\t084\tsolo
                verb\treturn\tobj=painting|paintings,prt=to\t0842\tsolo
                verb\treturn\t-\t042\t-
                """);
        assertThat(lex.lookup("verb", "return")).extracting(Trigger::code).containsExactly("0842", "084", "042");
    }
}
