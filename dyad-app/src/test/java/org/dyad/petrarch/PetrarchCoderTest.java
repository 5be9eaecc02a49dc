package org.dyad.petrarch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.dyad.article.Article;
import org.dyad.dictionary.Dictionaries.Kind;
import org.dyad.text.ParsedDocument;
import org.junit.jupiter.api.Test;
import org.dyad.dictionary.Dictionaries;
import org.dyad.dictionary.DictionaryProblem;
import org.dyad.dictionary.VerbDictionary;

/**
 * {@link PetrarchCoder} on sentences parsed by CoreNLP (the CLI's one pipeline per JVM), with small
 * Middle-earth dictionaries written for these tests in both of PETRARCH's verb syntaxes.
 */
class PetrarchCoderTest {
    /** TABARI / PETRARCH-1 verb syntax: words joined by {@code _} must be consecutive, {@code %} a compound. */
    static final String VERBS_TABARI = """
        <!-- Middle-earth verbs in TABARI syntax, for the coder tests -->
        &ARMS
        +SWORDS
        +SPEARS
        +SIEGE_ENGINES

        --- PRAISE [051] ---
        PRAISE
        HAIL

        --- THREATEN [130] ---
        THREATEN
        - * + WITH_WAR [138]

        --- SEND [---] ---
        SEND {SENT SENDS SENDING}
        - * ENVOYS_TO + [036]
        - * &ARMS TO + [062]

        --- VISIT [042:043] ---
        VISIT

        --- MEET [040] ---
        MEET {MET MEETS MEETING}
        - % * [043]
        """;

    /** PETRARCH2 verb syntax: {@code {}} groups a noun phrase, {@code ()} a prepositional phrase. */
    static final String VERBS_PETRARCH2 = """
        # Middle-earth verbs in PETRARCH2 syntax, for the coder tests
        &TREASURE
        +GOLD
        +MITHRIL
        +SILVER

        --- CRITICIZE [110] ---
        CRITICIZE
        DENOUNCE

        --- GIVE [070] ---
        GIVE {GAVE GIVEN GIVING GIVES}
        - * {&TREASURE} (TO +) [071]

        --- ACCUSE [112] ---
        ACCUSE
        - * + (OF {TREACHERY}) [1121]
        """;

    static final String ACTORS = """
        # Middle-earth actors for the coder tests
        GONDOR_ [GON]
        +GONDORIAN_
        +MINAS_TIRITH
        ARNOR_ [ARN]
        ROHAN_ [ROH]
        MORDOR_ [MOR]
        THEODEN_
            [ROHGOV 20010101-20091231]
            [ROHELI <20010101]
            [ROHELI >20100101]
        """;

    static final String AGENTS = """
        STEWARD [~GOV]
        KING [~GOV]
        RANGER [~MIL]
        RELIEF_WORKER [NGO~]
        """;

    static final String DISCARDS = """
        CROSSWORD_PUZZLE
        + BREE_TOWN_GOSSIP
        """;

    /** A few codes of an internal coding ontology: "did not criticize" (0xFFFF + 0x0080) is 050 (0x0080). */
    static final String ONTOLOGY = """
        050:0x0080#Cooperate
        110:0x1007f#0xFFFF+0x0080#Disapprove
        120:-0xFFFF#Reject
        """;

    private static final LocalDate DAY = LocalDate.of(2005, 3, 1);

    private static Dictionaries dictionaries(String verbs, String verbFile) {
        List<DictionaryProblem> problems = new ArrayList<>();
        Dictionaries d = new Dictionaries.Builder(problems)
            .read(Kind.VERBS, new StringReader(verbs), verbFile)
            .read(Kind.ACTORS, new StringReader(ACTORS), "middle.actors.txt")
            .read(Kind.AGENTS, new StringReader(AGENTS), "middle.agents.txt")
            .read(Kind.DISCARDS, new StringReader(DISCARDS), "middle.discards.txt")
            .build();
        assertThat(problems).isEmpty();
        return d;
    }

    private static final Dictionaries TABARI = dictionaries(VERBS_TABARI, "tabari.verbs.txt");
    private static final Dictionaries PETRARCH2 = dictionaries(VERBS_PETRARCH2, "p2.verbs.txt");

    private static final PetrarchCoder TAB = new PetrarchCoder(TABARI, CodingOptions.defaults());
    private static final PetrarchCoder P2 = new PetrarchCoder(PETRARCH2, CodingOptions.defaults());

    private static ParsedDocument parse(String text) {
        return org.dyad.acceptance.TestPipeline.dyad().parser().parse(Article.of("t", text, DAY));
    }

    private static PetrarchCoder.Result code(PetrarchCoder coder, String text) {
        return coder.code(parse(text), DAY);
    }

    private static Set<String> triples(PetrarchCoder coder, String text) {
        Set<String> out = new LinkedHashSet<>();
        code(coder, text).events().forEach(e -> out.add(e.triple()));
        return out;
    }

