package org.dyad.gaps;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.dyad.actor.AgentLexicon;
import org.dyad.actor.CountryGazetteer;
import org.dyad.dictionary.Dictionaries;
import org.dyad.pipeline.ActorStage;
import org.dyad.pipeline.CodingPipeline;
import org.dyad.pipeline.DocumentWork;
import org.dyad.pipeline.Layer;
import org.dyad.pipeline.PetrarchStage;
import org.dyad.pipeline.SentenceWork;
import org.dyad.pipeline.Stage;
import org.dyad.petrarch.PetrarchCoder;
import org.dyad.text.Sentence;

/**
 * Dictionary gaps: after every other stage has coded a sentence, what the coder saw there but could not code
 * ({@link UnknownActors}, {@link UncodedVerbs}); after the article, the lot goes to a {@link GapReport}. It adds
 * nothing the coder reads and changes no event: it reads the actor resolution the actors stage made, and every
 * draft proposed, dropped ones included. A pipeline without an actors stage (PETRARCH's coder alone) gets one
 * here, over the same dictionaries, for the gaps alone. Sentences PETRARCH would not code (datelines, sentence
 * discards) and articles of a story discard yield no gaps.
 *
 * <p>Thread-safe, as its report is; per-article state lives in the {@link DocumentWork}.
 */
public final class GapStage implements Stage {
    private static final String FOUND = "gaps.found";

    private final Dictionaries dictionaries;
    private final GapReport report;
    private final ActorStage actors;

    /**
     * @param dictionaries the dictionaries the coder places names and knows verbs with; what they know is no gap
     * @param report       where each article's gaps go
     */
    public GapStage(Dictionaries dictionaries, GapReport report) {
        this.dictionaries = Objects.requireNonNull(dictionaries, "dictionaries");
        this.report = Objects.requireNonNull(report, "report");
        this.actors = new ActorStage(CountryGazetteer.load(), AgentLexicon.load(), Optional.of(dictionaries.actors()));
    }

    /**
     * {@code pipeline} with a gap stage after its stages, reporting to {@code report}; the dictionaries are those
     * of the pipeline's PETRARCH stage (Dyad's defaults and supplement for the default pipeline, yours with
     * {@code --dictionaries}), none for the lexicon alone.
     */
    public static CodingPipeline appendTo(CodingPipeline pipeline, GapReport report) {
        Dictionaries d = pipeline.stages().stream().filter(PetrarchStage.class::isInstance)
                .map(s -> ((PetrarchStage) s).coder().dictionaries()).findFirst().orElse(Dictionaries.empty());
        return pipeline.with(new GapStage(d, report));
    }

    @Override public String name() { return "gaps"; }

    @Override public Set<Layer> reads() { return Set.of(Layer.PARSE, Layer.DRAFTS); }

    @Override public Set<Layer> adds() { return Set.of(); }

    @Override
    public void codeSentence(SentenceWork w) {
        if (w.resolver().isEmpty()) {
            actors.codeSentence(w);
        }
        Sentence s = w.sentence();
        Found found = w.document().note(FOUND, Found::new);
        found.sentences++;
        if (PetrarchCoder.isDateline(s) || dictionaries.discards().find(PetrarchCoder.words(s)).isPresent()) {
            return;
        }
        Example example = new Example(w.document().id(), s.index(), s.text().strip().replaceAll("\\s+", " "));
        found.actors.addAll(UnknownActors.find(s, w.lexicon().orElseThrow(), w.resolver().orElseThrow(),
                dictionaries.actors(), example));
        found.verbs.addAll(UncodedVerbs.find(s, w.lexicon().orElseThrow(), w.resolver().orElseThrow(), w.drafts(),
                dictionaries.verbs(), example));
    }

    @Override
    public void finishDocument(DocumentWork doc) {
        Found found = doc.note(FOUND, Found::new);
        if (doc.discarded().isPresent()) {
            report.add(found.sentences, List.of(), List.of());
        } else {
            report.add(found.sentences, found.actors, found.verbs);
        }
    }

    /** One article's gaps so far. */
    private static final class Found {
        final List<ActorGap> actors = new ArrayList<>();
        final List<VerbGap> verbs = new ArrayList<>();
        int sentences;
    }
}
