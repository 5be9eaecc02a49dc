package org.dyad.petrarch;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.dyad.actor.Actor;
import org.dyad.event.DocumentCoder;
import org.dyad.event.Event;
import org.dyad.event.Evidence;
import org.dyad.event.Modality;
import org.dyad.ontology.Cameo;
import org.dyad.ontology.CameoCode;
import org.dyad.text.ParsedDocument;
import org.dyad.text.Sentence;
import org.dyad.dictionary.ActorCodes;

/**
 * Dyad's event pipeline with PETRARCH dictionaries: {@link PetrarchCoder}'s events as {@link Event}s.
 * Events are dated with the article's date (today when it has none). An event whose code is not a CAMEO
 * code (a validation suite's private codes) cannot be an {@link Event}; those are counted and left out.
 * Thread-safe.
 */
public final class PetrarchEventCoder implements DocumentCoder {
    private final PetrarchCoder coder;
    private final Cameo cameo;
    private final AtomicLong unlisted = new AtomicLong();
    private static final org.dyad.date.DateResolver DATES = new org.dyad.date.DateResolver();

    public PetrarchEventCoder(PetrarchCoder coder, Cameo cameo) {
        this.coder = Objects.requireNonNull(coder, "coder");
        this.cameo = Objects.requireNonNull(cameo, "cameo");
    }

    /** Events dropped so far because their code is not in CAMEO. */
    public long unlistedCodes() {
        return unlisted.get();
    }

    @Override
    public List<Event> code(ParsedDocument doc) {
        Optional<LocalDate> published = doc.article().published();
        LocalDate date = published.orElse(LocalDate.now());
        PetrarchCoder.Result r = coder.code(doc, date);
        List<Event> out = new ArrayList<>();
        int k = 0;
        for (CodedEvent e : r.events()) {
            Optional<CameoCode> c = cameo.find(e.code());
            if (c.isEmpty()) {
                unlisted.incrementAndGet();
                continue;
            }
            Sentence s = doc.sentences().get(e.sentence());
            int trigger = s.tokenStartingAt(e.triggerStart());
            Modality m = trigger >= 0 ? org.dyad.event.ModalityDetector.detect(s, trigger)
                : e.negated() ? Modality.ASSERTED.withNegated() : Modality.ASSERTED;
            if (e.negated() && !m.negated()) {
                m = m.withNegated();
            }
            // the sentence's own date: "in 1990" makes a background (historical) event of its year
            LocalDate when = date;
            String precision = published.isPresent() ? "day" : "none";
            for (org.dyad.date.TextDate d : DATES.find(s, date)) {
                when = d.date();
                precision = d.precision();
                if (d.historical()) {
                    m = m.withHistorical(Optional.of(java.time.Year.of(d.date().getYear())));
                }
                break;
            }
            Optional<Actor> target = e.target().equals(CodedEvent.NONE) ? Optional.empty()
                : Optional.of(actor(e.target(), e.targetText()));
            Evidence ev = new Evidence(s.text(), s.start(), s.end(), e.trigger(),
                Math.max(s.start(), e.triggerStart()), Math.min(s.end(), e.triggerEnd()));
            String id = doc.article().id() + "-" + e.sentence() + "-" + e.triggerStart() + "-" + k++;
            out.add(new Event(id, doc.article().id(), e.sentence(), when, precision,
                actor(e.source(), e.sourceText()), target, c.get(), false, m, Optional.empty(), ev, e.rule()));
        }
        return out;
    }

    private static Actor actor(String code, String text) {
        List<String> parts = ActorCodes.split(code);
        return new Actor(code, parts.get(0), parts.subList(1, parts.size()), text, "");
    }
}