    @Test
    void theDictionariesHaveTheirSyntax() {
        assertThat(TABARI.verbs().syntax()).isEqualTo(VerbDictionary.Syntax.TABARI);
        assertThat(PETRARCH2.verbs().syntax()).isEqualTo(VerbDictionary.Syntax.PETRARCH2);
    }

    @Test
    void aSubjectVerbObjectSentenceIsOneEvent() {
        assertThat(triples(TAB, "Gondor praised Arnor.")).containsExactly("GON-ARN:051");
        assertThat(triples(TAB, "Arnor hailed Gondor.")).containsExactly("ARN-GON:051");
        assertThat(triples(P2, "Gondor criticized Arnor.")).containsExactly("GON-ARN:110");
        assertThat(triples(TAB, "Gondor praised the treaty.")).isEmpty();
    }

    @Test
    void anEventNamesTheRuleThatMadeItByFileAndLine() {
        CodedEvent e = code(TAB, "Gondor threatened Arnor with war.").events().get(0);
        assertThat(e.rule()).isEqualTo("tabari.verbs.txt:13 - * + WITH_WAR [138]");
        assertThat(e.trigger()).isEqualTo("threatened");
        assertThat(e.sourceText()).isEqualTo("Gondor");
        assertThat(e.targetText()).isEqualTo("Arnor");
        assertThat(code(TAB, "Gondor threatened Arnor.").events().get(0).rule())
            .isEqualTo("tabari.verbs.txt:12 THREATEN [130]");
        assertThat(code(P2, "Gondor gave gold to Rohan.").events().get(0).rule())
            .isEqualTo("p2.verbs.txt:13 - * {&TREASURE} (TO +) [071]");
    }

    @Test
    void aMoreSpecificPatternWinsOverTheBlocksCode() {
        assertThat(triples(TAB, "Gondor threatened Arnor.")).containsExactly("GON-ARN:130");
        assertThat(triples(TAB, "Gondor threatened Arnor with war.")).containsExactly("GON-ARN:138");
        assertThat(triples(P2, "Gondor gave horses to Rohan.")).containsExactly("GON-ROH:070");
        assertThat(triples(P2, "Gondor gave gold to Rohan.")).containsExactly("GON-ROH:071");
        assertThat(triples(P2, "Gondor accused Arnor of theft.")).containsExactly("GON-ARN:112");
        assertThat(triples(P2, "Gondor accused Arnor of treachery.")).containsExactly("GON-ARN:1121");
    }

    @Test
    void wordsJoinedByAnUnderscoreMustBeConsecutive() {
        // the SEND block has no code of its own: only its patterns code
        assertThat(triples(TAB, "Gondor sent envoys to Arnor.")).containsExactly("GON-ARN:036");
        assertThat(triples(TAB, "Gondor sent envoys by ship to Arnor.")).isEmpty();
    }

    @Test
    void aSynonymSetInAPatternMatchesAnyOfItsMembers() {
        assertThat(triples(TAB, "Gondor sent spears to Rohan.")).containsExactly("GON-ROH:062");
        assertThat(triples(TAB, "Gondor sent siege engines to Rohan.")).containsExactly("GON-ROH:062");
        assertThat(triples(TAB, "Gondor sent grain to Rohan.")).isEmpty();
        assertThat(triples(P2, "Gondor gave mithril and silver to Rohan.")).containsExactly("GON-ROH:071");
    }

    @Test
    void aPairedCodeGivesTheReverseEventToo() {
        assertThat(triples(TAB, "Gondor visited Arnor.")).containsExactly("GON-ARN:042", "ARN-GON:043");
    }

    @Test
    void aCompoundSubjectGivesOneEventPerActor() {
        assertThat(triples(TAB, "Gondor and Rohan praised Arnor.")).containsExactlyInAnyOrder("GON-ARN:051",
            "ROH-ARN:051");
        assertThat(triples(TAB, "Gondor threatened Arnor and Rohan with war.")).containsExactlyInAnyOrder(
            "GON-ARN:138", "GON-ROH:138");
    }

    @Test
    void agentsComposeWithTheirCountry() {
        assertThat(triples(TAB, "The steward of Gondor praised Arnor.")).containsExactly("GONGOV-ARN:051");
        assertThat(triples(TAB, "Gondor's steward praised Arnor.")).containsExactly("GONGOV-ARN:051");
        assertThat(triples(TAB, "Rangers of Arnor praised Gondor.")).containsExactly("ARNMIL-GON:051");
        // [NGO~] goes before the country
        assertThat(triples(TAB, "Relief workers from Arnor praised Gondor.")).containsExactly("NGOARN-GON:051");
        // an agent of no known country
        assertThat(triples(TAB, "The steward praised Arnor.")).containsExactly("---GOV-ARN:051");
        assertThat(triples(TAB, "The king of Gondor visited Arnor.")).containsExactly("GONGOV-ARN:042",
            "ARN-GONGOV:043");
    }

