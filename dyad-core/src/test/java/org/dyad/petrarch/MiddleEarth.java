package org.dyad.petrarch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.dyad.dictionary.Dictionaries;
import org.dyad.dictionary.Dictionaries.Kind;
import org.dyad.dictionary.DictionaryProblem;
import org.dyad.text.Sentence;
import org.dyad.text.SentenceBuilder;

/**
 * Small Middle-earth dictionaries in both of PETRARCH's verb syntaxes, written for the tests of the coder's parts,
 * and the sentences they code, parsed by hand as CoreNLP's basic UD parse gives them.
 */
final class MiddleEarth {
    private MiddleEarth() {
    }

    /** TABARI / PETRARCH-1 verb syntax. */
    private static final String VERBS_TABARI = """
        <!-- Middle-earth verbs in TABARI syntax, for the tests of the coder's parts -->
        --- PRAISE [051] ---
        PRAISE

        --- THREATEN [130] ---
        THREATEN
        - * + WITH_WAR [138]

        --- MEET [040] ---
        MEET {MET MEETS MEETING}
        - % * [043]

        --- SAY [010] ---
        SAY {SAID SAYS SAYING}

        --- ATTACK [190] ---
        ATTACK
        """;

    /** PETRARCH2 verb syntax: {@code {}} groups a noun phrase, {@code ()} a prepositional phrase. */
    private static final String VERBS_PETRARCH2 = """
        # Middle-earth verbs in PETRARCH2 syntax, for the tests of the coder's parts
        --- SAY [010] ---
        SAY {SAID SAYS SAYING}

        --- WITHDRAW [0874] ---
        WITHDRAW {WITHDREW WITHDRAWN WITHDRAWING WITHDRAWS}

        --- ACCUSE [112] ---
        ACCUSE
        - * + (OF {TREACHERY}) [1121]
        """;

    private static final String ACTORS = """
        # Middle-earth actors for the tests of the coder's parts
        GONDOR_ [GON]
        ARNOR_ [ARN]
        ROHAN_ [ROH]
        MORDOR_ [MOR]
        """;

    private static final String AGENTS = """
        STEWARD [~GOV]
        RANGER [~MIL]
        """;

    static final Dictionaries TABARI = dictionaries(VERBS_TABARI, "tabari.verbs.txt");
    static final Dictionaries PETRARCH2 = dictionaries(VERBS_PETRARCH2, "p2.verbs.txt");

    private static Dictionaries dictionaries(String verbs, String verbFile) {
        List<DictionaryProblem> problems = new ArrayList<>();
        Dictionaries d = new Dictionaries.Builder(problems)
            .read(Kind.VERBS, new StringReader(verbs), verbFile)
            .read(Kind.ACTORS, new StringReader(ACTORS), "middle.actors.txt")
            .read(Kind.AGENTS, new StringReader(AGENTS), "middle.agents.txt")
            .build();
        assertThat(problems).isEmpty();
        return d;
    }

    /** The sentence's words, as the coder matches them. */
    static List<String> words(Sentence s) {
        return PetrarchCoder.words(s);
    }

    /** Nothing removed: no comma clauses. */
    static boolean[] none(Sentence s) {
        return new boolean[s.size()];
    }

    /** "Gondor and the ranger praised Arnor.": a compound subject, its second conjunct an agent alone. */
    static Sentence gondorAndRanger() {
        return new SentenceBuilder("Gondor and the ranger praised Arnor.")
            .t("Gondor", "Gondor", "NNP").t("and", "and", "CC").t("the", "the", "DT").t("ranger", "ranger", "NN")
            .t("praised", "praise", "VBD").t("Arnor", "Arnor", "NNP").t(".", ".", ".")
            .root(4).d(4, 0, "nsubj").d(3, 1, "cc").d(3, 2, "det").d(0, 3, "conj").d(4, 5, "obj").d(4, 6, "punct")
            .build();
    }

    /** "The ranger praised Gondor.": an agent of no named country, in a sentence with one country. */
    static Sentence rangerPraisedGondor() {
        return new SentenceBuilder("The ranger praised Gondor.")
            .t("The", "the", "DT").t("ranger", "ranger", "NN").t("praised", "praise", "VBD").t("Gondor", "Gondor", "NNP")
            .t(".", ".", ".")
            .root(2).d(1, 0, "det").d(2, 1, "nsubj").d(2, 3, "obj").d(2, 4, "punct").build();
    }

    /** "Arnor was praised by Gondor.": a passive with a "by" phrase. */
    static Sentence passive() {
        return new SentenceBuilder("Arnor was praised by Gondor.")
            .t("Arnor", "Arnor", "NNP").t("was", "be", "VBD").t("praised", "praise", "VBN").t("by", "by", "IN")
            .t("Gondor", "Gondor", "NNP").t(".", ".", ".")
            .root(2).d(2, 0, "nsubj:pass").d(2, 1, "aux:pass").d(4, 3, "case").d(2, 4, "obl").d(2, 5, "punct")
            .build();
    }

