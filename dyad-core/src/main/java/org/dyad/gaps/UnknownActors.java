package org.dyad.gaps;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dyad.actor.ActorResolver;
import org.dyad.actor.Entity;
import org.dyad.actor.Mention;
import org.dyad.actor.SentenceLexicon;
import org.dyad.date.CalendarNames;
import org.dyad.dictionary.ActorDictionary;
import org.dyad.dictionary.DictionaryLines;
import org.dyad.text.Dependency;
import org.dyad.text.Sentence;
import org.dyad.text.Token;

/**
 * The names of one sentence that no actor dictionary entry covers, with the cues that place them.
 *
 * <p>A name is a run of tokens the named-entity tagger marks PERSON or ORGANIZATION, a run of untagged proper
 * nouns heading a verb's subject, object or agent ("Hezbollah attacked ..."), or a run of proper nouns tagged
 * LOCATION that no gazetteer knows heading a verb's subject (the tagger takes many an unfamiliar person's name
 * for a place: "Zawadi Mwangaza praised Uganda"). It is known, and left out, when a
 * dictionary phrase covers any of its tokens or its words in full; it is no name at all when every capitalised
 * word of it is a country, nationality, title or office word ("Kenyan Parliament", "Foreign Minister"), and an
 * organisation holding a country word ("Kenya Airways") is left out, since a dictionary phrase starting there is
 * never read (the country wins). What the sentence says of the name comes from the actor resolution the coder
 * made: the code its title and nationality words give ("Kenyan Foreign Minister Raphael Tuju": {@code KENGOV}),
 * and the words that gave it. Stateless.
 */
final class UnknownActors {
    /** A verb's arguments an untagged proper noun must head to count as a name (an oblique only after "by"). */
    private static final Set<String> ARGUMENTS = Set.of("nsubj", "nsubj:pass", "obj", "iobj");
    /** Prepositions whose object places the phrase it hangs on: "the foreign minister of Kenya". */
    private static final Set<String> PLACING = Set.of("of", "in", "from");
    private static final Map<String, Integer> MONTHS = CalendarNames.months();
    private static final Map<String, java.time.DayOfWeek> WEEKDAYS = CalendarNames.weekdays();

    private UnknownActors() {
    }

    /**
     * The unknown names of {@code s}, each once.
     *
     * @param actors the actor dictionary the coder placed names with (empty for a coder without one)
     */
    static List<ActorGap> find(Sentence s, SentenceLexicon lex, ActorResolver resolver, ActorDictionary actors,
                               Example example) {
        List<ActorGap> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        int n = s.size();
        for (int i = 0; i < n; ) {
            Token t = s.token(i);
            String tag = t.ner();
            boolean tagged = tag.equals("PERSON") || tag.equals("ORGANIZATION");
            boolean untagged = !tagged && t.isProperNoun() && (tag.equals("O") || tag.equals("LOCATION"));
            if (!tagged && !untagged) {
                i++;
                continue;
            }
            int end = i + 1;
            while (end < n && s.token(end).ner().equals(tag) && (tagged || s.token(end).isProperNoun())) {
                end++;
            }
            ActorGap.Kind kind = tag.equals("PERSON") ? ActorGap.Kind.PERSON
                    : tag.equals("ORGANIZATION") ? ActorGap.Kind.ORGANIZATION : ActorGap.Kind.NAME;
            gap(s, lex, resolver, actors, example, i, end, kind).ifPresent(g -> {
                if (seen.add(g.name().toLowerCase(Locale.ROOT))) {
                    out.add(g);
                }
            });
            i = end;
        }
        return out;
    }

    private static Optional<ActorGap> gap(Sentence s, SentenceLexicon lex, ActorResolver resolver,
                                          ActorDictionary actors, Example example, int from, int to,
                                          ActorGap.Kind kind) {
        int first = -1;
        int last = -1;
        boolean countryWord = false;
        for (int k = from; k < to; k++) {
            if (lex.actorCode(k).isPresent()) {
                return Optional.empty();
            }
            countryWord |= lex.country(k).isPresent();
            if (significant(s.token(k), lex, k)) {
                first = first < 0 ? k : first;
                last = k;
            }
        }
        if (first < 0 || (countryWord && kind != ActorGap.Kind.PERSON)) {
            return Optional.empty();
        }
        int head = headOf(s, from, to);
        boolean plural = to - from == 1 && s.token(from).pos().equals("NNPS"); // "Republicans", "Arabs": people
        boolean place = s.token(from).ner().equals("LOCATION");
        if (kind == ActorGap.Kind.NAME && (plural || !headsArgument(s, head)
                || (place && !s.relation(head).equals("nsubj")))) {
            return Optional.empty();
        }
        int phraseHead = climb(s, head);
        Optional<Entity> entity = resolved(s, resolver, phraseHead);
        List<String> words = new ArrayList<>();
        String name;
        if (kind == ActorGap.Kind.PERSON && entity.isPresent() && entity.get().person() && !entity.get().name().isBlank()) {
            name = entity.get().name();
            words.addAll(List.of(name.split("\\s+")));
        } else {
            int a = kind == ActorGap.Kind.PERSON ? first : from;
            int b = kind == ActorGap.Kind.PERSON ? last + 1 : to;
            while (a < b && !Character.isUpperCase(s.token(a).word().codePointAt(0))) {
                a++; // "the" of a tagged organisation
            }
            for (int k = a; k < b; k++) {
                words.add(s.token(k).word());
            }
            name = s.span(a, b);
        }
        if (words.isEmpty() || words.stream().anyMatch(w -> w.contains("_")) || known(actors, words)) {
            return Optional.empty();
        }
        Set<String> countries = new java.util.TreeSet<>();
        List<String> cues = cues(s, lex, resolver, phraseHead, countries);
        String country = entity.map(Entity::country).orElse("");
        if (country.isEmpty() && countries.size() == 1) {
            country = countries.iterator().next(); // "the Nyanza Fisheries Board of Kenya", which the coder left unplaced
        }
        String sectors = String.join("", entity.map(Entity::sectors).orElse(List.of()));
        String code = (country.isEmpty() ? DictionaryLines.PLACEHOLDER : country) + sectors;
        return Optional.of(new ActorGap(name, kind, words, code, cues, example));
    }

