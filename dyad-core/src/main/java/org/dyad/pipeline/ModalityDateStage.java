package org.dyad.pipeline;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.dyad.date.DateResolver;
import org.dyad.date.TextDate;
import org.dyad.event.EventDraft;
import org.dyad.event.Modality;
import org.dyad.event.ModalityDetector;
import org.dyad.text.Sentence;

/**
 * Modality and dates, one implementation for every coder.
 *
 * <ul>
 *   <li>Modality: negated ("did not sign"), hypothetical ("will visit", "invited him to visit") or historical (a
 *       past year hangs on the trigger: "the war in 2020"), by {@link ModalityDetector}; a coder's own negation
 *       (PETRARCH's) counts too.</li>
 *   <li>Date: the date that dates the trigger ({@link DateResolver#governing}: "met on Monday", "carried out an
 *       attack in June 2017"); else the sentence's first date that is not history; else the date the text last
 *       gave, from the article's date on. An undated article gives undated
 *       events unless the text itself dates them ({@link DateResolver}); the day of the run is never used.</li>
 * </ul>
 * Immutable and thread-safe; the date carried from sentence to sentence is kept in the document's work.
 */
public final class ModalityDateStage implements Stage {
    public ModalityDateStage() {
    }

    @Override public String name() { return "modality+dates"; }

    @Override public Set<Layer> reads() { return Set.of(Layer.PARSE, Layer.DRAFTS); }

    @Override public Set<Layer> adds() { return Set.of(Layer.MODALITY, Layer.DATES); }

    /** The date the text last gave, carried from sentence to sentence. */
    private record Dated(Optional<LocalDate> date, String precision) {}

    private static final class Carried {
        Dated dated;
    }

    /**
     * {@link ParseNeed#LATER} where the sentence may give a date: it dates the events of the sentences after it (its
     * own events, if it has any, are parsed for their triggers).
     */
    @Override
    public Set<ParseNeed> parseNeeds(java.util.List<org.dyad.text.Sentence> article, int index) {
        org.dyad.text.Sentence s = article.get(index);
        return DateResolver.mayDate(s) ? java.util.EnumSet.of(ParseNeed.LATER) : ParseNeed.none();
    }

    @Override
    public void codeSentence(SentenceWork w) {
        Carried carried = w.document().note("modality+dates", () -> {
            Carried c = new Carried();
            c.dated = new Dated(w.document().published(), w.document().published().isPresent() ? "day" : "none");
            return c;
        });
        Sentence s = w.sentence();
        List<TextDate> dates = w.dates();
        Dated here = dates.stream().filter(d -> !d.historical()).findFirst()
                .map(d -> new Dated(Optional.of(d.date()), d.precision())).orElse(carried.dated);
        for (EventDraft d : w.drafts()) {
            if (!d.alive()) {
                continue;
            }
            Modality m = ModalityDetector.detect(s, d.trigger(), dates);
            if (d.coderNegated() && !m.negated()) {
                m = m.withNegated();
            }
            d.setModality(m);
            Dated when = DateResolver.governing(s, dates, d.trigger())
                    .map(t -> new Dated(Optional.of(t.date()), t.precision())).orElse(here);
            d.setDate(when.date(), when.precision());
        }
        carried.dated = here;
    }
}
