package org.dyad.petrarch;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.dyad.dictionary.Dictionaries;
import org.dyad.dictionary.VerbCode;
import org.dyad.dictionary.VerbDictionary;
import org.dyad.text.Dependency;
import org.dyad.text.Sentence;
import org.dyad.text.Token;

/**
 * Codes one verb of a sentence: its code (the best pattern's, else the verb's own or its block's; negated with
 * a coding ontology; a statement of what another must do made a demand), its source and target (placed by the
 * pattern's {@code $}, {@code +} and {@code %}, else found by {@link VerbArguments}), and its events. A code
 * {@code a:b} gives the event {@code a} and the reverse event {@code b}; {@code %} codes the members of a
 * compound actor on each other.
 *
 * <p>One per sentence. The {@link VerbContext} of each verb is made here and passed down; the only state kept
 * across verbs is the sentence's issue codes, looked up once on first use.
 */
final class VerbCoder {
    private final Dictionaries dictionaries;
    private final CodingOptions options;
    /** The internal coding ontology that negates codes, or null. */
    private final CodeOntology ontology;
    private final Sentence s;
    private final List<String> words;
    private final SentenceActors actors;
    private final VerbArguments arguments;
    private final PatternMatcher patterns;
    private final boolean[] deleted;
    /** Issue codes the sentence's words name (the same for every event of the sentence), on first use. */
    private List<String> issues;

    VerbCoder(Dictionaries dictionaries, CodingOptions options, CodeOntology ontology, Sentence s, List<String> words,
              boolean[] deleted, SentenceActors actors) {
        this.dictionaries = dictionaries;
        this.options = options;
        this.ontology = ontology;
        this.s = s;
        this.words = words;
        this.deleted = deleted;
        this.actors = actors;
        this.arguments = new VerbArguments(s, words, deleted, actors, options);
        this.patterns = new PatternMatcher(dictionaries.verbs(), s, words, deleted, actors);
    }

    private List<String> issues() {
        if (issues == null) {
            issues = dictionaries.issues().issues(words);
        }
        return issues;
    }

    /**
     * Codes the verb headed by token {@code v}, its words spanning {@code span}, with the dictionary entries
     * it matched; null when it has no code.
     */
    VerbResult code(int v, int[] span, List<VerbDictionary.Hit> hits) {
        boolean petrarch2 = dictionaries.verbs().syntaxOf(hits.get(0).block()) == VerbDictionary.Syntax.PETRARCH2;
        VerbContext ctx = VerbContext.forBlock(petrarch2, options);
        Region post = Region.after(s, deleted, v, span[1], false, petrarch2);
        Region patternPost = petrarch2 ? Region.after(s, deleted, v, span[1], true, petrarch2) : post;
        PatternMatcher.Match best = patterns.best(hits, v, span, patternPost, ctx);
        VerbCode code = null;
        VerbDictionary.Hit defaultHit = hits.get(0);
        if (best != null) {
            code = best.pattern.code();
        } else {
            for (VerbDictionary.Hit hit : hits) {
                VerbCode c = hit.entry().code().orElse(hit.block().code());
                if (!c.isNull()) {
                    code = c;
                    defaultHit = hit;
                    break;
                }
            }
        }
        if (code == null || code.isNull()) {
            return null;
        }
        String rule = best != null ? best.pattern.rule()
            : defaultHit.block().file() + ":" + defaultHit.entry().line() + " "
            + String.join("_", defaultHit.entry().words()) + " [" + code + "]";
        boolean negated = hasNegation(v);
        if (negated && ontology != null) {
            VerbCode c = code;
            code = new VerbCode(ontology.negate(c.primary()).orElse(c.primary()),
                c.secondary().map(x -> ontology.negate(x).orElse(x)));
            rule += " negated -> [" + code + "] (coding ontology)";
        }

        boolean demand = false;
        if (ctx.allowDomestic() && code.primary().startsWith("01") && deonticComplement(v)) {
            // "X said Y must hand over Z": a statement of what another must do is a demand on them
            code = new VerbCode("100", Optional.empty());
            rule += " -> demand 100 (the reported clause says what must be done)";
            demand = true;
        }
        boolean reports = !petrarch2 || code.primary().startsWith("01") || code.primary().equals(VerbCode.NULL);
        ctx = ctx.withReporting(reports);
        List<Actorish> sources;
        List<Actorish> targets;
        boolean pairwise = false;
        if (best != null && best.compound >= 0) {
            List<Actorish> compound = actors.codesAt(best.compound, ctx);
            if (compound.size() < 2) {
                return null;
            }
            if (best.compoundBefore) {
                sources = compound;
                targets = best.target >= 0 ? actors.codesAt(best.target, ctx)
                    : arguments.firstActorAfter(post, compound, ctx);
                if (targets.isEmpty()) {
                    targets = compound;
                    pairwise = true;
                }
            } else {
                targets = compound;
                sources = best.source >= 0 ? actors.codesAt(best.source, ctx) : arguments.subjectCodes(v, ctx);
            }
        } else {
            // a passive's subject is its target; PETRARCH-1 only swaps when there is a "by" phrase
            boolean passive = arguments.isPassive(v);
            Optional<List<Actorish>> agent = passive ? arguments.passiveAgent(v, ctx) : Optional.empty();
            boolean swap = agent.isPresent() || petrarch2 && passive;
            VerbContext c = ctx;
            if (best != null && best.source >= 0) {
                sources = actors.codesAt(best.source, ctx);
            } else if (swap) {
                sources = agent.orElseGet(() -> arguments.firstActorAfter(post, arguments.passiveSubject(v, c), c));
            } else {
                sources = arguments.subjectCodes(v, ctx);
            }
            if (best != null && best.source > v && best.target < 0) {
                // "$" places the source elsewhere: the subject is then the one it is done to
                targets = arguments.subjectCodes(v, ctx);
            } else if (best != null && best.target >= 0) {
                targets = actors.codesAt(best.target, ctx);
                // "X noted that + regretted": the pattern's target is the clause's subject, so the source is
                // the subject of the clause above
                if (best.source < 0 && !swap && overlaps(sources, targets) && s.governor(v) >= 0) {
                    sources = arguments.subjectCodes(s.governor(v), ctx);
                }
            } else if (swap) {
                targets = arguments.passiveSubject(v, ctx);
            } else {
                targets = arguments.firstActorAfter(post, sources, ctx);
            }
        }
        Set<Integer> targetTokens = new HashSet<>();
        for (Actorish t : targets) {
            targetTokens.addAll(t.tokens());
        }
        for (Actorish t : sources) {
            for (int k : t.tokens()) {
                if (k > v) {
                    targetTokens.add(k); // a passive's agent or a $ after the verb
                }
            }
        }
        boolean complete = !sources.isEmpty() && !targets.isEmpty();
        String trigger = s.span(span[0], span[1] + 1);
        Token head = s.token(v);
        List<Actorish> srcs = sources.isEmpty() ? List.of(Actorish.NONE) : sources;
        List<Actorish> tgts = targets.isEmpty() ? List.of(Actorish.NONE) : targets;
        List<CodedEvent> events = new ArrayList<>();
        for (Actorish src : srcs) {
            for (Actorish tgt : tgts) {
                // the same code on both sides is a domestic event ("Iraqi Kurds demonstrated in Kirkuk")
                // when two different phrases name them; the same phrase twice is no event
                if (src.code().equals(tgt.code()) && (pairwise || !src.code().equals(CodedEvent.NONE))
                    && (pairwise || !ctx.allowDomestic() || overlaps(List.of(src), List.of(tgt)))) {
                    continue;
                }
                emit(src, tgt, code.primary(), trigger, head, rule, negated, ctx, events);
                // the counterpart of what did not happen did not happen either: "Israel would not negotiate with
                // the PLO" is Israel's refusal, not a refusal of the PLO's
                if (!pairwise && code.secondary().isPresent() && !negated) {
                    emit(tgt, src, code.secondary().get(), trigger, head, rule, negated, ctx, events);
                }
            }
        }
        return new VerbResult(v, events, targetTokens, complete, reports, demand);
    }

