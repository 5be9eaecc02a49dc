package org.dyad.pipeline;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.dyad.actor.AgentLexicon;
import org.dyad.actor.CountryGazetteer;
import org.dyad.dictionary.Dictionaries;
import org.dyad.event.Event;
import org.dyad.event.IntentCodes;
import org.dyad.event.LexiconCoder;
import org.dyad.event.ReportedEvents;
import org.dyad.ontology.Cameo;
import org.dyad.petrarch.CodingOptions;
import org.dyad.petrarch.PetrarchCoder;
import org.dyad.place.PlaceGazetteer;
import org.dyad.text.ParsedDocument;
import org.dyad.text.Sentence;

/**
 * Dyad's coding pipeline: an ordered list of named {@link Stage}s over a parsed article, built in one place and
 * used the same way by the command line, the server, the evaluations and Spark. The three shapes differ only in
 * their triggers; every one gets the same stages after them:
 *
 * <pre>
 *   defaults()      actors, triggers.lexicon, triggers.petrarch | discards, modality+dates, arbitration, places, selection
 *   lexiconOnly()   actors, triggers.lexicon                    | (the same)
 *   petrarchOnly()  triggers.petrarch                           | (the same)
 * </pre>
 *
 * The constructor checks that every layer a stage reads is added by a stage before it. Immutable and
 * thread-safe: all per-article state lives in the {@link DocumentWork} made for each call of {@link #code}.
 */
public final class CodingPipeline {
    private final String name;
    private final List<Stage> stages;

    /**
     * A pipeline of these stages, in this order.
     *
     * @throws IllegalArgumentException when a stage reads a layer no stage before it adds, or two share a name
     */
    public CodingPipeline(String name, List<Stage> stages) {
        this.name = Objects.requireNonNull(name, "name");
        this.stages = List.copyOf(stages);
        Set<Layer> present = EnumSet.of(Layer.PARSE);
        Set<String> names = new java.util.HashSet<>();
        for (Stage s : this.stages) {
            if (!names.add(s.name())) {
                throw new IllegalArgumentException("two stages named " + s.name());
            }
            for (Layer l : s.reads()) {
                if (!present.contains(l)) {
                    throw new IllegalArgumentException("stage " + s.name() + " reads " + l + ", which no stage before it adds");
                }
            }
            present.addAll(s.adds());
        }
    }

    /**
     * Dyad's default: its own trigger lexicon and actor resolution, placing people and groups with PETRARCH's
     * actor dictionary and Dyad's supplement; the PETRARCH verb patterns of the default dictionaries fill the
     * lexicon's gaps in vocabulary. Built once.
     */
    public static CodingPipeline defaults() {
        return Defaults.COMBINED;
    }

    /** Dyad's trigger lexicon alone, with its own country, nationality and title lexicons. Built once. */
    public static CodingPipeline lexiconOnly() {
        return Defaults.LEXICON;
    }

    /** PETRARCH-style verb patterns with these dictionaries and options alone. */
    public static CodingPipeline petrarchOnly(Dictionaries dictionaries, CodingOptions options) {
        return new CodingPipeline("petrarch", with(List.of(
                new PetrarchStage(new PetrarchCoder(dictionaries, options), Cameo.load())), dictionaries, false));
    }

    private static final class Defaults {
        static final CodingPipeline COMBINED = combined();
        static final CodingPipeline LEXICON = new CodingPipeline("lexicon", with(List.of(
                new ActorStage(CountryGazetteer.load(), AgentLexicon.load(), Optional.empty()),
                new LexiconStage(LexiconCoder.defaults())), Dictionaries.empty(), false));

        private static CodingPipeline combined() {
            Dictionaries d = Dictionaries.defaultsWithSupplement();
            CodingOptions o = CodingOptions.defaults().with("require_dyad", "false").withIdentifiedActor(true);
            return new CodingPipeline("combined", with(List.of(
                    new ActorStage(CountryGazetteer.load(), AgentLexicon.load(), Optional.of(d.actors())),
                    new LexiconStage(LexiconCoder.defaults()),
                    new PetrarchStage(new PetrarchCoder(d, o), Cameo.load())), d, true));
        }
    }

