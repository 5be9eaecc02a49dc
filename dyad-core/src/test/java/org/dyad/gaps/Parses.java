package org.dyad.gaps;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.dyad.actor.ActorResolver;
import org.dyad.actor.AgentLexicon;
import org.dyad.actor.CountryGazetteer;
import org.dyad.actor.Discourse;
import org.dyad.actor.SentenceLexicon;
import org.dyad.dictionary.ActorCode;
import org.dyad.dictionary.ActorDictionary;
import org.dyad.dictionary.ActorEntry;
import org.dyad.dictionary.Phrase;
import org.dyad.text.Sentence;
import org.dyad.text.SentenceBuilder;
import org.dyad.text.Token;

/**
 * Hand-made parses of our own sentences, as CoreNLP's basic UD parse gives them, and the actor resolution the
 * actors stage would make of them (the real country, nationality and title lexicons).
 */
final class Parses {
    static final LocalDate DAY = LocalDate.of(2024, 3, 4);

    private Parses() {}

    /** A sentence with its lexicon and resolver, every noun and pronoun resolved as the actors stage does. */
    record Resolved(Sentence sentence, SentenceLexicon lexicon, ActorResolver resolver) {}

    static Resolved resolve(Sentence s, ActorDictionary actors) {
        SentenceLexicon lex = new SentenceLexicon(s, CountryGazetteer.load(), AgentLexicon.load(), actors, Optional.of(DAY));
        ActorResolver r = new ActorResolver(s, lex, new Discourse());
        for (Token t : s.tokens()) {
            String rel = s.relation(t.index());
            if ((t.isNoun() || t.isPronoun()) && !rel.startsWith("compound") && !rel.startsWith("flat")
                    && !rel.equals("appos") && !rel.equals("dep")) {
                r.resolve(t.index());
            }
        }
        return new Resolved(s, lex, r);
    }

    static ActorDictionary dictionary(String phrase, String code) {
        return new ActorDictionary(List.of(new ActorEntry(List.of(Phrase.parse(phrase)),
                List.of(new ActorCode(code, Optional.empty(), Optional.empty())), "test.tsv", 1)));
    }

    static Example example(Sentence s) {
        return new Example("doc", s.index(), s.text());
    }

    /** "Kenyan Foreign Minister Zawadi Mwangaza rebuked Uganda." */
    static Sentence ministerRebukes() {
        return new SentenceBuilder("Kenyan Foreign Minister Zawadi Mwangaza rebuked Uganda.")
                .t("Kenyan", "Kenyan", "JJ").t("Foreign", "Foreign", "NNP").t("Minister", "Minister", "NNP")
                .t("Zawadi", "Zawadi", "NNP", "PERSON").t("Mwangaza", "Mwangaza", "NNP", "PERSON")
                .t("rebuked", "rebuke", "VBD").country("Uganda").t(".", ".", ".")
                .root(5).d(2, 0, "amod").d(2, 1, "compound").d(4, 2, "compound").d(4, 3, "compound")
                .d(5, 4, "nsubj").d(5, 6, "obj").d(5, 7, "punct").build();
    }

    /** "Foreign Minister Zawadi Mwangaza resigned." */
    static Sentence ministerResigns() {
        return new SentenceBuilder("Foreign Minister Zawadi Mwangaza resigned.")
                .t("Foreign", "Foreign", "NNP").t("Minister", "Minister", "NNP")
                .t("Zawadi", "Zawadi", "NNP", "PERSON").t("Mwangaza", "Mwangaza", "NNP", "PERSON")
                .t("resigned", "resign", "VBD").t(".", ".", ".")
                .root(4).d(1, 0, "compound").d(3, 1, "compound").d(3, 2, "compound").d(4, 3, "nsubj")
                .d(4, 5, "punct").build();
    }

    /** "Zawadi Mwangaza praised Uganda." with the name tagged as a place, as CoreNLP tags it. */
    static Sentence namePraises() {
        return new SentenceBuilder("Zawadi Mwangaza praised Uganda.")
                .t("Zawadi", "Zawadi", "NNP", "LOCATION").t("Mwangaza", "Mwangaza", "NNP", "LOCATION")
                .t("praised", "praise", "VBD").country("Uganda").t(".", ".", ".")
                .root(2).d(1, 0, "compound").d(2, 1, "nsubj").d(2, 3, "obj").d(2, 4, "punct").build();
    }

    /** "X upbraided Y." for two country names. */
    static Sentence upbraided(String x, String y) {
        return new SentenceBuilder(x + " upbraided " + y + ".")
                .country(x).t("upbraided", "upbraid", "VBD").country(y).t(".", ".", ".")
                .root(1).d(1, 0, "nsubj").d(1, 2, "obj").d(1, 3, "punct").build();
    }
}
