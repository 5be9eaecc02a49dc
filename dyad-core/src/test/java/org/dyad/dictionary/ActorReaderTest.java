package org.dyad.dictionary;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ActorReaderTest {
    private final List<DictionaryProblem> problems = new ArrayList<>();

    private ActorDictionary read(String text) {
        return ActorReader.read(new StringReader(text), "middle.actors.txt", problems);
    }

    private static ActorEntry actor(ActorDictionary d, String root) {
        return d.entries().stream().filter(e -> e.root().text().equals(root)).findFirst().orElseThrow();
    }

    @Test
    void aMalformedLineIsReportedByFileAndLineAndSkipped() {
        ActorDictionary d = read(PetrarchTexts.ACTORS);
        assertThat(problems).extracting(DictionaryProblem::toString)
            .containsExactly("middle.actors.txt:12: unclosed [ in 'RADAGAST [WIZ'");
        assertThat(d.entries()).extracting(e -> e.root().text())
            .containsExactly("GONDOR_", "ARNOR_", "DENETHOR_", "SARUMAN", "ELROND_");
    }

    @Test
    void synonymsFollowTheirActorWithAPlus() {
        ActorEntry gondor = actor(read(PetrarchTexts.ACTORS), "GONDOR_");
        assertThat(gondor.phrases()).extracting(Phrase::text).containsExactly("GONDOR_", "MINAS_TIRITH", "GONDORIAN");
        assertThat(gondor.codes()).containsExactly(ActorCode.parse("GON"));
        assertThat(gondor.line()).isEqualTo(2);
        assertThat(gondor.file()).isEqualTo("middle.actors.txt");
    }

    @Test
    void datedCodesOnTheirOwnLinesApplyInTheirPeriods() {
        ActorEntry denethor = actor(read(PetrarchTexts.ACTORS), "DENETHOR_");
        assertThat(denethor.phrases()).extracting(Phrase::text).containsExactly("DENETHOR_", "DENETHOR_II");
        assertThat(denethor.codes()).containsExactly(
            new ActorCode("GONGOV", Optional.of(LocalDate.of(1995, 6, 1)), Optional.of(LocalDate.of(1999, 8, 15))),
            new ActorCode("GONELI", Optional.empty(), Optional.of(LocalDate.of(1995, 5, 31))),
            new ActorCode("GONELI", Optional.of(LocalDate.of(1999, 8, 16)), Optional.empty()));
        assertThat(denethor.codesOn(Optional.of(LocalDate.of(1997, 3, 1)))).containsExactly("GONGOV");
        assertThat(denethor.codesOn(Optional.of(LocalDate.of(1995, 6, 1)))).containsExactly("GONGOV");
        assertThat(denethor.codesOn(Optional.of(LocalDate.of(1995, 5, 31)))).containsExactly("GONELI");
        assertThat(denethor.codesOn(Optional.of(LocalDate.of(2003, 1, 1)))).containsExactly("GONELI");
        assertThat(denethor.codesOn(Optional.empty())).as("undated: what every dated code shares").containsExactly("GON");
    }

    @Test
    void undatedCodesApplyWhenNoDatedOneDoes() {
        ActorEntry saruman = actor(read(PetrarchTexts.ACTORS), "SARUMAN");
        assertThat(saruman.codes().get(0).from()).contains(LocalDate.of(1897, 1, 1));
        assertThat(saruman.codes().get(0).to()).contains(LocalDate.of(1945, 7, 3));
        assertThat(saruman.codesOn(Optional.of(LocalDate.of(1920, 1, 1)))).containsExactly("ISEGOV");
        assertThat(saruman.codesOn(Optional.of(LocalDate.of(1950, 1, 1)))).containsExactly("ISE");
        assertThat(saruman.codesOn(Optional.empty())).as("an undated article: only undated codes").containsExactly("ISE");
    }

    @Test
    void aPersonOutOfOfficeOnTheDateKeepsTheCountryHisCodesShare() {
        // PETRARCH gives a leader no code after his last period; Dyad's resolver takes his country, weakly
        ActorEntry ecthelion = new ActorEntry(List.of(Phrase.parse("ECTHELION_")), List.of(
                new ActorCode("GONELI", Optional.empty(), Optional.of(LocalDate.of(1970, 1, 1))),
                new ActorCode("GONGOV", Optional.of(LocalDate.of(1970, 1, 2)), Optional.of(LocalDate.of(1981, 10, 6)))),
                "middle.actors.txt", 1);
        assertThat(ecthelion.codesOn(Optional.of(LocalDate.of(2000, 1, 1)))).isEmpty();
        assertThat(ecthelion.countryOutOfOffice(Optional.of(LocalDate.of(2000, 1, 1)))).contains("GON");
        assertThat(ecthelion.countryOutOfOffice(Optional.of(LocalDate.of(1975, 1, 1)))).as("in office").isEmpty();
        assertThat(ecthelion.countryOutOfOffice(Optional.empty())).as("undated: codesOn shares already").isEmpty();
    }

    @Test
    void aSlashCodeNamesSeveralActors() {
        ActorEntry elrond = actor(read(PetrarchTexts.ACTORS), "ELROND_");
        assertThat(elrond.codesOn(Optional.of(LocalDate.of(2000, 1, 1)))).containsExactly("RIV", "LOR");
    }

    @Test
    void phraseLinesWithoutCodesBeforeTheCodesAreOneActor() {
        ActorDictionary d = read("""
            EREBOR
            LONELY_MOUNTAIN
              [ERE]
            BARAD-DUR
            """);
        assertThat(d.entries()).hasSize(1);
        assertThat(d.entries().get(0).phrases()).extracting(Phrase::text).containsExactly("EREBOR", "LONELY_MOUNTAIN");
        assertThat(problems).extracting(DictionaryProblem::toString)
            .containsExactly("middle.actors.txt:4: actor BARAD-DUR has no code");
    }

    @Test
    void longestPhraseWinsAndStemsMatchLongerWords() {
        ActorDictionary d = read(PetrarchTexts.ACTORS);
        List<String> tokens = List.of("the", "Gondorians", "of", "Minas", "Tirith");
        assertThat(d.longestAt(tokens, 1).orElseThrow().entry().root().text()).isEqualTo("GONDOR_");
        ActorDictionary.Match m = d.longestAt(tokens, 3).orElseThrow();
        assertThat(m.length()).isEqualTo(2);
        assertThat(m.phrase().text()).isEqualTo("MINAS_TIRITH");
        assertThat(d.longestAt(List.of("Gondors"), 0)).isEmpty();
    }
}
