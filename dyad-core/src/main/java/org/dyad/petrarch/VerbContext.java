package org.dyad.petrarch;

/**
 * What the coding of one verb depends on beyond its sentence: decided once per verb and passed down to the
 * pattern matching and the actor lookup, never kept in a field.
 *
 * @param petrarch2     the verb's block is in PETRARCH2 syntax (else TABARI's): patterns see the verb's own
 *                      phrases and match lemmas, the subject alone is matched before the verb, the target is
 *                      the first of the verb's phrases headed by an actor, and an event needs an identified actor
 * @param reporting     the verb reports (a statement: CAMEO 01, or any verb in TABARI syntax), so what its
 *                      complement clause says is an event of its own; a demand, threat or promise is aimed
 *                      at whom its content is
 * @param allowDomestic PETRARCH2 conventions without {@code require_dyad}: domestic events (the same country
 *                      on both sides) are coded, and an agent of no named country is placed in the sentence's
 *                      only country
 */
record VerbContext(boolean petrarch2, boolean reporting, boolean allowDomestic) {

    /**
     * The context of a verb from a block of the given syntax, before its code is known: whether it reports
     * follows from the code ({@link #withReporting}); nothing before that reads it.
     */
    static VerbContext forBlock(boolean petrarch2, CodingOptions options) {
        return new VerbContext(petrarch2, true, petrarch2 && !options.requireDyad());
    }

    VerbContext withReporting(boolean r) {
        return new VerbContext(petrarch2, r, allowDomestic);
    }
}
