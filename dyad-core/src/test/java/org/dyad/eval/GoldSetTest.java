package org.dyad.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GoldSetTest {
    @TempDir
    Path dir;

    private GoldSet read(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return GoldSet.read(file);
    }

    @Test
    void jsonlRecordsTakeTheHalfOfTheirIdAndTheirEvents() throws IOException {
        GoldSet g = read("gold.jsonl", """
            {"id": "record-2", "date": "2010-06-15", "text": "Gondor attacked Arnor.", "events": [{"cameo": "190", "plover": "ASSAULT|COERCE", "source": [{"code": "GONMIL"}], "target": [{"code": "ARN", "country": "ARN"}]}]}
            {"id": "record-1", "text": "Nothing happened.", "noevents": true}
            {"text": "No id here."}
            not json
            """);
        assertThat(g.format()).isEqualTo(GoldSet.Format.JSONL);
        assertThat(g.problems()).hasSize(1).first().asString().startsWith("gold.jsonl:4: ");
        assertThat(g.records()).extracting(GoldRecord::half).containsExactly(Half.TUNE, Half.CHECK,
            Half.ofText("No id here."));
        GoldRecord.GoldEvent e = g.records().get(0).events().get(0);
        assertThat(e.cameo()).contains("190");
        assertThat(e.plover()).containsExactly("ASSAULT", "COERCE");
        assertThat(e.sources()).containsExactly("GON");
        assertThat(e.targets()).containsExactly("ARN");
        assertThat(g.records().get(1).noevents()).isTrue();
        assertThat(g.records().get(2).id()).isEqualTo("line-3");
        assertThat(g.only(Half.TUNE).records()).allMatch(r -> r.half() == Half.TUNE).extracting(GoldRecord::id)
            .contains("record-2").doesNotContain("record-1");
        assertThat(g.only(Half.CHECK).problems()).hasSize(1);
    }

    @Test
    void aTsvIsPentaClassKeyedByItsText() throws IOException {
        GoldSet g = read("classes.tsv", "Gondor attacked Arnor.\t4\nRohan praised Gondor.\t7\n");
        assertThat(g.format()).isEqualTo(GoldSet.Format.PENTACLASS);
        assertThat(g.pentaClass()).isTrue();
        assertThat(g.problems()).containsExactly("classes.tsv:2: class must be 0-4, not '7'");
        assertThat(g.records().get(0).pentaClass()).contains(4);
        assertThat(g.records().get(0).half()).isEqualTo(Half.ofText("Gondor attacked Arnor."));
    }

    @Test
    void txtAndConllFilesAreSpanFiles() throws IOException {
        GoldSet g = read("spans.txt", "Gondor B-S\nattacked O\nArnor B-T\n. O\n");
        assertThat(g.format()).isEqualTo(GoldSet.Format.SPANS);
        assertThat(g.records()).singleElement().extracting(GoldRecord::text).isEqualTo("Gondor attacked Arnor.");
        assertThat(read("spans.conll", "Gondor B-S\n").format()).isEqualTo(GoldSet.Format.SPANS);
    }
}
