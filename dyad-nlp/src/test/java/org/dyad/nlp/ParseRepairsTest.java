package org.dyad.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.dyad.text.Dependency;
import org.dyad.text.Token;
import org.junit.jupiter.api.Test;

/** The repairs on hand-made parses, as the neural parser gets them wrong and right. */
class ParseRepairsTest {
    private static List<Token> tokens(String... wordTag) {
        List<Token> out = new ArrayList<>();
        int at = 0;
        for (int i = 0; i < wordTag.length; i++) {
            String[] wt = wordTag[i].split("/"); // word/TAG, or word:lemma/TAG
            String[] wl = wt[0].split(":");
            String lemma = wl.length > 1 ? wl[1] : wl[0].toLowerCase();
            out.add(new Token(i, wl[0], lemma, wt[1], "O", at, at + wl[0].length()));
            at += wt[0].length() + 1;
        }
        return out;
    }

    @Test
    void aDayTakenForTheSubjectOfAToClauseIsADateAndTheClauseAComplement() {
        // Spain decided on Thursday to ease sanctions, as the parser reads it
        List<Token> t = tokens("Spain/NNP", "decided/VBD", "on/IN", "Thursday/NNP", "to/TO", "ease/VB", "sanctions/NNS");
        List<Dependency> wrong = List.of(new Dependency(1, 0, "nsubj"), new Dependency(-1, 1, "root"),
                new Dependency(5, 2, "mark"), new Dependency(5, 3, "nsubj"), new Dependency(5, 4, "mark"),
                new Dependency(1, 5, "advcl"), new Dependency(5, 6, "obj"));
        assertThat(ParseRepairs.apply(t, wrong)).contains(new Dependency(3, 2, "case"), new Dependency(5, 3, "obl"),
                new Dependency(1, 5, "xcomp"), new Dependency(1, 0, "nsubj")).hasSize(wrong.size());
    }

    @Test
    void aClauseOpenedByAConjunctionKeepsItsSubject() {
        // Spain protested after Russia seized the ship
        List<Token> t = tokens("Spain/NNP", "protested/VBD", "after/IN", "Russia/NNP", "seized/VBD", "the/DT", "ship/NN");
        List<Dependency> right = List.of(new Dependency(1, 0, "nsubj"), new Dependency(-1, 1, "root"),
                new Dependency(4, 2, "mark"), new Dependency(4, 3, "nsubj"), new Dependency(1, 4, "advcl"),
                new Dependency(6, 5, "det"), new Dependency(4, 6, "obj"));
        assertThat(ParseRepairs.apply(t, right)).isEqualTo(right);
    }

    @Test
    void aParticipleTakenForTheMainVerbIsAReducedRelativeClause() {
        // Shells fired by the army hit the town, as the parser reads it: "fired" the root, "hit" a dep
        List<Token> t = tokens("Shells/NNS", "fired/VBD", "by/IN", "the/DT", "army/NN", "hit/VBD", "the/DT",
                "town/NN", "./.");
        List<Dependency> wrong = List.of(new Dependency(1, 0, "nsubj"), new Dependency(-1, 1, "root"),
                new Dependency(4, 2, "case"), new Dependency(4, 3, "det"), new Dependency(1, 4, "obl"),
                new Dependency(1, 5, "dep"), new Dependency(7, 6, "det"), new Dependency(5, 7, "obj"),
                new Dependency(1, 8, "punct"));
        assertThat(ParseRepairs.apply(t, wrong)).contains(new Dependency(-1, 5, "root"), new Dependency(5, 0, "nsubj"),
                new Dependency(0, 1, "acl"), new Dependency(1, 4, "obl"), new Dependency(5, 8, "punct"))
                .hasSize(wrong.size());
    }

