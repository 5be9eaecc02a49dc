package org.dyad.event;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.dyad.actor.Actor;
import org.dyad.ontology.CameoCode;

/**
 * One coded event mention: who did what to whom, when and where, with the evidence and the rule that
 * fired. Immutable.
 *
 * @param eventId    stable id: document id, sentence, trigger position, direction
 * @param docId      article id
 * @param sentence   0-based sentence index
 * @param date       event date; empty when neither the article nor the text dates it
 * @param datePrecision "day", "month", "year", or "none" for an undated event
 * @param source     the actor doing it
 * @param target     the actor it is done to; empty where CAMEO allows a one-sided event
 * @param cameo      the CAMEO code with its ontology row (Goldstein, QuadClass, PLOVER)
 * @param reciprocal true when both actors did it to each other (meet, sign, discuss)
 * @param modality   negation, hypothetical, historical
 * @param location   where, when the sentence says
 * @param evidence   sentence, span and trigger
 * @param rule       which dictionary entry or pattern fired
 * @param confidence how sure the coder is, in [0, 1], from the evidence: which coders read the clause so, how
 *                   each actor was placed (named, by dictionary, by nationality, from the discourse, by a guess)
 */
public record Event(String eventId, String docId, int sentence, Optional<LocalDate> date, String datePrecision,
                    Actor source, Optional<Actor> target, CameoCode cameo, boolean reciprocal,
                    Modality modality, Optional<Location> location, Evidence evidence, String rule, double confidence) {
    public Event {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(docId, "docId");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(datePrecision, "datePrecision");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(cameo, "cameo");
        Objects.requireNonNull(modality, "modality");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(evidence, "evidence");
        Objects.requireNonNull(rule, "rule");
        if (!(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException("confidence must be in [0, 1]: " + confidence);
        }
    }

    /** An event of full confidence (hand-made events, events read back from older stores). */
    public Event(String eventId, String docId, int sentence, Optional<LocalDate> date, String datePrecision,
                 Actor source, Optional<Actor> target, CameoCode cameo, boolean reciprocal, Modality modality,
                 Optional<Location> location, Evidence evidence, String rule) {
        this(eventId, docId, sentence, date, datePrecision, source, target, cameo, reciprocal, modality, location,
                evidence, rule, 1.0);
    }

    /** This event with {@code location} in place of its own. */
    public Event withLocation(Optional<Location> location) {
        return new Event(eventId, docId, sentence, date, datePrecision, source, target, cameo, reciprocal, modality,
                location, evidence, rule, confidence);
    }
}
