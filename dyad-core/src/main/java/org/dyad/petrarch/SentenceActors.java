package org.dyad.petrarch;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.dyad.dictionary.ActorDictionary;
import org.dyad.dictionary.AgentDictionary;
import org.dyad.dictionary.AgentEntry;
import org.dyad.dictionary.Dictionaries;
import org.dyad.dictionary.VerbCode;
import org.dyad.dictionary.WordSets;
import org.dyad.text.Dependency;
import org.dyad.text.Sentence;

/**
 * The actor and agent phrases of one sentence, and the codes of its noun phrases.
 *
 * <p>Phrases are found left to right by the longest actor or agent phrase starting at a token (an actor wins
 * a tie), skipping removed comma clauses. A noun phrase's code is its actor's code (the one in force on the
 * article date) with its agents' codes after it ({@code [~GOV]}) or before it ({@code [NGO~]}). Conjoined noun
 * phrases give one code each; an agent with no country borrows the country of its conjuncts, else is coded
 * {@code ---AGENT} (or, with {@link VerbContext#allowDomestic}, placed in the sentence's only country).
 *
 * <p>One per sentence; not thread-safe (it remembers the sentence's only country once asked).
 */
final class SentenceActors {
    /** Code prefixes of actors that are no country: IGOs, NGOs, companies, armed groups, regions. */
    private static final Set<String> NON_STATE = WordSets.get("petrarch.non-state-codes");

    private final Sentence s;
    private final List<String> words;
    private final Optional<LocalDate> date;
    private final CodingOptions options;
    /** Actor match starting at a token. */
    private final ActorDictionary.Match[] actorAt;
    /** Agent match starting at a token. */
    private final AgentDictionary.Match[] agentAt;
    /** For each token, the start of the actor or agent match covering it, or -1. */
    private final int[] coveredBy;
    /** The one country the sentence's actors name, computed on first use. */
    private Optional<String> onlyCountry;

    SentenceActors(Dictionaries dictionaries, CodingOptions options, Sentence s, List<String> words,
                   Optional<LocalDate> date, boolean[] deleted) {
        this.s = s;
        this.words = words;
        this.date = date;
        this.options = options;
        int n = s.size();
        actorAt = new ActorDictionary.Match[n];
        agentAt = new AgentDictionary.Match[n];
        coveredBy = new int[n];
        Arrays.fill(coveredBy, -1);
        for (int i = 0; i < n; ) {
            if (deleted[i]) {
                i++;
                continue;
            }
            Optional<ActorDictionary.Match> a = dictionaries.actors().longestAt(words, i);
            Optional<AgentDictionary.Match> g = dictionaries.agents().longestAt(words, i);
            int la = a.map(ActorDictionary.Match::length).orElse(0);
            int lg = g.map(AgentDictionary.Match::length).orElse(0);
            if (la == 0 && lg == 0) {
                i++;
                continue;
            }
            int len;
            if (la >= lg) {
                actorAt[i] = a.get();
                len = la;
            } else {
                agentAt[i] = g.get();
                len = lg;
            }
            for (int k = i; k < i + len; k++) {
                coveredBy[k] = i;
            }
            i += len;
        }
    }

    /** The start of the actor or agent phrase covering token {@code i}, or -1. */
    int coveredBy(int i) {
        return coveredBy[i];
    }

    /** Codes of the noun phrase containing the actor or agent that starts at token {@code start}. */
    List<Actorish> codesAt(int start, VerbContext ctx) {
        return nounPhraseCodes(npHead(start), ctx);
    }

    /** Climbs from a token to the head of its noun phrase, and to the first of coordinated ones. */
    int npHead(int i) {
        int cur = i;
        for (int hops = 0; hops < 8; hops++) {
            String rel = s.relation(cur);
            int gov = s.governor(cur);
            if (gov < 0) {
                break;
            }
            if (rel.equals("compound") || rel.equals("amod") || rel.equals("flat") || rel.equals("det")
                || rel.equals("nmod:poss") || rel.equals("nummod") || rel.equals("case")
                || rel.equals("compound:prt")) {
                cur = gov;
                continue;
            }
            if (rel.equals("conj") && !s.token(gov).isVerb()) {
                cur = gov;
                continue;
            }
            break;
        }
        return cur;
    }