    @Test
    void aMainVerbWithAByPhraseAndAClauseOfItsOwnStays() {
        // Shells were fired by the army, officials said: "said" has its own subject
        List<Token> t = tokens("Shells/NNS", "fired/VBD", "by/IN", "the/DT", "army/NN", "officials/NNS", "said/VBD");
        List<Dependency> right = List.of(new Dependency(1, 0, "nsubj"), new Dependency(-1, 1, "root"),
                new Dependency(4, 2, "case"), new Dependency(4, 3, "det"), new Dependency(1, 4, "obl"),
                new Dependency(6, 5, "nsubj"), new Dependency(1, 6, "dep"));
        assertThat(ParseRepairs.apply(t, right)).isEqualTo(right);
    }

    @Test
    void aParticipleTakenForAClauseOfTheVerbIsAReducedRelativeOnItsObject() {
        // Turkey deported Syrians caught in Istanbul, as the parser reads it: "Syrians" the subject of "caught"
        List<Token> t = tokens("Turkey/NNP", "deported/VBD", "12/CD", "Syrians/NNPS", "caught/VBN", "in/IN",
                "Istanbul/NNP");
        List<Dependency> wrong = List.of(new Dependency(1, 0, "nsubj"), new Dependency(-1, 1, "root"),
                new Dependency(3, 2, "nummod"), new Dependency(4, 3, "nsubj"), new Dependency(1, 4, "dep"),
                new Dependency(6, 5, "case"), new Dependency(4, 6, "obl"));
        assertThat(ParseRepairs.apply(t, wrong)).contains(new Dependency(1, 3, "obj"), new Dependency(3, 4, "acl"),
                new Dependency(4, 6, "obl")).doesNotContain(new Dependency(4, 3, "nsubj")).hasSize(wrong.size());
        // the object already the verb's: "freed prisoners held without trial"
        List<Token> t2 = tokens("Israel/NNP", "freed/VBD", "prisoners/NNS", "held/VBN", "without/IN", "trial/NN");
        List<Dependency> wrong2 = List.of(new Dependency(1, 0, "nsubj"), new Dependency(-1, 1, "root"),
                new Dependency(1, 2, "obj"), new Dependency(1, 3, "dep"), new Dependency(5, 4, "case"),
                new Dependency(3, 5, "obl"));
        assertThat(ParseRepairs.apply(t2, wrong2)).contains(new Dependency(2, 3, "acl"))
                .doesNotContain(new Dependency(1, 3, "dep"));
    }

    @Test
    void aParticipleWithAnAuxiliaryIsAClauseOfItsOwn() {
        // officials said prisoners were held without trial
        List<Token> t = tokens("officials/NNS", "said/VBD", "prisoners/NNS", "were/VBD", "held/VBN", "without/IN",
                "trial/NN");
        List<Dependency> right = List.of(new Dependency(1, 0, "nsubj"), new Dependency(-1, 1, "root"),
                new Dependency(4, 2, "nsubj"), new Dependency(4, 3, "aux:pass"), new Dependency(1, 4, "ccomp"),
                new Dependency(6, 5, "case"), new Dependency(4, 6, "obl"));
        assertThat(ParseRepairs.apply(t, right)).isEqualTo(right);
    }

    @Test
    void theSubjectOfAReportedClauseTakenForTheObjectOfSaidIsTheClausesSubject() {
        // Rabin said Israel would not negotiate, as the parser reads it: "said" the subject of "negotiate"
        List<Token> t = tokens("Rabin/NNP", "said:say/VBD", "Israel/NNP", "would/MD", "not/RB", "negotiate/VB");
        List<Dependency> wrong = List.of(new Dependency(1, 0, "nsubj"), new Dependency(5, 1, "csubj"),
                new Dependency(1, 2, "obj"), new Dependency(5, 3, "aux"), new Dependency(5, 4, "advmod"),
                new Dependency(-1, 5, "root"));
        assertThat(ParseRepairs.apply(t, wrong)).contains(new Dependency(-1, 1, "root"), new Dependency(1, 5, "ccomp"),
                new Dependency(5, 2, "nsubj"), new Dependency(1, 0, "nsubj")).hasSize(wrong.size());
        // or the clause hung on "said" as a dep
        List<Dependency> wrong2 = List.of(new Dependency(1, 0, "nsubj"), new Dependency(-1, 1, "root"),
                new Dependency(1, 2, "obj"), new Dependency(5, 3, "aux"), new Dependency(5, 4, "advmod"),
                new Dependency(1, 5, "dep"));
        assertThat(ParseRepairs.apply(t, wrong2)).contains(new Dependency(1, 5, "ccomp"), new Dependency(5, 2, "nsubj"))
                .hasSize(wrong2.size());
    }

