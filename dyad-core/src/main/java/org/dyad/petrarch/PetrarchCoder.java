package org.dyad.petrarch;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.dyad.dictionary.Dictionaries;
import org.dyad.dictionary.DiscardDictionary;
import org.dyad.text.ParsedDocument;
import org.dyad.text.Sentence;
import org.dyad.text.Token;

/**
 * Codes parsed sentences the way PETRARCH does, with PETRARCH dictionaries, over Dyad's dependency parse
 * instead of a Penn tree.
 *
 * <ol>
 *   <li>Story and sentence discards, and datelines, stop coding.</li>
 *   <li>Actors are found by the longest actor and agent phrases; a noun phrase's code is its actor's code
 *       (the one in force on the article date) with its agents' codes after it ({@code [~GOV]}) or before
 *       it ({@code [NGO~]}). Conjoined noun phrases give one code each; an agent with no country borrows
 *       the country of its conjuncts, else is coded {@code ---AGENT}.</li>
 *   <li>Every verb the verb dictionary knows (by its inflected forms, phrasal verbs by all their words) is
 *       matched against its block's patterns: pattern words before {@code *} are looked for before the
 *       verb, words after it in the verb's clause, in order, consecutive where joined by {@code _}. The most
 *       specific pattern wins; with none, the verb's own or its block's code.</li>
 *   <li>The source is the verb's subject (through control and coordination; the agent of a passive), the
 *       target the first actor after the verb (the subject of a passive); {@code $} and {@code +} in a
 *       pattern place them; {@code %} codes the members of a compound subject on each other. A code
 *       {@code a:b} gives the event {@code a} and the reverse event {@code b}.</li>
 * </ol>
 * This class is the front door: the discards and datelines are checked here, and each sentence is coded by a
 * {@link SentenceCoder} of its own, which removes PETRARCH's comma clauses ({@link CommaClauses}), finds the
 * actor phrases and noun-phrase codes ({@link SentenceActors}), codes each verb ({@link VerbCoder}: its
 * patterns by {@link PatternMatcher}, its source and target by {@link VerbArguments}, with the verb's
 * {@link VerbContext} passed down) and lets nested events give way to each other ({@link EventNesting}).
 * Immutable and thread-safe.
 */
public final class PetrarchCoder {
    /** Why a sentence or article gave no events, when that was decided before coding. */
    public enum Skip {
        STORY_DISCARD("storydiscard"), SENTENCE_DISCARD("sentencediscard"), DATELINE("dateline");

        private final String petrarchName;

        Skip(String petrarchName) {
            this.petrarchName = petrarchName;
        }

        /** The name PETRARCH's validation files use for it. */
        public String petrarchName() {
            return petrarchName;
        }
    }

    /** The events of an article, and what was skipped. */
    public record Result(List<CodedEvent> events, Map<Integer, Skip> skipped) {
        public Result {
            events = List.copyOf(events);
            skipped = Map.copyOf(skipped);
        }
    }

    /** Set DYAD_DEBUG_PETRARCH to see discards and each coded verb's events on standard error. */
    static final boolean DEBUG = System.getenv("DYAD_DEBUG_PETRARCH") != null;

    private final Dictionaries dictionaries;
    private final CodingOptions options;
    /** The internal coding ontology that negates codes, or null. */
    private final CodeOntology ontology;

    public PetrarchCoder(Dictionaries dictionaries, CodingOptions options) {
        this(dictionaries, options, null);
    }

    private PetrarchCoder(Dictionaries dictionaries, CodingOptions options, CodeOntology ontology) {
        this.dictionaries = Objects.requireNonNull(dictionaries, "dictionaries");
        this.options = Objects.requireNonNull(options, "options");
        this.ontology = ontology;
    }

    /**
     * This coder with an internal coding ontology: a negated verb is then coded as its event's opposite
     * ({@link CodeOntology#negate}), as UniversalPetrarch does.
     */
    public PetrarchCoder withOntology(CodeOntology o) {
        return new PetrarchCoder(dictionaries, options, o);
    }

    public Dictionaries dictionaries() {
        return dictionaries;
    }

    /**
     * Whether {@code s} could yield an event, from its words alone: a word is a form of a verb of the verb
     * dictionary, and an actor or agent phrase of the dictionaries starts somewhere (any noun phrase when new actors
     * are coded, {@code new_actor_length}).
     */
    public boolean mayCode(Sentence s) {
        List<String> words = words(s);
        if (words.stream().noneMatch(dictionaries.verbs()::knows)) {
            return false;
        }
        if (options.newActorLength() > 0) {
            return true;
        }
        for (int i = 0; i < words.size(); i++) {
            if (dictionaries.actors().longestAt(words, i).isPresent()
                    || dictionaries.agents().longestAt(words, i).isPresent()) {
                return true;
            }
        }
        return false;
    }

    public CodingOptions options() {
        return options;
    }

    public PetrarchCoder withOptions(CodingOptions o) {
        return new PetrarchCoder(dictionaries, o, ontology);
    }

    /** Codes every sentence of {@code doc} as of {@code date}. */
    public Result code(ParsedDocument doc, LocalDate date) {
        List<CodedEvent> events = new ArrayList<>();
        Map<Integer, Skip> skipped = new LinkedHashMap<>();
        for (Sentence s : doc.sentences()) {
            Optional<DiscardDictionary.Hit> d = dictionaries.discards().find(words(s));
            if (d.isPresent() && d.get().entry().story()) {
                skipped.clear();
                skipped.put(-1, Skip.STORY_DISCARD);
                return new Result(List.of(), skipped);
            }
        }
        for (Sentence s : doc.sentences()) {
            List<String> words = words(s);
            Optional<DiscardDictionary.Hit> discard = dictionaries.discards().find(words);
            if (discard.isPresent()) {
                if (DEBUG) {
                    System.err.println("discard " + discard.get().entry().phrase() + " at " + discard.get().start());
                }
                skipped.put(s.index(), Skip.SENTENCE_DISCARD);
                continue;
            }
            if (isDateline(s)) {
                skipped.put(s.index(), Skip.DATELINE);
                continue;
            }
            events.addAll(new SentenceCoder(dictionaries, options, ontology, s, words, Optional.of(date)).code());
        }
        return new Result(events, skipped);
    }

    /**
     * The events of one sentence as of {@code date} (empty for an undated article: dated actor codes are then
     * not used), without the discard and dateline checks of {@link #code}: the caller makes those.
     */
    public List<CodedEvent> codeSentence(Sentence s, Optional<LocalDate> date) {
        return new SentenceCoder(dictionaries, options, ontology, s, words(s), date).code();
    }

    /** The words of a sentence, as PETRARCH's dictionaries match them. */
    public static List<String> words(Sentence s) {
        List<String> w = new ArrayList<>(s.size());
        for (Token t : s.tokens()) {
            w.add(t.word());
        }
        return w;
    }

    private static final java.util.regex.Pattern CAPITALS = java.util.regex.Pattern.compile("[A-Z][A-Z.\\-']+");

    /** "CEBU CITY: -- ...": words in capitals, then a colon, at the start of the sentence. */
    public static boolean isDateline(Sentence s) {
        int i = 0;
        while (i < s.size() && CAPITALS.matcher(s.token(i).word()).matches()) {
            i++;
        }
        return i > 0 && i < s.size() - 1 && s.token(i).word().equals(":");
    }
}
