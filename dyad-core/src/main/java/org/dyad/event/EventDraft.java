package org.dyad.event;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.dyad.actor.Actor;
import org.dyad.actor.Basis;
import org.dyad.ontology.CameoCode;
import org.dyad.text.Sentence;
import org.dyad.text.Token;

/**
 * An event while it is being coded: made once by a trigger stage with its sentence, trigger token, actors
 * and code; later stages of the pipeline set its modality, date and place, rewrite its code (each rewrite
 * appended to its rule) or drop it with a reason; it is turned into an {@link Event} once, at the end.
 *
 * <p>Token indexes are 0-based within the sentence; the trigger covers tokens {@code [trigger, triggerEnd)}.
 * Mutable, owned by one document's coding; not thread-safe.
 */
public final class EventDraft {
    /** Which coder proposed the event. */
    public enum Coder { LEXICON, PETRARCH }

    private final Sentence sentence;
    private final int trigger;
    private final int triggerEnd;
    private final Coder coder;
    private Actor source;
    private Optional<Actor> target;
    private CameoCode cameo;
    private boolean reciprocal;
    private final StringBuilder rule;
    private Modality modality = Modality.ASSERTED;
    private boolean coderNegated;
    private Optional<LocalDate> date = Optional.empty();
    private String datePrecision = "none";
    private Optional<Location> location = Optional.empty();
    private Optional<String> dropped = Optional.empty();
    private Optional<String> triggerWords = Optional.empty();
    private Basis sourceBasis = Basis.NAME;
    private Optional<Basis> targetBasis = Optional.empty();
    private boolean agreed;
    private double confidence = 1.0;

    /**
     * A draft for the trigger at token {@code trigger} of {@code sentence} (a single token).
     *
     * @param rule which lexicon entry or pattern proposed it
     */
    public EventDraft(Sentence sentence, int trigger, Coder coder, Actor source, Optional<Actor> target,
                      CameoCode cameo, boolean reciprocal, String rule) {
        this(sentence, trigger, trigger + 1, coder, source, target, cameo, reciprocal, rule);
    }

    /** A draft whose trigger spans tokens {@code [trigger, triggerEnd)} ("called on", "set up"). */
    public EventDraft(Sentence sentence, int trigger, int triggerEnd, Coder coder, Actor source,
                      Optional<Actor> target, CameoCode cameo, boolean reciprocal, String rule) {
        this.sentence = Objects.requireNonNull(sentence, "sentence");
        if (trigger < 0 || triggerEnd <= trigger || triggerEnd > sentence.size()) {
            throw new IllegalArgumentException("bad trigger span [" + trigger + ", " + triggerEnd + ") in " + sentence);
        }
        this.trigger = trigger;
        this.triggerEnd = triggerEnd;
        this.coder = Objects.requireNonNull(coder, "coder");
        this.source = Objects.requireNonNull(source, "source");
        this.target = Objects.requireNonNull(target, "target");
        this.cameo = Objects.requireNonNull(cameo, "cameo");
        this.reciprocal = reciprocal;
        this.rule = new StringBuilder(Objects.requireNonNull(rule, "rule"));
    }

    public Sentence sentence() { return sentence; }

    /** The sentence's index in the article. */
    public int sentenceIndex() { return sentence.index(); }

    /** The first token of the trigger (its head for a single word). */
    public int trigger() { return trigger; }

    /** One past the last token of the trigger. */
    public int triggerEnd() { return triggerEnd; }

    public Coder coder() { return coder; }

    public Actor source() { return source; }

    public Optional<Actor> target() { return target; }

    public CameoCode cameo() { return cameo; }

    public boolean reciprocal() { return reciprocal; }

    public String rule() { return rule.toString(); }

    public Modality modality() { return modality; }

    /** Whether the coder itself found the verb negated (PETRARCH's patterns do), whatever the parse says. */
    public boolean coderNegated() { return coderNegated; }

    public Optional<LocalDate> date() { return date; }

    public String datePrecision() { return datePrecision; }

    public Optional<Location> location() { return location; }

    /** How the text placed the source. */
    public Basis sourceBasis() { return sourceBasis; }