    @Test
    void aVerbOfSpeechWithAnObjectAndAClauseWithItsOwnSubjectStays() {
        // He told reporters Iran would retaliate: "Iran" is the clause's subject already
        List<Token> t = tokens("He/PRP", "told:tell/VBD", "reporters/NNS", "Iran/NNP", "would/MD", "retaliate/VB");
        List<Dependency> right = List.of(new Dependency(1, 0, "nsubj"), new Dependency(-1, 1, "root"),
                new Dependency(1, 2, "obj"), new Dependency(5, 3, "nsubj"), new Dependency(5, 4, "aux"),
                new Dependency(1, 5, "ccomp"));
        assertThat(ParseRepairs.apply(t, right)).isEqualTo(right);
    }

    @Test
    void aToClauseAfterADemandIsTheDemandsNotTheVerbs() {
        // Turkey rejected a demand to withdraw troops, as the parser reads it: "to withdraw" the verb's xcomp
        List<Token> t = tokens("Turkey/NNP", "rejected:reject/VBD", "a/DT", "demand/NN", "to/TO", "withdraw/VB",
                "troops/NNS");
        List<Dependency> wrong = List.of(new Dependency(1, 0, "nsubj"), new Dependency(-1, 1, "root"),
                new Dependency(3, 2, "det"), new Dependency(1, 3, "obj"), new Dependency(5, 4, "mark"),
                new Dependency(1, 5, "xcomp"), new Dependency(5, 6, "obj"));
        assertThat(ParseRepairs.apply(t, wrong)).contains(new Dependency(3, 5, "acl"))
                .doesNotContain(new Dependency(1, 5, "xcomp")).hasSize(wrong.size());
        // a person the verb's object does control it: "persuaded the minister to resign"
        List<Token> t2 = tokens("They/PRP", "persuaded:persuade/VBD", "the/DT", "minister/NN", "to/TO", "resign/VB");
        List<Dependency> right = List.of(new Dependency(1, 0, "nsubj"), new Dependency(-1, 1, "root"),
                new Dependency(3, 2, "det"), new Dependency(1, 3, "obj"), new Dependency(5, 4, "mark"),
                new Dependency(1, 5, "xcomp"));
        assertThat(ParseRepairs.apply(t2, right)).isEqualTo(right);
    }

    @Test
    void aBeliefReportedUnderSaidKeepsItsSubjectToo() {
        // leaders said they hoped Bolton would help, as the parser reads it: "said" the subject of "help"
        List<Token> t = tokens("leaders/NNS", "said:say/VBD", "they/PRP", "hoped:hope/VBD", "Bolton/NNP", "would/MD",
                "help/VB");
        List<Dependency> wrong = List.of(new Dependency(1, 0, "nsubj"), new Dependency(6, 1, "csubj"),
                new Dependency(3, 2, "nsubj"), new Dependency(1, 3, "ccomp"), new Dependency(3, 4, "obj"),
                new Dependency(6, 5, "aux"), new Dependency(-1, 6, "root"));
        assertThat(ParseRepairs.apply(t, wrong)).contains(new Dependency(-1, 1, "root"), new Dependency(3, 6, "ccomp"),
                new Dependency(6, 4, "nsubj"), new Dependency(1, 3, "ccomp")).hasSize(wrong.size());
    }

    @Test
    void aParticipleLeftUnlabelledOnAStatementIsWhatTheStatementSays() {
        // approved a resolution criticizing the government, as the parser reads it: "criticizing" a dep
        List<Token> t = tokens("Parliament/NNP", "approved:approve/VBD", "a/DT", "resolution/NN", "criticizing/VBG",
                "the/DT", "government/NN");
        List<Dependency> wrong = List.of(new Dependency(1, 0, "nsubj"), new Dependency(-1, 1, "root"),
                new Dependency(3, 2, "det"), new Dependency(1, 3, "obj"), new Dependency(3, 4, "dep"),
                new Dependency(6, 5, "det"), new Dependency(4, 6, "obj"));
        assertThat(ParseRepairs.apply(t, wrong)).contains(new Dependency(3, 4, "acl")).hasSize(wrong.size());
    }