    private static boolean overlaps(List<Actorish> a, List<Actorish> b) {
        for (Actorish x : a) {
            for (Actorish y : b) {
                for (int t : x.tokens()) {
                    if (y.tokens().contains(t)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private boolean hasNegation(int v) {
        for (Dependency d : s.children(v)) {
            String w = s.token(d.dependent()).lowerWord();
            if (w.equals("not") || w.equals("n't") || w.equals("never")) {
                return true;
            }
        }
        return false;
    }

    /** A clause after the verb that says what must or should be done. */
    private boolean deonticComplement(int v) {
        for (Dependency d : s.children(v)) {
            if (d.dependent() > v && d.relation().equals("ccomp") && deontic(d.dependent())) {
                return true;
            }
        }
        return false;
    }

    /** The clause says what must or should be done ("Libya must hand over", "the US should cancel"). */
    private boolean deontic(int v) {
        for (Dependency d : s.children(v)) {
            if (d.relation().startsWith("aux")) {
                String w = words.get(d.dependent()).toLowerCase(Locale.ROOT);
                if (w.equals("must") || w.equals("should") || w.equals("ought")) {
                    return true;
                }
            }
        }
        return false;
    }

    private void emit(Actorish src, Actorish tgt, String code, String trigger, Token head, String rule,
                      boolean negated, VerbContext ctx, List<CodedEvent> out) {
        if (code.equals(VerbCode.NULL) || code.isEmpty()) {
            return;
        }
        boolean srcNone = src.code().equals(CodedEvent.NONE);
        boolean tgtNone = tgt.code().equals(CodedEvent.NONE);
        if (options.requireDyad() && (srcNone || tgtNone)) {
            return;
        }
        if (srcNone && tgtNone) {
            return;
        }
        if ((options.identifiedActor() || ctx.petrarch2()) && !identified(src.code()) && !identified(tgt.code())) {
            return;
        }
        CodedEvent e = new CodedEvent(src.code(), tgt.code(), code, s.index(), src.text(), tgt.text(), trigger,
            head.start(), head.end(), rule, negated, issues());
        for (CodedEvent x : out) {
            if (x.triple().equals(e.triple())) {
                return;
            }
        }
        out.add(e);
    }

    private static boolean identified(String code) {
        return !code.startsWith(CodedEvent.NONE);
    }
}
