package org.dyad.petrarch;

import java.util.List;
import java.util.Objects;

/**
 * An event coded with PETRARCH-style dictionaries: codes as the dictionaries write them (a validation
 * suite's dictionaries may use codes outside CAMEO), with the evidence that produced it.
 *
 * @param source       source actor code ({@code ARNGOV}; {@code ---GOV} for an agent of no known country)
 * @param target       target actor code, or {@code ---} when there is none
 * @param code         event code
 * @param sentence     0-based sentence index in the article
 * @param sourceText   words of the source noun phrase
 * @param targetText   words of the target noun phrase
 * @param trigger      the verb's words
 * @param triggerStart character offset of the verb in the article text
 * @param triggerEnd   end offset of the verb
 * @param rule         the pattern or verb entry that fired, with its file and line
 * @param negated      the verb has a negation
 * @param issues       issue codes found in the sentence
 */
public record CodedEvent(String source, String target, String code, int sentence, String sourceText,
                         String targetText, String trigger, int triggerStart, int triggerEnd, String rule,
                         boolean negated, List<String> issues) {
    public static final String NONE = org.dyad.dictionary.ActorCodes.NONE;

    public CodedEvent {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(code, "code");
        issues = List.copyOf(issues);
    }

    /** The (source, target, code) triple a validation record compares. */
    public String triple() {
        return source + "-" + target + ":" + code;
    }
}