    /** "Gondor wanted to praise Arnor.": the subject of "praise" is that of "wanted" (control). */
    static Sentence control() {
        return new SentenceBuilder("Gondor wanted to praise Arnor.")
            .t("Gondor", "Gondor", "NNP").t("wanted", "want", "VBD").t("to", "to", "TO").t("praise", "praise", "VB")
            .t("Arnor", "Arnor", "NNP").t(".", ".", ".")
            .root(1).d(1, 0, "nsubj").d(3, 2, "mark").d(1, 3, "xcomp").d(3, 4, "obj").d(1, 5, "punct").build();
    }

    /** "Gondor threatened Arnor with war.": TABARI's pattern {@code - * + WITH_WAR [138]}. */
    static Sentence threatenedWithWar() {
        return new SentenceBuilder("Gondor threatened Arnor with war.")
            .t("Gondor", "Gondor", "NNP").t("threatened", "threaten", "VBD").t("Arnor", "Arnor", "NNP")
            .t("with", "with", "IN").t("war", "war", "NN").t(".", ".", ".")
            .root(1).d(1, 0, "nsubj").d(1, 2, "obj").d(4, 3, "case").d(1, 4, "obl").d(1, 5, "punct").build();
    }

    /** "Gondor threatened Arnor.": no pattern, the verb's own code. */
    static Sentence threatened() {
        return new SentenceBuilder("Gondor threatened Arnor.")
            .t("Gondor", "Gondor", "NNP").t("threatened", "threaten", "VBD").t("Arnor", "Arnor", "NNP")
            .t(".", ".", ".")
            .root(1).d(1, 0, "nsubj").d(1, 2, "obj").d(1, 3, "punct").build();
    }

    /** "Gondor and Rohan met.": a compound subject, for {@code - % * [043]}. */
    static Sentence gondorAndRohanMet() {
        return new SentenceBuilder("Gondor and Rohan met.")
            .t("Gondor", "Gondor", "NNP").t("and", "and", "CC").t("Rohan", "Rohan", "NNP").t("met", "meet", "VBD")
            .t(".", ".", ".")
            .root(3).d(3, 0, "nsubj").d(2, 1, "cc").d(0, 2, "conj").d(3, 4, "punct").build();
    }

    /** "Gondor met.": one actor where {@code %} wants two. */
    static Sentence gondorMet() {
        return new SentenceBuilder("Gondor met.")
            .t("Gondor", "Gondor", "NNP").t("met", "meet", "VBD").t(".", ".", ".")
            .root(1).d(1, 0, "nsubj").d(1, 2, "punct").build();
    }

    /** "Gondor said Rohan attacked Mordor.": a report whose target is the subject of the event it reports. */
    static Sentence saidAttacked() {
        return new SentenceBuilder("Gondor said Rohan attacked Mordor.")
            .t("Gondor", "Gondor", "NNP").t("said", "say", "VBD").t("Rohan", "Rohan", "NNP")
            .t("attacked", "attack", "VBD").t("Mordor", "Mordor", "NNP").t(".", ".", ".")
            .root(1).d(1, 0, "nsubj").d(1, 3, "ccomp").d(3, 2, "nsubj").d(3, 4, "obj").d(1, 5, "punct").build();
    }

    /** "Gondor said Rohan must withdraw.": a statement of what another must do. */
    static Sentence saidMustWithdraw() {
        return new SentenceBuilder("Gondor said Rohan must withdraw.")
            .t("Gondor", "Gondor", "NNP").t("said", "say", "VBD").t("Rohan", "Rohan", "NNP").t("must", "must", "MD")
            .t("withdraw", "withdraw", "VB").t(".", ".", ".")
            .root(1).d(1, 0, "nsubj").d(1, 4, "ccomp").d(4, 2, "nsubj").d(4, 3, "aux").d(1, 5, "punct").build();
    }

    /** "Gondor praised Arnor and Rohan attacked Mordor.": two coordinated clauses. */
    static Sentence coordinated() {
        return new SentenceBuilder("Gondor praised Arnor and Rohan attacked Mordor.")
            .t("Gondor", "Gondor", "NNP").t("praised", "praise", "VBD").t("Arnor", "Arnor", "NNP")
            .t("and", "and", "CC").t("Rohan", "Rohan", "NNP").t("attacked", "attack", "VBD")
            .t("Mordor", "Mordor", "NNP").t(".", ".", ".")
            .root(1).d(1, 0, "nsubj").d(1, 2, "obj").d(5, 3, "cc").d(5, 4, "nsubj").d(1, 5, "conj")
            .d(5, 6, "obj").d(1, 7, "punct").build();
    }
}
