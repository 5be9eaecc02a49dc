package org.dyad.petrarch;

import java.util.List;

/**
 * A coded noun phrase: its actor code (country, agents), its words, and its token indexes (0-based).
 *
 * @param code   the actor code, {@code ---GOV} for an agent of no country, {@code "NAME"} for a new actor
 * @param text   the phrase's words, without a preposition before it or a possessive after it
 * @param tokens the phrase's token indexes
 */
record Actorish(String code, String text, List<Integer> tokens) {
    /** No actor: the empty side of an event with one actor. */
    static final Actorish NONE = new Actorish(CodedEvent.NONE, "", List.of());
}
