package org.dyad.actor;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.dyad.text.Sentence;
import org.dyad.text.Token;

/**
 * Country names and agent (title, rank, organisation) words found in one sentence, by token. Built once
 * per sentence. Immutable.
 */
public final class SentenceLexicon {
    /** Words that make a capital's name part of another name before it ("Lake Victoria") or after it. */
    private static final Set<String> NAME_BEFORE = org.dyad.dictionary.WordSets.get("actor.name-words-before");
    private static final Set<String> NAME_AFTER = org.dyad.dictionary.WordSets.get("actor.name-words-after");
    private final String[] country;
    private final CountryGazetteer.Kind[] countryKind;
    private final int[] countryStart;
    private final List<List<String>> sectors;
    private final boolean[] agentCovered;
    private final String[] actorCode;
    /** Whether the dictionary entry at a token names an office held for a time (a person's dated codes). */
    private final boolean[] actorRole;
    private final boolean[] outOfOffice;

    public SentenceLexicon(Sentence s, CountryGazetteer countries, AgentLexicon agents) {
        this(s, countries, agents, null, Optional.empty());
    }

    /**
     * As above, and with an actor dictionary (PETRARCH's, with people, organisations and groups): its
     * longest phrases, outside country names, give the codes in force on {@code date}.
     */
    public SentenceLexicon(Sentence s, CountryGazetteer countries, AgentLexicon agents,
                           org.dyad.dictionary.ActorDictionary actors, Optional<java.time.LocalDate> date) {
        this(s, countries, agents, actors, date, Set.of());
    }

    /**
     * As above, in an article that names the countries {@code named} (codes, {@link CountryGazetteer#named}): a
     * nationality word or capital several states share reads as the one the article names.
     */
    public SentenceLexicon(Sentence s, CountryGazetteer countries, AgentLexicon agents,
                           org.dyad.dictionary.ActorDictionary actors, Optional<java.time.LocalDate> date,
                           Set<String> named) {
        int n = s.size();
        List<String> words = new ArrayList<>(n);
        for (Token t : s.tokens()) {
            words.add(t.word());
        }
        country = new String[n];
        countryKind = new CountryGazetteer.Kind[n];
        countryStart = new int[n];
        Arrays.fill(countryStart, -1);
        sectors = new ArrayList<>(n);
        agentCovered = new boolean[n];
        for (int i = 0; i < n; i++) {
            sectors.add(List.of());
        }
        for (int i = 0; i < n; ) {
            Optional<CountryGazetteer.CountryMatch> m = countries.match(words, i, named);
            if (m.isPresent()) {
                for (int k = i; k < i + m.get().length() && k < n; k++) {
                    country[k] = m.get().code();
                    countryKind[k] = m.get().kind();
                    countryStart[k] = i;
                }
                i += m.get().length();
            } else {
                i++;
            }
        }
        for (int i = 0; i + 1 < n; i++) {
            // "US$ 50 million", "US $50 million": a currency, not a country
            if (country[i] != null && (words.get(i + 1).startsWith("$") || words.get(i).endsWith("$"))) {
                country[i] = null;
                countryKind[i] = null;
                countryStart[i] = -1;
            }
        }
        for (int i = 0; i < n; ) {
            // "Lake Victoria", "Victoria Falls": a capital's name inside another name is no capital
            int len = 1;
            while (i + len < n && countryStart[i + len] == i) {
                len++;
            }
            boolean inName = i > 0 && NAME_BEFORE.contains(words.get(i - 1))
                    || i + len < n && NAME_AFTER.contains(words.get(i + len));
            if (countryKind[i] == CountryGazetteer.Kind.CAPITAL && countryStart[i] == i && inName) {
                for (int k = i; k < i + len; k++) {
                    country[k] = null;
                    countryKind[k] = null;
                    countryStart[k] = -1;
                }
            }
            i += len;
        }
        for (int i = 0; i < n; i++) {
            // "Vietnamese-led forces", "Saudi-led coalition", "Pakistan-based groups": led by, based in that country
            String w = words.get(i);
            String lower = w.toLowerCase(java.util.Locale.ROOT);
            int cut = lower.endsWith("-led") ? 4 : lower.endsWith("-based") ? 6 : 0;
            if (country[i] == null && cut > 0 && w.length() > cut) {
                Optional<CountryGazetteer.CountryMatch> m = countries.match(List.of(w.substring(0, w.length() - cut)), 0);
                if (m.isPresent()) {
                    country[i] = m.get().code();
                    countryKind[i] = CountryGazetteer.Kind.ADJECTIVE;
                    countryStart[i] = i;
                }
            }
        }
        actorCode = new String[n];
        actorRole = new boolean[n];
        outOfOffice = new boolean[n];
        if (actors != null) {
            for (int i = 0; i < n; ) {
                Optional<org.dyad.dictionary.ActorDictionary.Match> m = country[i] != null ? Optional.empty()
                        : actors.longestAt(words, i);
                List<String> codes = m.map(x -> x.entry().codesOn(date)).orElse(List.of());
                boolean stale = codes.isEmpty() && m.isPresent();
                if (stale) { // a person out of office on the article's date: a country, weaker than any other code
                    codes = m.get().entry().countryOutOfOffice(date).map(List::of).orElse(List.of());
                }
                int len = m.map(org.dyad.dictionary.ActorDictionary.Match::length).orElse(0);
                boolean free = len > 0 && i + len <= n;
                for (int k = i; free && k < i + len; k++) {
                    free = country[k] == null;
                }
                if (free && !codes.isEmpty() && !codes.get(0).startsWith("\"")) {
                    boolean role = m.get().entry().codes().stream().anyMatch(c -> c.dated());
                    for (int k = i; k < i + len; k++) {
                        actorCode[k] = codes.get(0);
                        actorRole[k] = role;
                        outOfOffice[k] = stale;
                    }
                    i += len;
                } else {
                    i++;
                }
            }
        }
        for (int i = 0; i < n; ) {
            if (country[i] != null || actorCode[i] != null) {
                i++;
                continue;
            }
            Optional<AgentLexicon.AgentMatch> m = agents.match(words, i);
            if (m.isPresent() && m.get().length() > 0) {
                for (int k = i; k < i + m.get().length() && k < n; k++) {
                    sectors.set(k, m.get().sectors());
                    agentCovered[k] = true;
                }
                i += m.get().length();
            } else {
                i++;
            }
        }
    }