    /** How the text placed the target, when there is one. */
    public Optional<Basis> targetBasis() { return targetBasis; }

    /** Sets how the text placed the actors; the target's basis is kept only when there is a target. */
    public void setBases(Basis source, Basis target) {
        this.sourceBasis = java.util.Objects.requireNonNull(source, "source");
        this.targetBasis = this.target.isPresent() ? Optional.of(target) : Optional.empty();
    }

    /** Whether both coders read this clause as the same kind of event. */
    public boolean agreed() { return agreed; }

    public void markAgreed() { this.agreed = true; }

    /** How sure the coder is, in [0, 1] ({@code 1} until the selection stage sets it). */
    public double confidence() { return confidence; }

    public void setConfidence(double confidence) {
        if (!(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException("confidence must be in [0, 1]: " + confidence);
        }
        this.confidence = confidence;
    }

    /** Why a later stage dropped the draft, if it did. */
    public Optional<String> dropped() { return dropped; }

    public boolean alive() { return dropped.isEmpty(); }

    /**
     * Rewrites the code; {@code why} is appended to the rule as written ({@code " -> 0253 (asks for 084: release)"}),
     * so the rule tells every decision made on the event.
     */
    public void recode(CameoCode code, String why) {
        this.cameo = Objects.requireNonNull(code, "code");
        rule.append(why);
    }

    /** Replaces the source (a guessed country taken away). */
    public void resource(Actor source, Basis basis) {
        this.source = Objects.requireNonNull(source, "source");
        this.sourceBasis = Objects.requireNonNull(basis, "basis");
    }

    /** Replaces the target (an appeal for sanctions against someone is against them). */
    public void retarget(Optional<Actor> target, Basis basis) {
        this.target = Objects.requireNonNull(target, "target");
        this.targetBasis = target.isPresent() ? Optional.of(basis) : Optional.empty();
    }

    public void setReciprocal(boolean reciprocal) { this.reciprocal = reciprocal; }

    public void setModality(Modality modality) { this.modality = Objects.requireNonNull(modality, "modality"); }

    public void setCoderNegated(boolean negated) { this.coderNegated = negated; }

    public void setDate(Optional<LocalDate> date, String precision) {
        this.date = Objects.requireNonNull(date, "date");
        this.datePrecision = Objects.requireNonNull(precision, "precision");
    }

    public void setLocation(Optional<Location> location) { this.location = Objects.requireNonNull(location, "location"); }

    /** Drops the draft; the first reason given is kept. */
    public void drop(String reason) {
        if (dropped.isEmpty()) {
            dropped = Optional.of(reason);
        }
    }

    /** The words of the trigger: as its coder names them ("carried out"), else the trigger's tokens. */
    public String triggerText() {
        return triggerWords.orElseGet(() -> sentence.span(trigger, triggerEnd));
    }

    /** The trigger's words as the coder names them, when they are not its tokens ("carried out", "killed and"). */
    public void setTriggerWords(String words) {
        this.triggerWords = Optional.of(words);
    }

    /**
     * The finished event. Its id is {@code docId-sentence-trigger-k}: {@code k} counts the events finished
     * before it at the same trigger, so ids are the same on every run of the same input.
     */
    public Event finish(String docId, int k) {
        Token first = sentence.token(trigger);
        Token last = sentence.token(triggerEnd - 1);
        Evidence ev = new Evidence(sentence.text(), sentence.start(), sentence.end(), triggerText(),
                Math.max(sentence.start(), first.start()), Math.min(sentence.end(), last.end()));
        return new Event(docId + "-" + sentence.index() + "-" + trigger + "-" + k, docId, sentence.index(), date,
                datePrecision, source, target, cameo, reciprocal, modality, location, ev, rule.toString(), confidence);
    }

    @Override
    public String toString() {
        return "EventDraft[" + sentence.index() + ":" + triggerText() + " " + source.code() + " " + cameo.code() + " "
                + target.map(Actor::code).orElse("-") + (alive() ? "" : " dropped: " + dropped.get()) + "]";
    }
}