    /** The actor codes a noun phrase names: one per conjunct, each country with its agents. */
    List<Actorish> nounPhraseCodes(int head, VerbContext ctx) {
        List<Integer> conjuncts = new ArrayList<>();
        collectConjuncts(head, conjuncts);
        List<Unit> units = new ArrayList<>();
        for (int c : conjuncts) {
            units.add(unit(c, conjuncts));
        }
        List<Actorish> out = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (Unit u : units) {
            List<String> countries = u.countries;
            String borrowedPrefix = "";
            if (countries.isEmpty() && !u.agents.isEmpty()) {
                for (Unit other : units) {
                    if (other != u && !other.countries.isEmpty()) {
                        countries = other.countries;
                        borrowedPrefix = String.join("", other.modifierAgents);
                        break;
                    }
                }
            }
            if (countries.isEmpty() && u.agents.isEmpty()) {
                if (options.newActorLength() > 0 && u.text.split("\\s+").length <= options.newActorLength()
                    && !u.text.isBlank() && conjuncts.size() == 1) {
                    add(out, seen, new Actorish("\"" + u.text.toUpperCase(Locale.ROOT) + "\"", u.text, u.tokens));
                }
                continue;
            }
            List<String> agents = u.agents;
            if (countries.isEmpty() && ctx.allowDomestic()) {
                // "opposition leaders agreed to postpone the rally in Baku": with one country in the
                // sentence, an agent of no named country is placed in it
                Optional<String> only = onlyCountry();
                if (only.isPresent()) {
                    countries = List.of(only.get());
                }
            }
            if (countries.isEmpty()) {
                add(out, seen, new Actorish(String.join("", u.prefixes) + CodedEvent.NONE + String.join("", agents),
                    u.text, u.tokens));
                continue;
            }
            for (String country : countries) {
                StringBuilder code = new StringBuilder();
                for (String p : u.prefixes) {
                    code.append(p);
                }
                code.append(country);
                if (!borrowedPrefix.isEmpty() && u.countries.isEmpty()) {
                    code.append(borrowedPrefix);
                }
                for (String a : agents) {
                    if (!endsWithCode(code.toString(), a)) {
                        code.append(a);
                    }
                }
                add(out, seen, new Actorish(code.toString(), u.text, u.tokens));
            }
        }
        return out;
    }

    /** The one country the sentence's actors name, if they name exactly one (organisations aside). */
    private Optional<String> onlyCountry() {
        if (onlyCountry == null) {
            Set<String> found = new LinkedHashSet<>();
            for (ActorDictionary.Match m : actorAt) {
                if (m == null) {
                    continue;
                }
                for (String code : m.entry().codesOn(date)) {
                    String c = code.length() >= 3 ? code.substring(0, 3) : code;
                    if (isStateCode(c) && !NON_STATE.contains(c)) {
                        found.add(c);
                    }
                }
            }
            onlyCountry = found.size() == 1 ? Optional.of(found.iterator().next()) : Optional.empty();
        }
        return onlyCountry;
    }

    private static boolean endsWithCode(String code, String agent) {
        return code.endsWith(agent) || code.length() > 3 && code.substring(3).contains(agent);
    }

    private static void add(List<Actorish> out, Set<String> seen, Actorish a) {
        if (seen.add(a.code())) {
            out.add(a);
        }
    }

    /** {@code head} and the nouns coordinated with it, depth first ("Gondor, Rohan and Arnor"). */
    void collectConjuncts(int head, List<Integer> out) {
        out.add(head);
        for (int c : s.children(head, "conj")) {
            if (!s.token(c).isVerb()) {
                collectConjuncts(c, out);
            }
        }
    }