    @Test
    void aGerundRightAfterAVerbOfMeetingDescribesTheOneMet() {
        // Sadat met visiting Syrian leaders in Cairo, as the parser reads it: "visiting" a clause of "met"
        List<Token> t = tokens("Sadat/NNP", "met:meet/VBD", "visiting:visit/VBG", "Syrian/JJ", "leaders:leader/NNS",
                "in/IN", "Cairo/NNP");
        List<Dependency> wrong = List.of(new Dependency(1, 0, "nsubj"), new Dependency(-1, 1, "root"),
                new Dependency(1, 2, "xcomp"), new Dependency(4, 3, "amod"), new Dependency(2, 4, "obj"),
                new Dependency(6, 5, "case"), new Dependency(2, 6, "obl"));
        assertThat(ParseRepairs.apply(t, wrong)).contains(new Dependency(1, 4, "obj"), new Dependency(4, 2, "amod"),
                new Dependency(1, 6, "obl")).hasSize(wrong.size());
        // a verb that is not one of meeting keeps its clause: "began visiting camps"
        List<Token> u = tokens("Sadat/NNP", "began:begin/VBD", "visiting:visit/VBG", "refugee/NN", "camps:camp/NNS");
        List<Dependency> right = List.of(new Dependency(1, 0, "nsubj"), new Dependency(-1, 1, "root"),
                new Dependency(1, 2, "xcomp"), new Dependency(4, 3, "compound"), new Dependency(2, 4, "obj"));
        assertThat(ParseRepairs.apply(u, right)).isEqualTo(right);
    }

    @Test
    void theSpeakerOfATrailingAttributionIsItsSubjectNotAnApposition() {
        // Troops shelled Aleppo , killing 12 civilians , an official said : "official" hung on "civilians"
        List<Token> t = tokens("Troops:troops/NNS", "shelled:shell/VBD", "Aleppo/NNP", ",/,", "killing:kill/VBG",
                "12/CD", "civilians:civilian/NNS", ",/,", "an/DT", "official/NN", "said:say/VBD");
        List<Dependency> wrong = List.of(new Dependency(1, 0, "nsubj"), new Dependency(-1, 1, "root"),
                new Dependency(1, 2, "obj"), new Dependency(1, 3, "punct"), new Dependency(1, 4, "advcl"),
                new Dependency(6, 5, "nummod"), new Dependency(4, 6, "obj"), new Dependency(6, 7, "punct"),
                new Dependency(9, 8, "det"), new Dependency(6, 9, "appos"), new Dependency(4, 10, "dep"));
        assertThat(ParseRepairs.apply(t, wrong)).contains(new Dependency(10, 9, "nsubj"),
                new Dependency(1, 10, "parataxis"), new Dependency(4, 6, "obj")).hasSize(wrong.size());
        // the noun made the subject of "said", the participle its dependent
        List<Dependency> worse = List.of(new Dependency(1, 0, "nsubj"), new Dependency(-1, 1, "root"),
                new Dependency(1, 2, "obj"), new Dependency(1, 3, "punct"), new Dependency(10, 4, "dep"),
                new Dependency(6, 5, "nummod"), new Dependency(10, 6, "nsubj"), new Dependency(6, 7, "punct"),
                new Dependency(9, 8, "det"), new Dependency(6, 9, "appos"), new Dependency(1, 10, "parataxis"));
        assertThat(ParseRepairs.apply(t, worse)).contains(new Dependency(10, 9, "nsubj"), new Dependency(4, 6, "obj"),
                new Dependency(1, 4, "advcl"), new Dependency(1, 10, "parataxis")).hasSize(worse.size());
    }