    /** A capitalised word that is no country, nationality, title, office, month or weekday. */
    private static boolean significant(Token t, SentenceLexicon lex, int k) {
        String w = t.word();
        if (w.isEmpty() || !Character.isUpperCase(w.codePointAt(0)) || lex.country(k).isPresent() || lex.isAgent(k)) {
            return false;
        }
        String lower = w.toLowerCase(Locale.ROOT).replace(".", "");
        return !MONTHS.containsKey(lower) && !WEEKDAYS.containsKey(lower);
    }

    /** Whether the dictionary has a phrase that covers all of these words. */
    private static boolean known(ActorDictionary actors, List<String> words) {
        return actors.longestAt(words, 0).filter(m -> m.length() == words.size()).isPresent();
    }

    /** The token of {@code [from, to)} that hangs on a token outside it (the last one, if several do). */
    private static int headOf(Sentence s, int from, int to) {
        int head = to - 1;
        for (int k = from; k < to; k++) {
            int g = s.governor(k);
            if (g < from || g >= to) {
                head = k;
            }
        }
        return head;
    }

    /** Whether an untagged proper noun heads a verb's subject, object or agent ("Hezbollah attacked ..."). */
    private static boolean headsArgument(Sentence s, int head) {
        int h = head;
        while (s.relation(h).startsWith("flat")) {
            h = s.governor(h);
        }
        int g = s.governor(h);
        if (g < 0 || !s.token(g).isVerb()) {
            return false;
        }
        if (s.relation(h).equals("obl")) {
            return s.children(h, "case").stream().anyMatch(c -> s.token(c).lowerWord().equals("by"));
        }
        return ARGUMENTS.contains(s.relation(h));
    }

    /** The head of the noun phrase a name is part of: up through compounds, flat names and appositions. */
    private static int climb(Sentence s, int head) {
        int h = head;
        for (int guard = 0; guard < s.size(); guard++) {
            String rel = s.relation(h);
            if (!(rel.startsWith("compound") || rel.startsWith("flat") || rel.equals("appos")) || s.governor(h) < 0) {
                break;
            }
            h = s.governor(h);
        }
        return h;
    }

    /**
     * What the coder resolved the phrase to, read from the resolution the actors stage made: only phrases that
     * stage resolves are asked (a new question could teach the article's discourse a person the coder never met).
     */
    private static Optional<Entity> resolved(Sentence s, ActorResolver resolver, int head) {
        Token h = s.token(head);
        String rel = s.relation(head);
        if (!(h.isNoun() || h.isPronoun()) || rel.startsWith("compound") || rel.startsWith("flat")
                || rel.equals("appos") || rel.equals("dep")) {
            return Optional.empty();
        }
        return resolver.resolve(head).flatMap(Mention::entity);
    }

    /**
     * The words that place the phrase: country and nationality words and titles in it ("Kenyan", "Foreign
     * Minister", "Kenya 's" in "Kenya's foreign minister"), and a country after "of", "in" or "from" on its head
     * ("of Kenya"), in text order. Consecutive words of one country or one title make one cue. The countries
     * named go to {@code countries}.
     */
    private static List<String> cues(Sentence s, SentenceLexicon lex, ActorResolver resolver, int head,
                                     Set<String> countries) {
        List<String> out = new ArrayList<>();
        collect(s, lex, resolver.phrase(head), "", out, countries);
        for (Dependency d : s.children(head)) {
            if (!(d.relation().startsWith("nmod") || d.relation().startsWith("obl")) || d.relation().equals("nmod:poss")) {
                continue;
            }
            for (int c : s.children(d.dependent(), "case")) {
                String prep = s.token(c).lowerWord();
                if (PLACING.contains(prep)) {
                    List<String> found = new ArrayList<>();
                    collect(s, lex, resolver.phrase(d.dependent()), "country", found, countries);
                    found.forEach(f -> out.add(prep + " " + f));
                }
            }
        }
        return out.stream().distinct().toList();
    }

    /** Runs of country or title words among {@code tokens}; {@code only} "country" keeps country words alone. */
    private static void collect(Sentence s, SentenceLexicon lex, List<Integer> tokens, String only, List<String> out,
                                Set<String> countries) {
        int start = -1;
        String kind = "";
        int prev = -2;
        for (int k : tokens) {
            String here = lex.country(k).map(c -> "country " + c).orElse(lex.isAgent(k) && only.isEmpty() ? "title" : "");
            if (start >= 0 && (!here.equals(kind) || k != prev + 1)) {
                out.add(s.span(start, prev + 1));
                start = -1;
            }
            lex.country(k).ifPresent(countries::add);
            if (start < 0 && !here.isEmpty()) {
                start = k;
                kind = here;
            }
            prev = k;
        }
        if (start >= 0) {
            out.add(s.span(start, prev + 1));
        }
    }
}