    /** One conjunct of a noun phrase: its codes, words and tokens. */
    private static final class Unit {
        final List<String> countries = new ArrayList<>();
        final List<String> agents = new ArrayList<>();
        final List<String> prefixes = new ArrayList<>();
        /** Agents before the head word (borrowed by a conjunct that has only its own head agent). */
        final List<String> modifierAgents = new ArrayList<>();
        final List<Integer> tokens = new ArrayList<>();
        String text = "";
    }

    /** The words of conjunct {@code c} (without other conjuncts, clauses and appositions) and their codes. */
    private Unit unit(int c, List<Integer> conjuncts) {
        Unit u = new Unit();
        boolean[] in = new boolean[s.size()];
        collectUnit(c, c, in, conjuncts);
        for (int i = 0; i < s.size(); i++) {
            if (in[i]) {
                u.tokens.add(i);
            }
        }
        Set<Integer> starts = new LinkedHashSet<>();
        for (int i : u.tokens) {
            if (coveredBy[i] >= 0) {
                starts.add(coveredBy[i]);
            }
        }
        for (int st : starts) {
            if (actorAt[st] != null) {
                for (String code : actorAt[st].entry().codesOn(date)) {
                    if (code.equals(VerbCode.NULL)) {
                        continue;
                    }
                    if (!u.countries.contains(code)) {
                        u.countries.add(code);
                    }
                }
            } else if (agentAt[st] != null) {
                AgentEntry a = agentAt[st].entry();
                if (a.prefix()) {
                    u.prefixes.add(a.code());
                } else if (!u.agents.contains(a.code())) {
                    u.agents.add(a.code());
                    int end = st + agentAt[st].length() - 1;
                    if (end < c) {
                        u.modifierAgents.add(a.code());
                    }
                }
            }
        }
        StringBuilder text = new StringBuilder();
        for (int i : u.tokens) {
            String w = words.get(i);
            if (i < c && s.relation(i).equals("case") && s.governor(i) == c) {
                continue; // "with Gondor": the preposition is not part of the actor's words
            }
            if (w.equals("'s") || w.equals("'") || s.token(i).pos().equals("POS")) {
                continue;
            }
            if (text.length() > 0) {
                text.append(' ');
            }
            text.append(w);
        }
        u.text = text.toString();
        return u;
    }

    private void collectUnit(int root, int i, boolean[] in, List<Integer> conjuncts) {
        in[i] = true;
        boolean headIsActor = i == root && namesActor(root);
        for (Dependency d : s.children(i)) {
            int c = d.dependent();
            String rel = d.relation();
            if (conjuncts.contains(c) || rel.equals("cc") || rel.equals("punct") || rel.startsWith("acl")
                || rel.equals("appos") || rel.equals("parataxis") || rel.startsWith("advcl")
                || rel.equals("conj") && s.token(c).isVerb() || rel.equals("dep")
                || org.dyad.actor.RelationalNouns.isOwner(s, c)) { // "Iran's rivals" are not Iran
                continue;
            }
            // "Gollum, centre of a row between Radagast ...": a phrase that names its actor keeps the
            // actors of its prepositional modifiers out; "officials in Fornost" takes them in
            if (headIsActor && rel.startsWith("nmod") && !rel.equals("nmod:poss") && c > root) {
                continue;
            }
            collectUnit(root, c, in, conjuncts);
        }
    }

    /** Whether the head word of a noun phrase, or a word before it in the phrase, is an actor. */
    boolean namesActor(int head) {
        if (coveredBy[head] >= 0 && actorAt[coveredBy[head]] != null) {
            return true;
        }
        for (Dependency d : s.children(head)) {
            String rel = d.relation();
            int c = d.dependent();
            if (c < head && (rel.equals("compound") || rel.equals("amod") || rel.equals("nmod:poss")
                || rel.equals("flat")) && coveredBy[c] >= 0 && actorAt[coveredBy[c]] != null) {
                return true;
            }
        }
        return false;
    }

    /** Three capital letters, as a state's code begins ("IRN"). */
    private static boolean isStateCode(String c) {
        return c.length() == 3 && c.chars().allMatch(ch -> ch >= 'A' && ch <= 'Z');
    }
}
