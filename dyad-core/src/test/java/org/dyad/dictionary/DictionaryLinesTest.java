package org.dyad.dictionary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rows written for tools read back with the format's own readers. */
class DictionaryLinesTest {
    @TempDir Path dir;

    private Dictionaries read(String file, String header, List<String> rows) throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add(header);
        lines.addAll(rows);
        Files.write(dir.resolve(file), lines);
        return DyadDictionaryFormat.read(dir);
    }

    @Test
    void anActorRowNamesThePhraseExactlyWithItsCode() throws IOException {
        String row = DictionaryLines.actor(List.of("Zawadi", "Mwangaza"), "KENGOV");
        assertThat(row).isEqualTo("ZAWADI_MWANGAZA_\tZAWADI_MWANGAZA_\tKENGOV\t\t\t");
        Dictionaries d = read("actors.tsv", DictionaryLines.actorsHeader(), List.of(row));
        assertThat(d.problems()).isEmpty();
        ActorEntry e = d.actors().entries().get(0);
        assertThat(e.codesOn(Optional.of(LocalDate.of(2024, 3, 4)))).containsExactly("KENGOV");
        assertThat(e.line()).as("an empty source cites the row itself").isEqualTo(2);
        assertThat(d.actors().longestAt(List.of("Zawadi", "Mwangaza", "said"), 0)).isPresent();
        assertThat(d.actors().longestAt(List.of("Zawadi", "Mwangazas"), 0)).as("the last word is exact").isEmpty();
    }

    @Test
    void aRowStillHoldingThePlaceholderIsReportedAndSkipped() throws IOException {
        String row = DictionaryLines.actor(List.of("Okello", "Kabaziguruka"), DictionaryLines.PLACEHOLDER + "GOV");
        Dictionaries d = read("actors.tsv", DictionaryLines.actorsHeader(), List.of(row));
        assertThat(d.actors().entries()).isEmpty();
        assertThat(d.problems()).singleElement().satisfies(p -> assertThat(p.toString()).contains("actors.tsv:2")
                .contains("bad actor code '???GOV'"));
    }

    @Test
    void verbRowsAddABlockWithTheCodeAndTheVerbWithItsForms() throws IOException {
        List<String> upbraid = DictionaryLines.verb(List.of("upbraid"), 0, "111", List.of("upbraided"));
        assertThat(upbraid).containsExactly("block\tUPBRAID\t111\t\t\t\t", "verb\tUPBRAID\t\tUPBRAID\t\t\t");
        List<String> fight = DictionaryLines.verb(List.of("fight"), 0, "190", List.of("fought", "fighting"));
        assertThat(fight.get(1)).isEqualTo("verb\tFIGHT\t\tFIGHT\tFIGHT FIGHTS FIGHTED FIGHTING FOUGHT\t\t");
        List<String> handOver = DictionaryLines.verb(List.of("hand", "over"), 0, DictionaryLines.PLACEHOLDER, List.of("handed"));
        assertThat(handOver).containsExactly("block\tHAND_OVER\t???\t\t\t\t", "verb\tHAND_OVER\t\t+HAND_OVER\t\t\t");
        List<String> rows = new ArrayList<>(upbraid);
        rows.addAll(fight);
        rows.addAll(handOver);
        Dictionaries d = read("verbs.tsv", DictionaryLines.verbsHeader(), rows);
        // a block still holding the placeholder is reported and skipped: it codes nothing until its code is filled in
        assertThat(d.problems()).singleElement().satisfies(p -> assertThat(p.toString()).contains("verbs.tsv:6")
                .contains("[???]").contains("HAND_OVER skipped"));
        VerbDictionary v = d.verbs();
        assertThat(v.lookup("upbraided")).singleElement().satisfies(h -> assertThat(h.block().code().toString()).isEqualTo("111"));
        assertThat(v.lookup("fought")).singleElement().satisfies(h -> assertThat(h.block().name()).isEqualTo("FIGHT"));
        assertThat(v.lookup("handed")).isEmpty();
    }

    @Test
    void wordsThatTheFormatCannotHoldAreRefused() {
        assertThatThrownBy(() -> DictionaryLines.actor(List.of(), "KEN")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DictionaryLines.actor(List.of("Al_Qaeda"), "KEN")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DictionaryLines.verb(List.of("up braid"), 0, "111", List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DictionaryLines.verb(List.of("upbraid"), 1, "111", List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