    /** The trigger stages followed by the stages every pipeline has. */
    private static List<Stage> with(List<Stage> triggers, Dictionaries dictionaries, boolean gapFilling) {
        List<Stage> out = new ArrayList<>(triggers);
        out.add(new DiscardStage(dictionaries.discards()));
        out.add(new ModalityDateStage());
        out.add(new ArbitrationStage(ReportedEvents.defaults(), IntentCodes.defaults(), gapFilling));
        out.add(new PlaceStage(PlaceGazetteer.load(), CountryGazetteer.load(), AgentLexicon.load()));
        out.add(new SelectionStage(gapFilling));
        return out;
    }

    /** "combined", "lexicon", "petrarch", or the name it was built with. */
    public String name() {
        return name;
    }

    /** The stages in order. */
    public List<Stage> stages() {
        return stages;
    }

    /**
     * This pipeline with {@code more} stages after its own, under the same name: an analysis over what the coder
     * did, such as the dictionary gaps ({@code org.dyad.gaps.GapStage}). The constructor's checks apply.
     */
    public CodingPipeline with(Stage... more) {
        List<Stage> all = new ArrayList<>(stages);
        all.addAll(List.of(more));
        return new CodingPipeline(name, all);
    }

    /** One line per stage: its name, what it reads and what it adds. */
    public String describe() {
        StringBuilder b = new StringBuilder();
        for (Stage s : stages) {
            b.append(s.name()).append(": reads ").append(s.reads()).append(", adds ").append(s.adds()).append('\n');
        }
        return b.toString();
    }

    /**
     * Which sentences of an article (each with its words, lemmas, tags and named entities, no dependencies) need the
     * dependency parse to be coded as this pipeline codes them parsed ({@link Stage#parseNeeds}): none when a stage
     * drops the whole article ({@link Stage#dropsArticle}); else a sentence a stage needs {@link ParseNeed#ALWAYS};
     * one that may yield an event its stages keep; and one that may change what later sentences read when a
     * sentence after it is parsed. Any other sentence yields no event and changes nothing a parsed sentence reads:
     * coded unparsed, the article's events are the same.
     */
    public boolean[] needsParse(List<Sentence> tagged) {
        boolean[] parse = new boolean[tagged.size()];
        for (Stage s : stages) {
            if (s.dropsArticle(tagged)) {
                return parse;
            }
        }
        boolean after = false;
        for (int i = tagged.size() - 1; i >= 0; i--) {
            Set<ParseNeed> needs = java.util.EnumSet.noneOf(ParseNeed.class);
            for (Stage s : stages) {
                needs.addAll(s.parseNeeds(tagged, i));
            }
            boolean events = needs.contains(ParseNeed.EVENTS)
                    || needs.contains(ParseNeed.ACTOR) && needs.contains(ParseNeed.TRIGGER);
            boolean dropped = needs.contains(ParseNeed.DROPPED);
            boolean later = needs.contains(ParseNeed.LATER) || events && dropped;
            parse[i] = needs.contains(ParseNeed.ALWAYS) || events && !dropped || later && after;
            after |= parse[i];
        }
        return parse;
    }

    /** The events of a parsed article, in text order. */
    public List<Event> code(ParsedDocument doc) {
        return work(doc).finish();
    }

    /**
     * Every draft the stages proposed for a parsed article, kept or dropped, one line each in text order: the
     * sentence, the trigger, actors and code, the rule, and for a dropped draft the stage's reason. What
     * {@code dyad code --explain} prints.
     */
    public List<String> explain(ParsedDocument doc) {
        DocumentWork work = work(doc);
        List<String> out = new ArrayList<>();
        work.discarded().ifPresent(r -> out.add("article: " + r));
        for (SentenceWork s : work.sentences()) {
            for (org.dyad.event.EventDraft d : s.drafts()) {
                out.add(d.sentenceIndex() + " " + d.triggerText() + ": " + d.source().code() + " " + d.cameo().code()
                        + " " + d.target().map(a -> a.code()).orElse("-") + " [" + d.coder().name().toLowerCase(
                        java.util.Locale.ROOT) + ", " + d.modality() + "] " + d.rule()
                        + d.dropped().map(r -> "  DROPPED: " + r).orElse("  KEPT, confidence " + d.confidence()));
            }
        }
        return out;
    }

    private DocumentWork work(ParsedDocument doc) {
        DocumentWork work = new DocumentWork(doc);
        for (Stage s : stages) {
            s.startDocument(work);
        }
        for (Sentence sentence : doc.sentences()) {
            SentenceWork w = work.begin(sentence);
            for (Stage s : stages) {
                s.codeSentence(w);
            }
        }
        for (Stage s : stages) {
            s.finishDocument(work);
        }
        return work;
    }
}
