package org.dyad.gaps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dyad.gaps.Parses.example;
import static org.dyad.gaps.Parses.resolve;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dyad.actor.Actor;
import org.dyad.dictionary.ActorDictionary;
import org.dyad.dictionary.DictionaryLines;
import org.dyad.dictionary.DyadDictionaryFormat;
import org.dyad.dictionary.VerbDictionary;
import org.dyad.event.EventDraft;
import org.dyad.ontology.Cameo;
import org.dyad.text.Sentence;
import org.dyad.text.SentenceBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Uncoded verbs on hand-made parses: which clauses count, which drafts cover a verb, the parties found. */
class UncodedVerbsTest {
    private static List<VerbGap> find(Sentence s, List<EventDraft> drafts, VerbDictionary verbs) {
        Parses.Resolved r = resolve(s, ActorDictionary.empty());
        return UncodedVerbs.find(s, r.lexicon(), r.resolver(), drafts, verbs, example(s));
    }

    private static List<VerbGap> find(Sentence s) {
        return find(s, List.of(), VerbDictionary.empty());
    }

    private static EventDraft draft(Sentence s, int trigger) {
        return new EventDraft(s, trigger, EventDraft.Coder.LEXICON, Actor.of("KEN", List.of(), "Kenya", ""),
                Optional.of(Actor.of("UGA", List.of(), "Uganda", "")), Cameo.load().require("111"), false, "test");
    }

    @Test
    void aVerbBetweenTwoCountriesThatNothingCodedIsAGap() {
        List<VerbGap> gaps = find(Parses.upbraided("Kenya", "Uganda"));
        assertThat(gaps).hasSize(1);
        VerbGap g = gaps.get(0);
        assertThat(g.words()).containsExactly("upbraid");
        assertThat(g.verb()).isEqualTo("upbraid");
        assertThat(g.form()).isEqualTo("upbraided");
        assertThat(g.source()).isEqualTo("KEN");
        assertThat(g.target()).isEqualTo("UGA");
        assertThat(g.known()).isEmpty();
    }

    @Test
    void aDraftAtTheVerbKeptOrDroppedCoversIt() {
        Sentence s = Parses.upbraided("Kenya", "Uganda");
        assertThat(find(s, List.of(draft(s, 1)), VerbDictionary.empty())).isEmpty();
        EventDraft dropped = draft(s, 1);
        dropped.drop("arbitration: test");
        assertThat(find(s, List.of(dropped), VerbDictionary.empty())).isEmpty();
    }

    @Test
    void aDraftAtTheNounAVerbCarriesCoversTheVerb() {
        Sentence s = new SentenceBuilder("Kenya held talks with Uganda.")
                .country("Kenya").t("held", "hold", "VBD").t("talks", "talk", "NNS").t("with", "with", "IN")
                .country("Uganda").t(".", ".", ".")
                .root(1).d(1, 0, "nsubj").d(1, 2, "obj").d(4, 3, "case").d(1, 4, "obl").d(1, 5, "punct").build();
        assertThat(find(s)).extracting(VerbGap::verb).containsExactly("hold");
        assertThat(find(s, List.of(draft(s, 2)), VerbDictionary.empty())).isEmpty();
    }

    @Test
    void aPassiveHasItsAgentAsTheDoer() {
        Sentence s = new SentenceBuilder("Uganda was upbraided by Kenya.")
                .country("Uganda").t("was", "be", "VBD").t("upbraided", "upbraid", "VBN").t("by", "by", "IN")
                .country("Kenya").t(".", ".", ".")
                .root(2).d(2, 0, "nsubj:pass").d(2, 1, "aux:pass").d(4, 3, "case").d(2, 4, "obl").d(2, 5, "punct")
                .build();
        VerbGap g = find(s).get(0);
        assertThat(g.source()).isEqualTo("KEN");
        assertThat(g.target()).isEqualTo("UGA");
    }

