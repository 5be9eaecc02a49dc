package org.dyad.petrarch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.dyad.dictionary.DictionaryProblem;

/** The internal coding ontology: values written as sums of hexadecimal numbers, and negation. */
class CodeOntologyTest {
    /** A small ontology of our own in UniversalPetrarch's format. Line 12 and line 13 are malformed. */
    static final String PICO = """
        # a small internal coding ontology for tests
        010:0x1000#Make statement
        011:0x1000-0xFFFF
        020:0x2000#Appeal
        021:0x2070
        050:0x0080#Cooperate
        051:0x0081
        110:0x1007f#0xFFFF+0x0080#0x7000#Disapprove
        120:-0xFFFF#Reject
        121:-0xFFFF+0x0070
        128:-0xFFFF+0x0080
        a line without a colon
        099:0xZZZ#Not a value
        019:0x7000-0xFFFF
        """;

    private final List<DictionaryProblem> problems = new ArrayList<>();

    private CodeOntology read() {
        return CodeOntology.read(new StringReader(PICO), "middle.pico.txt", problems);
    }

    @Test
    void valuesAreSumsOfHexadecimalOrDecimalNumbers() {
        assertThat(CodeOntology.value("0x1000")).contains(0x1000);
        assertThat(CodeOntology.value("0x1000-0xFFFF")).contains(0x1000 - 0xFFFF);
        assertThat(CodeOntology.value("-0xFFFF+0x0070")).contains(-0xFFFF + 0x70);
        assertThat(CodeOntology.value("0x1007f")).contains(0x1007F);
        assertThat(CodeOntology.value("0xFFFF+0x0080")).contains(0x1007F);
        assertThat(CodeOntology.value("-0xFFFF + 0x2040 + 0x300")).contains(-0xFFFF + 0x2040 + 0x300);
        assertThat(CodeOntology.value("0X1a")).contains(0x1A);
        assertThat(CodeOntology.value("4096")).contains(0x1000);
        assertThat(CodeOntology.value("-65535+0x70")).contains(-0xFFFF + 0x70);
    }

    @Test
    void namesAndOtherTextAreNotValues() {
        assertThat(CodeOntology.value("Disapprove")).isEmpty();
        assertThat(CodeOntology.value("")).isEmpty();
        assertThat(CodeOntology.value("0x")).isEmpty();
        assertThat(CodeOntology.value("0x10+")).isEmpty();
        assertThat(CodeOntology.value("0xZZZ")).isEmpty();
        assertThat(CodeOntology.value("0x10-")).isEmpty();
        assertThat(CodeOntology.value("--0x10")).isEmpty();
    }

    @Test
    void malformedLinesAreProblemsWithFileAndLineAndTheRestIsRead() {
        CodeOntology o = read();
        assertThat(problems).extracting(DictionaryProblem::toString).containsExactly(
            "middle.pico.txt:12: not CODE:VALUE: 'a line without a colon'",
            "middle.pico.txt:13: bad value '0xZZZ'");
        assertThat(o.size()).isEqualTo(11);
        assertThat(o.negate("099")).isEmpty();
        assertThat(o.negate("019")).contains("110"); // read after the bad lines
    }

    @Test
    void negationTurnsACodeIntoTheOneThatDiffersBy0xFFFF() {
        CodeOntology o = read();
        // "did not make a statement" is "declined to comment", and back
        assertThat(o.negate("010")).contains("011");
        assertThat(o.negate("011")).contains("010");
        // "did not disapprove" (0xFFFF + 0x0080) is cooperation (0x0080), and "did not cooperate" is
        // -0xFFFF + 0x0080, not disapproval
        assertThat(o.negate("110")).contains("050");
        assertThat(o.negate("050")).contains("128");
        // "did not reject ..." (-0xFFFF + 0x0070) looks for 0x0070, finds nothing, and nothing more general
        assertThat(o.negate("121")).isEmpty();
    }

    @Test
    void anAlternativeValueAlsoLeadsToItsCode() {
        // 019 is 0x7000 - 0xFFFF; its negation 0x7000 is one of 110's alternative values
        assertThat(read().negate("019")).contains("110");
    }

    @Test
    void withoutAnExactOppositeTheNearestMoreGeneralCodeIsTaken() {
        CodeOntology o = read();
        // 051 (0x0081): no -0xFFFF + 0x0081, so -0xFFFF + 0x0080
        assertThat(o.negate("051")).contains("128");
        // 021 (0x2070): no -0xFFFF + 0x2070 nor + 0x2000, so -0xFFFF itself
        assertThat(o.negate("021")).contains("120");
        assertThat(o.negate("020")).contains("120");
    }

    @Test
    void anUnknownCodeHasNoNegation() {
        assertThat(read().negate("999")).isEmpty();
    }
}