    @Test
    void anOfAfterALongSubjectTakenForAClauseMarkGoesBackToTheNoun() {
        // The Union of Miners ( UMK ) , the largest union , announced a strike : "of" the mark of "announced"
        List<Token> t = tokens("The/DT", "Union:union/NN", "of/IN", "Miners/NNPS", "(/-LRB-", "UMK/NN", ")/-RRB-",
                ",/,", "the/DT", "largest:large/JJS", "union/NN", ",/,", "announced:announce/VBD", "a/DT", "strike/NN");
        List<Dependency> wrong = List.of(new Dependency(1, 0, "det"), new Dependency(-1, 1, "root"),
                new Dependency(12, 2, "mark"), new Dependency(12, 3, "nsubj"), new Dependency(5, 4, "punct"),
                new Dependency(3, 5, "appos"), new Dependency(5, 6, "punct"), new Dependency(3, 7, "punct"),
                new Dependency(10, 8, "det"), new Dependency(10, 9, "amod"), new Dependency(3, 10, "appos"),
                new Dependency(3, 11, "punct"), new Dependency(1, 12, "acl"), new Dependency(14, 13, "det"),
                new Dependency(12, 14, "obj"));
        assertThat(ParseRepairs.apply(t, wrong)).contains(new Dependency(-1, 12, "root"),
                new Dependency(12, 1, "nsubj"), new Dependency(1, 3, "nmod"), new Dependency(3, 2, "case"))
                .hasSize(wrong.size());
    }

    @Test
    void aCompoundWithADeterminerAndAConjunctIsTheFirstOfTwoPhrases() {
        // The Gondorian government and Orc rebels signed a truce: "government and Orc" made a compound of "rebels"
        List<Token> t = tokens("The/DT", "Gondorian/JJ", "government/NN", "and/CC", "Orc/NN", "rebels:rebel/NNS",
                "signed:sign/VBD", "a/DT", "truce/NN");
        List<Dependency> wrong = List.of(new Dependency(2, 0, "det"), new Dependency(2, 1, "amod"),
                new Dependency(5, 2, "compound"), new Dependency(4, 3, "cc"), new Dependency(2, 4, "conj"),
                new Dependency(6, 5, "nsubj"), new Dependency(-1, 6, "root"), new Dependency(8, 7, "det"),
                new Dependency(6, 8, "obj"));
        assertThat(ParseRepairs.apply(t, wrong)).contains(new Dependency(6, 2, "nsubj"), new Dependency(2, 5, "conj"),
                new Dependency(5, 4, "compound"), new Dependency(5, 3, "cc"), new Dependency(2, 0, "det"))
                .hasSize(wrong.size());
        // a compound with no determiner of its own is one: "the government and opposition leaders"
        List<Token> u = tokens("the/DT", "government/NN", "and/CC", "opposition/NN", "leaders:leader/NNS", "met:meet/VBD");
        List<Dependency> right = List.of(new Dependency(4, 0, "det"), new Dependency(4, 1, "compound"),
                new Dependency(3, 2, "cc"), new Dependency(1, 3, "conj"), new Dependency(5, 4, "nsubj"),
                new Dependency(-1, 5, "root"));
        assertThat(ParseRepairs.apply(u, right)).isEqualTo(right);
    }

    @Test
    void aReportedSubjectBeforeACopulaIsTheSubjectOfTheReportedClause() {
        // Gondor said Mordor was responsible : "said" the subject of "responsible", "Mordor" its object
        List<Token> t = tokens("Gondor/NNP", "said:say/VBD", "Mordor/NNP", "was:be/VBD", "responsible/JJ");
        List<Dependency> wrong = List.of(new Dependency(1, 0, "nsubj"), new Dependency(4, 1, "csubj"),
                new Dependency(1, 2, "obj"), new Dependency(4, 3, "cop"), new Dependency(-1, 4, "root"));
        assertThat(ParseRepairs.apply(t, wrong)).contains(new Dependency(-1, 1, "root"), new Dependency(1, 4, "ccomp"),
                new Dependency(4, 2, "nsubj"), new Dependency(4, 3, "cop")).hasSize(wrong.size());
    }
}