    @Test
    void aConjoinedVerbTakesTheSubjectOfTheFirstAndAControlledOneIsCoveredByItsController() {
        Sentence s = new SentenceBuilder("Kenya upbraided Uganda and taunted Rwanda.")
                .country("Kenya").t("upbraided", "upbraid", "VBD").country("Uganda").t("and", "and", "CC")
                .t("taunted", "taunt", "VBD").country("Rwanda").t(".", ".", ".")
                .root(1).d(1, 0, "nsubj").d(1, 2, "obj").d(4, 3, "cc").d(1, 4, "conj").d(4, 5, "obj").d(1, 6, "punct")
                .build();
        assertThat(find(s)).extracting(VerbGap::verb, VerbGap::source, VerbGap::target)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("upbraid", "KEN", "UGA"),
                        org.assertj.core.groups.Tuple.tuple("taunt", "KEN", "RWA"));
        Sentence controlled = new SentenceBuilder("Kenya threatened to upbraid Uganda.")
                .country("Kenya").t("threatened", "threaten", "VBD").t("to", "to", "TO").t("upbraid", "upbraid", "VB")
                .country("Uganda").t(".", ".", ".")
                .root(1).d(1, 0, "nsubj").d(3, 2, "mark").d(1, 3, "xcomp").d(3, 4, "obj").d(1, 5, "punct").build();
        assertThat(find(controlled)).extracting(VerbGap::verb, VerbGap::source).containsExactly(
                org.assertj.core.groups.Tuple.tuple("upbraid", "KEN"));
        assertThat(find(controlled, List.of(draft(controlled, 1)), VerbDictionary.empty())).isEmpty();
    }

    @Test
    void placesCapitalsAndThingsAreNoParties() {
        Sentence in = new SentenceBuilder("Kenya campaigned in Uganda.")
                .country("Kenya").t("campaigned", "campaign", "VBD").t("in", "in", "IN").country("Uganda")
                .t(".", ".", ".").root(1).d(1, 0, "nsubj").d(3, 2, "case").d(1, 3, "obl").d(1, 4, "punct").build();
        assertThat(find(in)).isEmpty();
        Sentence capital = new SentenceBuilder("Kenya returned to Kampala.")
                .country("Kenya").t("returned", "return", "VBD").t("to", "to", "TO").t("Kampala", "Kampala", "NNP", "LOCATION")
                .t(".", ".", ".").root(1).d(1, 0, "nsubj").d(3, 2, "case").d(1, 3, "obl").d(1, 4, "punct").build();
        assertThat(find(capital)).isEmpty();
        Sentence sites = new SentenceBuilder("Kenya hit Ugandan sites.")
                .country("Kenya").t("hit", "hit", "VBD").t("Ugandan", "Ugandan", "JJ").t("sites", "site", "NNS")
                .t(".", ".", ".").root(1).d(1, 0, "nsubj").d(3, 2, "amod").d(1, 3, "obj").d(1, 4, "punct").build();
        assertThat(find(sites)).isEmpty();
        Sentence same = Parses.upbraided("Kenya", "Kenya");
        assertThat(find(same)).isEmpty();
    }

    @Test
    void aPhrasalVerbKeepsItsParticle() {
        Sentence s = new SentenceBuilder("Libya handed over suspects to Britain.")
                .country("Libya").t("handed", "hand", "VBD").t("over", "over", "RP").t("suspects", "suspect", "NNS")
                .t("to", "to", "TO").country("Britain").t(".", ".", ".")
                .root(1).d(1, 0, "nsubj").d(1, 2, "compound:prt").d(1, 3, "obj").d(5, 4, "case").d(1, 5, "obl")
                .d(1, 6, "punct").build();
        VerbGap g = find(s).get(0);
        assertThat(g.words()).containsExactly("hand", "over");
        assertThat(g.verb()).isEqualTo("hand over");
        assertThat(g.target()).isEqualTo("GBR");
    }

    @Test
    void aVerbTheDictionaryKnowsIsListedWithItsBlock(@TempDir Path dir) throws IOException {
        List<String> rows = new ArrayList<>();
        rows.add(DictionaryLines.verbsHeader());
        rows.addAll(DictionaryLines.verb(List.of("upbraid"), 0, "111", List.of()));
        Files.write(dir.resolve("verbs.tsv"), rows);
        VerbDictionary verbs = DyadDictionaryFormat.read(dir).verbs();
        assertThat(find(Parses.upbraided("Kenya", "Uganda"), List.of(), verbs).get(0).known())
                .isEqualTo("UPBRAID (111), 0 patterns");
    }

    @Test
    void beAndHaveAreNoEvents() {
        Sentence s = new SentenceBuilder("Kenya has troops for Uganda.")
                .country("Kenya").t("has", "have", "VBZ").t("troops", "troops", "NNS").t("for", "for", "IN")
                .country("Uganda").t(".", ".", ".")
                .root(1).d(1, 0, "nsubj").d(1, 2, "obj").d(4, 3, "case").d(1, 4, "obl").d(1, 5, "punct").build();
        assertThat(find(s)).isEmpty();
    }
}
