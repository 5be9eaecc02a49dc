package org.dyad.dictionary;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

/**
 * Small PETRARCH-format dictionaries written for these tests (Middle-earth actors, as PETRARCH's own
 * validation suite uses), one per kind and syntax, each with exactly one malformed line where its
 * comment says.
 */
final class PetrarchTexts {
    private PetrarchTexts() {
    }

    /** PETRARCH2 verb syntax. Line 11 is malformed: a synonym-set member with the verb marker. */
    static final String VERBS_PETRARCH2 = """
        # Middle-earth verbs in PETRARCH2 syntax
        &TREASURE
        +MITHRIL
        +GOLD_
        +&GEM
        +DRAGON HOARD

        &GEM
        +ARKENSTONE
        +SILMARIL
        +* NOT A MEMBER

        ---  PLEDGE   [051]  ---
        PLEDGE
        VOW {VOWED VOWING }
        +SWEAR_IN {SWORE_IN SWORN_IN}
        GIVE_+WORD [052]
        - $ * + (OF &TREASURE)                  [071]   # tribute
        - * {ORCS ^ LEGIONS} +                  [---]
        - $ * (TO {HELP}) +                     [032:033]
        - &GEM_* +                              [057]

        ---  RETREAT   [---]  ---
        RETREAT
        WITHDRAW {WITHDREW WITHDRAWN}
        - * (FROM +)                            [0871]

        ~ a (a b ATTACK) SAY = a b 015
        """;

    /** PETRARCH-1 / TABARI verb syntax. Line 9 is malformed: a pattern without a code. */
    static final String VERBS_TABARI = """
        <!-- Middle-earth verbs in TABARI syntax -->
        <!-- a comment that
             spans two lines -->
        --- RIDE  [030]  ---
        RIDE {RODE RIDDEN RIDES RIDING}
        - IN_*  [075]
        - *_OUT [074]
        - % * [030:030]
        - $ * TOWARD
        - $ * TO_ROHAN_ + [042]  # pas
        """;

    /** Actors. Line 12 is malformed: an unclosed code bracket. */
    static final String ACTORS = """
        # Middle-earth actors
        GONDOR_ [GON]
        +MINAS_TIRITH
        +GONDORIAN
        ARNOR_  [ARN]
        DENETHOR_
        +DENETHOR_II
            [GONGOV 19950601 - 19990815]
            [GONELI < 950601]
            [GONELI > 990816]
        SARUMAN [ISEGOV 18970101-450703] [ISE]
        RADAGAST [WIZ
        ELROND_ [RIV/LOR]
        """;

    /** Agents. Line 7 is malformed: the code has no tilde. */
    static final String AGENTS = """
        !PERSON! = MAN, WOMAN, PERSON
        STEWARD [~GOV]
        RANGER {RANGERS DUNEDAIN} [~MIL]
        ENT {} [~ENV]
        HOBBIT_AID_WORKER [NGO~]
        COUNCIL!PERSON! [~LEG]
        CAPTAIN [MIL]
        """;

    /** Discards. Line 4 is malformed: a code where a phrase should be. */
    static final String DISCARDS = """
        SHIRE_GAZETTE
        + THE_RED_BOOK
        BREE_NEWS ; the Prancing Pony's sheet
        [NOT A PHRASE]
        """;

    /** Issues. Line 5 is malformed: a phrase without a code. */
    static final String ISSUES = """
        <ISSUE CATEGORY="RINGS" TYPE="NOUN">
        n:ring+of+power [RING_LORE]
        palantir [SEEING_STONES]
        ~a ring of keys
        gollum
        </ISSUE>
        """;

    /** A PETR_config.ini naming the files above. Line 10 is malformed. */
    static final String CONFIG = """
        # Middle-earth configuration
        [Dictionaries]
        verbfile_name    = middle.verbs.txt
        actorfile_list   = middle.actors.txt
        agentfile_name   = middle.agents.txt
        discardfile_name = middle.discards.txt
        issuefile_name   = middle.issues.txt
        [Options]
        new_actor_length = 0
        this line is neither
        """;

    /** Every fixture read into one set of dictionaries, the TABARI verbs laid over the PETRARCH2 ones. */
    static Dictionaries all(List<DictionaryProblem> problems) {
        return new Dictionaries.Builder(problems)
            .read(Dictionaries.Kind.VERBS, new StringReader(VERBS_PETRARCH2), "middle.verbs.txt")
            .read(Dictionaries.Kind.VERBS, new StringReader(VERBS_TABARI), "tabari.verbs.txt")
            .read(Dictionaries.Kind.ACTORS, new StringReader(ACTORS), "middle.actors.txt")
            .read(Dictionaries.Kind.AGENTS, new StringReader(AGENTS), "middle.agents.txt")
            .read(Dictionaries.Kind.DISCARDS, new StringReader(DISCARDS), "middle.discards.txt")
            .read(Dictionaries.Kind.ISSUES, new StringReader(ISSUES), "middle.issues.txt")
            .build();
    }

    static Dictionaries all() {
        return all(new ArrayList<>());
    }
}
