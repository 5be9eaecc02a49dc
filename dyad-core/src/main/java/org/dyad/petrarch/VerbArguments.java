package org.dyad.petrarch;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.dyad.text.Dependency;
import org.dyad.text.Sentence;

/**
 * Who does a verb's event to whom, when its pattern does not place them: the source is the verb's subject
 * (through control and coordination; the agent of a passive), the target the first actor after the verb (the
 * subject of a passive; in PETRARCH2 syntax the first of the verb's own phrases headed by an actor).
 *
 * <p>One per sentence; stateless beyond it: every call gets the {@link VerbContext} of the verb it is for.
 */
final class VerbArguments {
    private final Sentence s;
    private final List<String> words;
    private final boolean[] deleted;
    private final SentenceActors actors;
    private final CodingOptions options;

    VerbArguments(Sentence s, List<String> words, boolean[] deleted, SentenceActors actors, CodingOptions options) {
        this.s = s;
        this.words = words;
        this.deleted = deleted;
        this.actors = actors;
        this.options = options;
    }

    boolean isPassive(int v) {
        for (Dependency d : s.children(v)) {
            if (d.relation().equals("nsubj:pass") || d.relation().equals("aux:pass")) {
                return true;
            }
        }
        return false;
    }

    /**
     * The verb's subject: its own, else that of the clause it complements or is coordinated with. A
     * pronoun, or a subject found after the verb (a parse that hung the clause under a later verb),
     * gives way to the nearest actor before the verb.
     */
    List<Actorish> subjectCodes(int v, VerbContext ctx) {
        int cur = v;
        outer:
        for (int hops = 0; hops < 4 && cur >= 0; hops++) {
            for (Dependency d : s.children(cur)) {
                if (d.relation().equals("nsubj") || d.relation().equals("nsubj:pass")) {
                    int subj = d.dependent();
                    if (subj > v) {
                        return nearestActorBefore(v, ctx); // the parse hung this clause under a later verb
                    }
                    if (s.token(subj).isPronoun()) {
                        // "Ethiopia indicated it would act": the subject of the clause above, if any
                        if (s.governor(cur) < 0) {
                            return List.of();
                        }
                        cur = s.governor(cur);
                        hops++;
                        continue outer;
                    }
                    return actors.nounPhraseCodes(subj, ctx);
                }
            }
            String rel = s.relation(cur);
            if (!(rel.equals("xcomp") || rel.equals("conj") || rel.equals("ccomp") || rel.equals("advcl")
                || rel.equals("dep"))) {
                break;
            }
            cur = s.governor(cur);
        }
        return nearestActorBefore(v, ctx);
    }

    private List<Actorish> nearestActorBefore(int v, VerbContext ctx) {
        for (int i = v - 1; i >= 0; i--) {
            if (actors.coveredBy(i) >= 0) {
                List<Actorish> codes = actors.codesAt(actors.coveredBy(i), ctx);
                if (!codes.isEmpty()) {
                    return codes;
                }
            }
        }
        return List.of();
    }

    /** A passive's subject ("Arnor was praised"), else the verb's subject as {@link #subjectCodes} finds it. */
    List<Actorish> passiveSubject(int v, VerbContext ctx) {
        for (Dependency d : s.children(v)) {
            if (d.relation().equals("nsubj:pass")) {
                return actors.nounPhraseCodes(d.dependent(), ctx);
            }
        }
        return subjectCodes(v, ctx);
    }