    /** The country named by token {@code i}, if it is part of a country name, adjective or capital. */
    public Optional<String> country(int i) { return Optional.ofNullable(country[i]); }

    /** How token {@code i} names its country, if it does. */
    public Optional<CountryGazetteer.Kind> countryKind(int i) { return Optional.ofNullable(countryKind[i]); }

    /** Sectors of the agent phrase covering token {@code i} (empty if none). */
    public List<String> sectors(int i) { return sectors.get(i); }

    /** The one country the sentence names (by name, adjective, capital or a dictionary actor), if just one. */
    public Optional<String> onlyCountry() {
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (int i = 0; i < country.length; i++) {
            if (country[i] != null) {
                seen.add(country[i]);
            } else if (actorCode[i] != null && actorCode[i].length() >= 3) {
                String c = actorCode[i].substring(0, 3);
                if (!c.equals("---") && !c.equals("IGO") && !c.equals("NGO") && !c.equals("MNC")) {
                    seen.add(c);
                }
            }
        }
        return seen.size() == 1 ? Optional.of(seen.iterator().next()) : Optional.empty();
    }

    /** The actor dictionary's code for the phrase covering token {@code i}, if any (e.g. {@code IGOUNO}). */
    public Optional<String> actorCode(int i) { return Optional.ofNullable(actorCode[i]); }

    /**
     * Whether the dictionary actor at token {@code i} is a person's office held for a time (dated codes: "Barack
     * Obama", USAGOV until 2017), which the text's own title may have overtaken; an undated code names a body
     * ("Boko Haram", NGAREB) whose sectors stay.
     */
    public boolean actorRole(int i) { return actorRole[i]; }

    /**
     * Whether the dictionary actor at token {@code i} is a person none of whose dated codes is in force on the
     * article's date: {@link #actorCode} gives only the country the codes share, weaker than any other code.
     */
    public boolean outOfOffice(int i) { return outOfOffice[i]; }

    /** True when token {@code i} is part of a title, rank or organisation word. */
    public boolean isAgent(int i) { return agentCovered[i]; }
}
