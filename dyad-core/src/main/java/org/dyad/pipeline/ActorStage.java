package org.dyad.pipeline;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.dyad.actor.ActorResolver;
import org.dyad.actor.AgentLexicon;
import org.dyad.actor.CountryGazetteer;
import org.dyad.actor.Entity;
import org.dyad.actor.Mention;
import org.dyad.actor.SentenceLexicon;
import org.dyad.dictionary.ActorDictionary;
import org.dyad.text.Sentence;
import org.dyad.text.Token;

/**
 * Actors: finds the countries, nationality words, titles and dictionary actors of each sentence and resolves
 * every noun phrase to what it refers to, through the article's discourse (people named before, "he", "his
 * counterpart", "the sides"). Before a sentence, the discourse learns the person who was the subject of the
 * sentence before it ("he" in the next sentence). Immutable and thread-safe.
 */
public final class ActorStage implements Stage {
    private final CountryGazetteer countries;
    private final AgentLexicon agents;
    private final Optional<ActorDictionary> actors;

    /**
     * @param actors people, organisations and groups (PETRARCH's actor dictionary format) with codes dated by
     *               the article's date; empty for Dyad's own lexicons alone
     */
    public ActorStage(CountryGazetteer countries, AgentLexicon agents, Optional<ActorDictionary> actors) {
        this.countries = Objects.requireNonNull(countries, "countries");
        this.agents = Objects.requireNonNull(agents, "agents");
        this.actors = Objects.requireNonNull(actors, "actors");
    }

    @Override public String name() { return "actors"; }

    @Override public Set<Layer> reads() { return Set.of(Layer.PARSE); }

    @Override public Set<Layer> adds() { return Set.of(Layer.ACTORS); }

    @Override
    public void codeSentence(SentenceWork w) {
        w.document().before(w).ifPresent(prev -> prev.resolver().ifPresent(r -> updateSubject(prev.sentence(), r, w)));
        Sentence s = w.sentence();
        Set<String> named = w.document().note("actors.named-countries", () -> countries.named(
                w.document().doc().sentences().stream().map(ActorStage::words).toList()));
        SentenceLexicon lex = new SentenceLexicon(s, countries, agents, actors.orElse(null), w.document().published(),
                named);
        ActorResolver resolver = new ActorResolver(s, lex, w.document().discourse());
        for (Token t : s.tokens()) {
            String rel = s.relation(t.index());
            if ((t.isNoun() || t.isPronoun()) && !rel.startsWith("compound") && !rel.startsWith("flat")
                    && !rel.equals("appos") && !rel.equals("dep")) {
                resolver.resolve(t.index());
            }
        }
        w.setActors(lex, resolver);
    }

    /**
     * {@link ParseNeed#ACTOR} and {@link ParseNeed#LATER} where resolving the sentence could change the article's
     * discourse: a person's name (a PERSON entity, or a capitalised noun that is a word of a name an earlier sentence
     * tags), a country, nationality word or capital, a dictionary actor, a personal pronoun, "counterpart";
     * {@link ParseNeed#ACTOR} alone where it could name an actor for a trigger
     * without changing the discourse: an agent word ("police", "the government"), "the sides", "the host", an
     * organisation's name (ORGANIZATION: no list may know it, and it is then the catch-all CVL). A
     * sentence with neither resolves to no actor and leaves the discourse as it was, parsed or not.
     */
    @Override
    public Set<ParseNeed> parseNeeds(List<Sentence> article, int index) {
        Sentence s = article.get(index);
        List<String> words = words(s);
        boolean actor = false;
        for (int i = 0; i < s.size(); i++) {
            Token t = s.token(i);
            if (t.ner().equals("PERSON") || ActorResolver.feedsDiscourse(t) || countries.mayMatch(words, i)
                    || actors.isPresent() && actors.get().longestAt(words, i).isPresent()
                    || mayBeNamedBefore(article, index, t)) {
                return java.util.EnumSet.of(ParseNeed.ACTOR, ParseNeed.LATER);
            }
            actor = actor || ActorResolver.refersToParties(t) || agents.match(words, i).isPresent()
                    || t.ner().equals("ORGANIZATION"); // an organisation no list names is the catch-all CVL
        }
        return actor ? java.util.EnumSet.of(ParseNeed.ACTOR) : ParseNeed.none();
    }

    /**
     * A capitalised noun that is the word of a person's name in an earlier sentence: the discourse may know it as a
     * surname whatever NER makes of it here.
     */
    private static boolean mayBeNamedBefore(List<Sentence> article, int index, Token t) {
        if (!t.isNoun() || t.word().isEmpty() || !Character.isUpperCase(t.word().codePointAt(0))) {
            return false;
        }
        for (int k = 0; k < index; k++) {
            for (Token n : article.get(k).tokens()) {
                if (n.ner().equals("PERSON") && n.word().equalsIgnoreCase(t.word())) {
                    return true;
                }
            }
        }
        return false;
    }

    private static List<String> words(Sentence s) {
        return s.tokens().stream().map(Token::word).toList();
    }

    /** The first subject of the sentence that is a known person becomes the discourse's last subject. */
    private static void updateSubject(Sentence s, ActorResolver resolver, SentenceWork next) {
        for (int i = 0; i < s.size(); i++) {
            if (s.relation(i).equals("nsubj")) {
                Optional<Entity> e = resolver.resolve(i).flatMap(Mention::entity).filter(Entity::person);
                if (e.isPresent()) {
                    next.document().discourse().setLastSubject(e.get());
                    return;
                }
            }
        }
    }
}
