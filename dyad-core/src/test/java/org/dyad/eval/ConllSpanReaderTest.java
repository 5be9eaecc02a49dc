package org.dyad.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConllSpanReaderTest {
    private final List<String> problems = new ArrayList<>();

    private List<GoldRecord> read(String text) throws IOException {
        return ConllSpanReader.read(new BufferedReader(new StringReader(text)), "spans.txt", problems::add);
    }

    @Test
    void sentencesBecomeRecordsWithTextSpansAndHalves() throws IOException {
        List<GoldRecord> rs = read("""
            The O
            king B-S
            of I-S
            Gondor I-S
            praised O
            Arnor B-T
            ’ O
            s O
            riders B-T
            . O

            Rohan B-S
            attacked O
            orcs B-R
            near I-R
            Isengard O
            . O
            """);
        assertThat(problems).isEmpty();
        assertThat(rs).hasSize(2);
        GoldRecord a = rs.get(0);
        assertThat(a.id()).isEqualTo("sentence-1");
        assertThat(a.line()).isEqualTo(1);
        assertThat(a.text()).isEqualTo("The king of Gondor praised Arnor’s riders.");
        assertThat(a.spans(GoldRecord.Role.SOURCE)).extracting(GoldRecord.ActorSpan::words)
            .containsExactly(List.of("king", "of", "Gondor"));
        assertThat(a.spans(GoldRecord.Role.TARGET)).extracting(GoldRecord.ActorSpan::words)
            .containsExactly(List.of("Arnor"), List.of("riders"));
        assertThat(a.half()).isEqualTo(Half.ofText(a.text()));
        GoldRecord b = rs.get(1);
        assertThat(b.id()).isEqualTo("sentence-2");
        assertThat(b.line()).isEqualTo(12);
        // R spans are read and ignored
        assertThat(b.spans()).extracting(GoldRecord.ActorSpan::words).containsExactly(List.of("Rohan"));
        assertThat(b.pentaClass()).isEmpty();
        assertThat(b.events()).isEmpty();
    }

    @Test
    void anInsideTagOfAnotherRoleStartsASpan() throws IOException {
        List<GoldRecord> rs = read("Gondor I-S\nand O\nArnor I-T\nmet I-T\n");
        assertThat(rs.get(0).spans()).extracting(s -> s.role() + " " + s.words())
            .containsExactly("SOURCE [Gondor]", "TARGET [Arnor, met]");
    }

    @Test
    void aBadLineIsAProblemNamingFileAndLineAndItsTokenIsKept() throws IOException {
        List<GoldRecord> rs = read("-DOCSTART- O\n\nGondor B-S\nwept\nloudly X-S\n.\tO\n\n\n");
        assertThat(problems).containsExactly("spans.txt:4: expected 'token tag'",
            "spans.txt:5: tag must be O, B-X or I-X, not 'X-S'");
        assertThat(rs).hasSize(1);
        assertThat(rs.get(0).text()).isEqualTo("Gondor wept loudly.");
        assertThat(rs.get(0).line()).isEqualTo(3);
        assertThat(rs.get(0).spans()).hasSize(1);
    }
}