    @Test
    void aCompoundPatternCodesTheActorsOnEachOther() {
        assertThat(triples(TAB, "Gondor and Rohan met on Tuesday.")).containsExactlyInAnyOrder("GON-ROH:043",
            "ROH-GON:043");
        assertThat(code(TAB, "Gondor and Rohan met on Tuesday.").events())
            .allSatisfy(e -> assertThat(e.rule()).isEqualTo("tabari.verbs.txt:25 - % * [043]"));
    }

    /** PETRARCH-1 matches % only on a compound, so with one actor the block's own code [040] applies. */
    @Test
    void aCompoundPatternDoesNotMatchASingleActor() {
        assertThat(triples(TAB, "Gondor met Rohan.")).containsExactly("GON-ROH:040");
    }

    @Test
    void aPassiveWithAByPhraseSwapsSourceAndTarget() {
        assertThat(triples(TAB, "Arnor was praised by Gondor.")).containsExactly("GON-ARN:051");
        assertThat(triples(P2, "Arnor was criticized by Gondor.")).containsExactly("GON-ARN:110");
        assertThat(triples(TAB, "Arnor was praised.")).isEmpty();
    }

    @Test
    void withoutRequireDyadAnEventMayHaveNoTarget() {
        PetrarchCoder oneSided = TAB.withOptions(CodingOptions.defaults().with("require_dyad", "false"));
        assertThat(triples(TAB, "Gondor praised the treaty.")).isEmpty();
        List<CodedEvent> events = code(oneSided, "Gondor praised the treaty.").events();
        assertThat(events).extracting(CodedEvent::triple).containsExactly("GON----:051");
        assertThat(events.get(0).target()).isEqualTo(CodedEvent.NONE);
        assertThat(triples(P2.withOptions(oneSided.options()), "Gondor criticized the treaty."))
            .containsExactly("GON----:110");
    }

    @Test
    void aDatedActorCodeIsTheOneInForceOnTheDateGivenToCode() {
        ParsedDocument doc = parse("Theoden praised Gondor.");
        assertThat(TAB.code(doc, LocalDate.of(2005, 6, 1)).events()).extracting(CodedEvent::triple)
            .containsExactly("ROHGOV-GON:051");
        assertThat(TAB.code(doc, LocalDate.of(2012, 6, 1)).events()).extracting(CodedEvent::triple)
            .containsExactly("ROHELI-GON:051");
        assertThat(TAB.code(doc, LocalDate.of(2000, 12, 31)).events()).extracting(CodedEvent::triple)
            .containsExactly("ROHELI-GON:051");
        assertThat(TAB.code(doc, LocalDate.of(2001, 1, 1)).events()).extracting(CodedEvent::triple)
            .containsExactly("ROHGOV-GON:051");
    }

    @Test
    void aSentenceDiscardDropsItsSentenceOnly() {
        PetrarchCoder.Result r = code(TAB, "Gondor praised Arnor. The crossword puzzle says Rohan praised Mordor.");
        assertThat(r.events()).extracting(CodedEvent::triple).containsExactly("GON-ARN:051");
        assertThat(r.skipped()).containsExactly(java.util.Map.entry(1, PetrarchCoder.Skip.SENTENCE_DISCARD));
    }

    @Test
    void aStoryDiscardDropsTheWholeArticle() {
        PetrarchCoder.Result r = code(TAB, "Gondor praised Arnor. Bree town gossip has it that Rohan praised Mordor.");
        assertThat(r.events()).isEmpty();
        assertThat(r.skipped()).containsExactly(java.util.Map.entry(-1, PetrarchCoder.Skip.STORY_DISCARD));
        assertThat(PetrarchCoder.Skip.STORY_DISCARD.petrarchName()).isEqualTo("storydiscard");
    }

    @Test
    void withAnOntologyANegatedVerbIsCodedAsTheOppositeEvent() {
        List<DictionaryProblem> problems = new ArrayList<>();
        CodeOntology ontology = CodeOntology.read(new StringReader(ONTOLOGY), "middle.pico.txt", problems);
        assertThat(problems).isEmpty();
        PetrarchCoder negating = P2.withOntology(ontology);

        List<CodedEvent> plain = code(P2, "Gondor did not criticize Arnor.").events();
        assertThat(plain).extracting(CodedEvent::triple).containsExactly("GON-ARN:110");
        assertThat(plain.get(0).negated()).isTrue();

        List<CodedEvent> opposite = code(negating, "Gondor did not criticize Arnor.").events();
        assertThat(opposite).extracting(CodedEvent::triple).containsExactly("GON-ARN:050");
        assertThat(opposite.get(0).negated()).isTrue();
        assertThat(opposite.get(0).rule()).startsWith("p2.verbs.txt:8 CRITICIZE");
        assertThat(triples(negating, "Gondor never denounced Arnor.")).containsExactly("GON-ARN:050");
        // not negated: the code stands; a code the ontology does not know stays as it is
        assertThat(triples(negating, "Gondor criticized Arnor.")).containsExactly("GON-ARN:110");
        assertThat(triples(negating, "Gondor did not give gold to Rohan.")).containsExactly("GON-ROH:071");
    }
}
