package org.dyad.pipeline;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.Optional;
import org.dyad.actor.Actor;
import org.dyad.actor.Basis;
import org.dyad.event.EventDraft;

/**
 * Selection: the last word on each draft. A country that is only a guess ({@link Basis#FALLBACK}: the sentence's
 * only country) is never the one the same event gives the other party: such a draft pairs a state with itself
 * on no evidence, and goes. An event with no target below the same doer's event with one, in the sentence's
 * parse ("rebels rejected the plan until their demands are met"), is a lesser happening beside the news, and
 * goes (here, not at arbitration: targets are complete only once places are read). Every draft that stays gets
 * its confidence in [0, 1]:
 *
 * <pre>
 *   confidence = coder x trigger x actor(source) x actor(target)
 *   coder    the lexicon 0.80; its reading confirmed by a PETRARCH pattern of the same family 0.92;
 *            PETRARCH alone 0.75, or 0.65 where it only fills a gap of the lexicon
 *   trigger  an entry that names its object or particle ("lift +sanctions", "call on"), or a PETRARCH
 *            pattern: 1.00; a bare verb or noun: 0.95 (lexicon), 0.90 (PETRARCH)
 *   actor    named 1.00; by dictionary or nationality 0.95; capital, place phrase or the article's
 *            discourse 0.85; sectors alone 0.70; a guess 0.50; no target (a one-sided event) 0.95
 * </pre>
 *
 * The figures are priors, not fitted: docs/accuracy.md shows precision and recall on the development sets at
 * several thresholds. Immutable and thread-safe.
 */
public final class SelectionStage implements Stage {
    private static final Map<Basis, Double> ACTOR = new EnumMap<>(Map.of(
            Basis.NAME, 1.00, Basis.DICTIONARY, 0.95, Basis.NATIONALITY, 0.95, Basis.CAPITAL, 0.85,
            Basis.PLACE, 0.85, Basis.DISCOURSE, 0.85, Basis.SECTOR, 0.70, Basis.PEOPLE, 0.60, Basis.FALLBACK, 0.50));
    private static final double ONE_SIDED = 0.95;

    private final boolean gapFilling;

    /** @param gapFilling whether PETRARCH's drafts only fill the lexicon's gaps (the default pipeline) */
    public SelectionStage(boolean gapFilling) {
        this.gapFilling = gapFilling;
    }

    @Override public String name() { return "selection"; }

    @Override public Set<Layer> reads() { return Set.of(Layer.DRAFTS, Layer.ARBITRATED); }

    @Override public Set<Layer> adds() { return Set.of(Layer.SELECTED); }

    /** Nothing: the stage works on the drafts of the trigger stages alone. */
    @Override
    public Set<ParseNeed> parseNeeds(java.util.List<org.dyad.text.Sentence> article, int index) {
        return ParseNeed.none();
    }

    @Override
    public void codeSentence(SentenceWork w) {
        oneSidedGiveWay(w.sentence(), w.alive());
        for (EventDraft d : w.alive()) {
            if (guessedIntoOtherParty(d)) {
                abstain(d);
                if (!d.alive()) {
                    continue;
                }
            }
            d.setConfidence(confidence(d));
        }
    }

    /**
     * An event with no target whose trigger lies deeper in the parse than the trigger of the same doer's event with
     * one (the same source country) is a lesser happening around the sentence's news: the dyadic event stands.
     */
    private static void oneSidedGiveWay(org.dyad.text.Sentence s, java.util.List<EventDraft> alive) {
        for (EventDraft d : alive) {
            if (d.alive() && d.target().isEmpty() && !d.source().country().isEmpty()
                    && alive.stream().anyMatch(o -> o.alive() && o.target().isPresent()
                            && o.source().country().equals(d.source().country())
                            && depth(s, o) < depth(s, d))) {
                d.drop("selection: a one-sided event below the same doer's dyadic event");
            }
        }
    }

    private static int depth(org.dyad.text.Sentence s, EventDraft d) {
        return d.trigger() < 0 ? Integer.MAX_VALUE : s.depth(d.trigger());
    }

    /**
     * The guessed actor loses its country: it keeps its sectors ("activists", CVL) when it has some, and the draft
     * goes when it has none left, or when both actors were guessed.
     */
    private static void abstain(EventDraft d) {
        boolean source = d.sourceBasis() == Basis.FALLBACK;
        boolean target = d.targetBasis().orElse(Basis.NAME) == Basis.FALLBACK;
        Actor guessed = source ? d.source() : d.target().orElseThrow();
        if ((source && target) || guessed.sectors().isEmpty()) {
            d.drop("selection: a guessed country is the other party's (" + d.source().code() + " -> "
                    + d.target().map(Actor::code).orElse("") + ")");
            return;
        }
        Actor unplaced = Actor.of("", guessed.sectors(), guessed.text(), guessed.name());
        if (source) {
            d.resource(unplaced, Basis.SECTOR);
        } else {
            d.retarget(Optional.of(unplaced), Basis.SECTOR);
        }
        d.recode(d.cameo(), " [selection: the guessed country " + guessed.country() + " is the other party's; left out]");
    }

    private static boolean guessedIntoOtherParty(EventDraft d) {
        if (d.target().isEmpty() || d.source().country().isEmpty()
                || !d.source().country().equals(d.target().get().country())) {
            return false;
        }
        // both guessed ("Government forces attacked rebel positions near Goma"): neither is a party the sentence
        // names, and both are placed in the one country it does name
        boolean source = d.sourceBasis() == Basis.FALLBACK;
        return source != (d.targetBasis().orElse(Basis.NAME) == Basis.FALLBACK)
                && !stateAndItsOwn(source ? d.source() : d.target().get(), source ? d.target().get() : d.source(),
                        source ? d.targetBasis().orElseThrow() : d.sourceBasis());
    }

    /**
     * "Rebels in Chad said they had captured two towns from government forces": authorities guessed into the country
     * of the insurgents or the public they face are those people's own, not a guess into another party's country.
     */
    private static boolean stateAndItsOwn(Actor guessed, Actor named, Basis namedBasis) {
        return org.dyad.actor.DomesticParties.authoritiesOfThePeople(guessed.sectors(), guessed.text(),
                org.dyad.actor.DomesticParties.sectorsOf(named, namedBasis));
    }

    /** The draft's confidence, rounded to two decimals. */
    double confidence(EventDraft d) {
        double coder = d.coder() == EventDraft.Coder.LEXICON ? (d.agreed() ? 0.92 : 0.80) : gapFilling ? 0.65 : 0.75;
        double trigger = specific(d) ? 1.0 : d.coder() == EventDraft.Coder.LEXICON ? 0.95 : 0.90;
        double source = ACTOR.get(d.sourceBasis());
        double target = d.targetBasis().map(ACTOR::get).orElse(ONE_SIDED);
        return Math.round(coder * trigger * source * target * 100) / 100.0;
    }

    /** A lexicon entry with an object or particle, or a PETRARCH pattern (not a verb's bare code). */
    private static boolean specific(EventDraft d) {
        String rule = d.rule();
        if (d.coder() == EventDraft.Coder.LEXICON) {
            int arrow = rule.indexOf(" -> ");
            String entry = arrow < 0 ? rule : rule.substring(0, arrow);
            return entry.contains(" +") || entry.split(" ").length > 3;
        }
        return rule.contains(" * ") || rule.contains("* ") || rule.contains(" *");
    }
}
