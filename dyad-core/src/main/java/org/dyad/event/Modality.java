package org.dyad.event;

import java.time.Year;
import java.util.Optional;

/**
 * How an event is asserted. A negated, hypothetical or historical event is kept, flagged, and left out
 * of counts of what happened on the article's date.
 *
 * @param historicalYear the year a historical event belongs to, when the text gives one
 */
public record Modality(boolean negated, boolean hypothetical, boolean historical, Optional<Year> historicalYear) {
    public static final Modality ASSERTED = new Modality(false, false, false, Optional.empty());

    public boolean asserted() { return !negated && !hypothetical && !historical; }

    public Modality withNegated() { return new Modality(true, hypothetical, historical, historicalYear); }
    public Modality withHypothetical() { return new Modality(negated, true, historical, historicalYear); }
    public Modality withHistorical(Optional<Year> year) { return new Modality(negated, hypothetical, true, year); }
}