    /** The actors of a passive's "by" phrase, when it has one. */
    Optional<List<Actorish>> passiveAgent(int v, VerbContext ctx) {
        for (Dependency d : s.children(v)) {
            if (d.relation().startsWith("obl") || d.relation().startsWith("nmod")) {
                for (int c : s.children(d.dependent(), "case")) {
                    if (words.get(c).equalsIgnoreCase("by")) {
                        List<Actorish> a = actors.nounPhraseCodes(d.dependent(), ctx);
                        if (!a.isEmpty()) {
                            return Optional.of(a);
                        }
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** The first actor in the verb's clause after it that is none of {@code exclude}. */
    List<Actorish> firstActorAfter(Region post, List<Actorish> exclude, VerbContext ctx) {
        Set<Integer> excluded = new HashSet<>();
        for (Actorish a : exclude) {
            excluded.addAll(a.tokens());
        }
        if (ctx.petrarch2() && post.verb() >= 0) {
            return phraseTarget(post, excluded, ctx);
        }
        for (int i : post.tokens()) {
            if (actors.coveredBy(i) >= 0 && !excluded.contains(i)) {
                List<Actorish> codes = actors.codesAt(actors.coveredBy(i), ctx);
                if (!codes.isEmpty()) {
                    return codes;
                }
            }
        }
        return newActor(post.tokens(), excluded, ctx);
    }

    /**
     * PETRARCH2's target: the first of the verb's own phrases whose head is an actor ("ties with Gondor",
     * "Gondor's government", not "Eriador's refusal"), else the subject of a clause that complements it
     * ("noted that Cirith Ungol ...").
     */
    private List<Actorish> phraseTarget(Region post, Set<Integer> excluded, VerbContext ctx) {
        int v = post.verb();
        Region own = Region.after(s, deleted, v, post.after(), true, ctx.petrarch2());
        List<Actorish> direct = firstHeadedActor(own.tokens(), excluded, ctx);
        if (!direct.isEmpty()) {
            return direct;
        }
        for (Dependency d : s.children(v)) {
            String rel = d.relation();
            int c = d.dependent();
            if (c > v && (rel.equals("ccomp") || rel.startsWith("advcl") || rel.equals("xcomp"))) {
                for (Dependency sd : s.children(c)) {
                    if (sd.relation().startsWith("nsubj") && !excluded.contains(sd.dependent())) {
                        List<Actorish> codes = actors.nounPhraseCodes(sd.dependent(), ctx);
                        if (!codes.isEmpty()) {
                            return codes;
                        }
                    }
                }
            }
        }
        if (!ctx.reporting()) {
            // "threatened to ban voting by Hamas": a demand, threat or promise is aimed at whom its
            // content is
            for (Dependency d : s.children(v)) {
                int c = d.dependent();
                if (c > v && (d.relation().equals("ccomp") || d.relation().equals("xcomp"))
                    && s.token(c).isVerb()) {
                    Region content = Region.after(s, deleted, c, c, true, ctx.petrarch2());
                    List<Actorish> codes = firstHeadedActor(content.tokens(), excluded, ctx);
                    if (!codes.isEmpty()) {
                        return codes;
                    }
                }
            }
        }
        return newActor(own.tokens(), excluded, ctx);
    }

    /** The first noun phrase among {@code tokens} whose head (or a word before it) is an actor or agent. */
    private List<Actorish> firstHeadedActor(List<Integer> tokens, Set<Integer> excluded, VerbContext ctx) {
        for (int i : tokens) {
            if (actors.coveredBy(i) < 0 || excluded.contains(i)) {
                continue;
            }
            int head = actors.npHead(actors.coveredBy(i));
            if (actors.coveredBy(head) < 0 && !actors.namesActor(head)) {
                continue;
            }
            List<Actorish> codes = actors.nounPhraseCodes(head, ctx);
            if (!codes.isEmpty()) {
                return codes;
            }
        }
        return List.of();
    }

    /** With {@code new_actor_length} on, the first noun phrase among {@code tokens} as a quoted new actor. */
    private List<Actorish> newActor(List<Integer> tokens, Set<Integer> excluded, VerbContext ctx) {
        if (options.newActorLength() > 0) {
            for (int i : tokens) {
                if (s.token(i).isNoun() && !excluded.contains(i)) {
                    List<Actorish> n = actors.nounPhraseCodes(actors.npHead(i), ctx);
                    if (!n.isEmpty()) {
                        return n;
                    }
                }
            }
        }
        return List.of();
    }
}
