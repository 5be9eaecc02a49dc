package org.dyad.actor;

/**
 * How the text placed an actor: the evidence behind its country (or, with none, its sectors), strongest first.
 * An event's confidence is built from the bases of its actors; a {@link #FALLBACK} country is a guess.
 */
public enum Basis {
    /** The country is named: "Iran", "Iran's", "the United States". */
    NAME,
    /** An actor dictionary entry: a person, organisation or group PETRARCH's or Dyad's dictionaries know. */
    DICTIONARY,
    /** A nationality word or "-led": "Iranian", "Azerbaijani", "Saudi-led". */
    NATIONALITY,
    /** A capital standing for its government: "Tehran said". */
    CAPITAL,
    /** A place phrase on the actor: "rebels in Ivory Coast", "doctors from Cuba", "ethnic Albanians in Macedonia". */
    PLACE,
    /** The article said it before: a pronoun, a surname, a counterpart, "the sides", an office holder named earlier. */
    DISCOURSE,
    /** A title, rank or group word without a country: "the government", "striking workers" (GOV, LAB). */
    SECTOR,
    /** A noun of people no list names ("the truckers", "500 households"): CAMEO's catch-all CVL, unplaced. */
    PEOPLE,
    /** The only country the sentence names, or a possessor's: a guess nothing in the phrase confirms. */
    FALLBACK
}
