package org.dyad.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.dyad.actor.SentenceLexicon;
import org.dyad.event.EventDraft;
import org.dyad.event.Location;
import org.dyad.place.SentencePlaces;
import org.dyad.text.Dependency;
import org.dyad.text.Sentence;

/**
 * Placements of {@link PlaceStage} by what the event's own words say of where it is done: the place a measure
 * holds on, the people of the place aid goes to, the public of the country protesters protest in or against.
 * Stateless.
 */
final class PlaceTargets {
    private PlaceTargets() {
    }

    /** Prepositions that name where a measure holds: "a curfew in parts of Kashmir", "a blockade on Gaza". */
    private static final Set<String> MEASURE_PREPS = Set.of("in", "on", "over", "across", "throughout");

    /**
     * "Indian authorities imposed a curfew in parts of Kashmir", "lifted the state of emergency in northern parts of
     * South Sudan": a measure (curfew, emergency rule, restrictions) with no target holds on the place its own words
     * name, on the trigger or on the measure; that place is the target, as its words, in the country it names
     * ("The Israeli army imposed a curfew on the West Bank town of Hebron": PSE), else, for a measure a government
     * can only impose at home, in the source's own country.
     */
    static void measureWhereItHolds(Sentence s, SentenceLexicon lex, SentencePlaces here, EventDraft d) {
        String code = d.cameo().code();
        if (d.target().isPresent() || PlaceStage.MEASURES.stream().noneMatch(code::startsWith)
                || d.sourceBasis() == org.dyad.actor.Basis.FALLBACK
                || d.location().map(Location::country).filter(PlaceStage::isCountryCode).isPresent()) {
            return; // a place found at the trigger is where it happened (againstTheCountry)
        }
        List<Integer> phrases = new ArrayList<>();
        for (int o : s.children(d.trigger(), "obj")) {
            s.children(o, "nmod").stream().filter(n -> MEASURE_PREPS.contains(PlaceStage.caseOf(s, n)))
                    .forEach(phrases::add);
        }
        s.children(d.trigger(), "obl").stream().filter(n -> MEASURE_PREPS.contains(PlaceStage.caseOf(s, n)))
                .forEach(phrases::add);
        String own = d.source().country();
        boolean home = PlaceStage.DOMESTIC_MEASURES.contains(code) && PlaceStage.isCountryCode(own)
                && PlaceStage.STATE_SECTORS.containsAll(d.source().sectors());
        for (int p : phrases) {
            // the phrase names a place: a country (by name or nationality word, down its "of" phrases), a place the
            // gazetteer knows, or a part of one ("parts of Kashmir")
            java.util.OptionalInt named = PlaceStage.countryWithin(s, lex, p, "", 0);
            boolean place = named.isPresent() || s.token(p).ner().equals("LOCATION")
                    || here.mentions().stream().anyMatch(m -> s.dominates(p, m.head()))
                    || !s.children(p, "nmod").isEmpty();
            String country = named.isPresent() ? lex.country(named.getAsInt()).orElse("") : home ? own : "";
            if (!place || !PlaceStage.isCountryCode(country)) {
                continue;
            }
            d.retarget(Optional.of(org.dyad.actor.Actor.of(country, List.of(), phraseText(s, p), "")),
                    org.dyad.actor.Basis.PLACE);
            d.recode(d.cameo(), " [target: where the measure holds, " + country + "]");
            return;
        }
    }

    /** Prepositions of whom aid is for: "assistance to flood victims", "aid for those affected". */
    private static final Set<String> AID_PREPS = Set.of("to", "for");

    /**
     * "Provided shelter to 1.5 million people in Haiti", "announced assistance to populations affected by the
     * cyclone in Mozambique": aid (CAMEO 07, and the intent 033) for people no list places goes to the people of
     * the country its "to" or "for" phrase names, as victims of violence are of the place it reaches; the target
     * is that country (its people when the text named them by their kind).
     */
    static void aidToPeopleOfThePlace(Sentence s, SentenceLexicon lex, EventDraft d) {
        String code = d.cameo().code();
        if (!(d.cameo().root().equals("07") || code.startsWith("033"))) {
            return;
        }
        Optional<org.dyad.actor.Actor> t = d.target();
        if (t.isPresent() && (!t.get().country().isEmpty() || t.get().sectors().isEmpty()
                || !PlaceStage.CIVILIAN_SECTORS.containsAll(t.get().sectors()))) {
            return;
        }
        List<Integer> phrases = new ArrayList<>();
        List<Integer> heads = new ArrayList<>(List.of(d.trigger()));
        heads.addAll(s.children(d.trigger(), "obj"));
        for (int h : heads) {
            for (Dependency c : s.children(h)) {
                if ((c.relation().startsWith("obl") || c.relation().startsWith("nmod"))
                        && AID_PREPS.contains(PlaceStage.caseOf(s, c.dependent()))) {
                    phrases.add(c.dependent());
                }
            }
        }
        for (int h : heads) {
            // "allocated aid to help people in Sudan": whom the aid is to help
            for (Dependency c : s.children(h)) {
                if ((c.relation().equals("advcl") || c.relation().equals("xcomp"))
                        && HELP_VERBS.contains(s.token(c.dependent()).lemma().toLowerCase(java.util.Locale.ROOT))) {
                    for (Dependency x : s.children(c.dependent())) {
                        if (x.relation().equals("obj") || x.relation().startsWith("obl")
                                && HELP_PREPS.contains(PlaceStage.caseOf(s, x.dependent()))) {
                            phrases.add(x.dependent());
                        }
                    }
                }
            }
        }
        for (int p : phrases) {
            java.util.OptionalInt named = recipientsCountry(s, lex, p, d.source().country());
            if (named.isEmpty()) {
                continue;
            }
            String country = lex.country(named.getAsInt()).orElse("");
            if (!PlaceStage.isCountryCode(country)) {
                continue;
            }
            if (t.isPresent()) {
                PlaceStage.placeTarget(d, t.get(), country, "people of the place the aid goes to");
            } else {
                d.retarget(Optional.of(org.dyad.actor.Actor.of(country, List.of(), phraseText(s, p), "")),
                        org.dyad.actor.Basis.PLACE);
                d.recode(d.cameo(), " [target: the place the aid goes to, " + country + "]");
            }
            return;
        }
    }

    /** The first (or last) word of the phrase headed by {@code head}, its preposition and punctuation aside. */
    private static int edge(Sentence s, int head, boolean first) {
        int at = head;
        for (int i = 0; i < s.size(); i++) {
            if (s.dominates(head, i) && !s.relation(i).equals("case") && !s.token(i).pos().equals(",")) {
                at = first ? Math.min(at, i) : Math.max(at, i);
            }
        }
        return at;
    }

    /** Verbs of what aid is given to do for people (words.tsv event.help-verbs). */
    private static final Set<String> HELP_VERBS = org.dyad.dictionary.WordSets.get("event.help-verbs");
    /** Prepositions of the people or place such help is for. */
    private static final Set<String> HELP_PREPS = Set.of("in", "to", "for");

    /**
     * The country the recipients' phrase names: within it, or where the participle on it says they are ("people
     * affected by the cyclone in Myanmar", "families displaced by fighting in Yemen").
     */
    private static java.util.OptionalInt recipientsCountry(Sentence s, SentenceLexicon lex, int p, String own) {
        java.util.OptionalInt named = PlaceStage.countryWithin(s, lex, p, own, 0);
        for (int acl : s.children(p, "acl")) {
            for (Dependency x : s.children(acl)) {
                if (named.isEmpty() && x.relation().startsWith("obl")) {
                    named = PlaceStage.countryWithin(s, lex, x.dependent(), own, 1);
                }
            }
        }
        return named;
    }

    /** The words of the phrase headed by {@code head}, without its preposition. */
    static String phraseText(Sentence s, int head) {
        return s.span(edge(s, head, true), edge(s, head, false) + 1);
    }

    /** A state's missions abroad (words.tsv place.mission-nouns): embassy, consulate, high commission. */
    private static final Set<String> MISSIONS = org.dyad.dictionary.WordSets.get("place.mission-nouns");
    /** Prepositions that put protesters at a place (words.tsv place.at-prepositions). */
    private static final Set<String> AT = org.dyad.dictionary.WordSets.get("place.at-prepositions");

    /**
     * "Students protested outside the French embassy in Dakar", "a rally at Israel's consulate": a protest with no
     * target, held at another state's mission, is against that state's government, as GDELT and ICEWS code it; the
     * mission's country is its own words' (a nationality word, a possessor, an "of" phrase), not the city it is in.
     */
    static void protestAtMission(Sentence s, SentenceLexicon lex, EventDraft d) {
        if (!d.cameo().root().equals("14") || d.target().isPresent() || d.trigger() < 0) {
            return;
        }
        for (Dependency c : s.children(d.trigger())) {
            int p = c.dependent();
            if (!c.relation().startsWith("obl") || !MISSIONS.contains(s.token(p).lemma().toLowerCase(java.util.Locale.ROOT))
                    || !AT.contains(PlaceStage.caseOf(s, p))) {
                continue;
            }
            for (Dependency m : s.children(p)) {
                String rel = m.relation();
                boolean own = rel.equals("amod") || rel.startsWith("compound") || rel.equals("nmod:poss")
                        || rel.equals("nmod") && PlaceStage.caseOf(s, m.dependent()).equals("of");
                String country = own ? lex.country(m.dependent()).orElse("") : "";
                if (PlaceStage.isCountryCode(country) && !country.equals(d.source().country())) {
                    int end = m.dependent() > p ? edge(s, m.dependent(), false) : p;
                    String words = s.span(edge(s, p, true), end + 1);
                    d.retarget(Optional.of(org.dyad.actor.Actor.of(country, List.of("GOV"), words, "")),
                            org.dyad.actor.Basis.NATIONALITY);
                    d.recode(d.cameo(), " [target: the state whose mission it was held at, " + country + "]");
                    return;
                }
            }
        }
    }

    /**
     * "Protesters in the Nepalese capital clashed with riot police", "Thousands of Yemenis demonstrated against the
     * government": a state's civil authorities (or a government's forces) named by their kind alone and placed
     * nowhere, facing a country's own public, opposition or insurgents, are that country's ({@link
     * org.dyad.actor.DomesticParties}), where the event is not set in another country ("Pakistani protesters clashed
     * with police in London" leaves the police to the place).
     */
    static void authoritiesOfTheirPeople(EventDraft d) {
        if (d.target().isEmpty()) {
            return;
        }
        org.dyad.actor.Actor src = d.source();
        org.dyad.actor.Actor tgt = d.target().get();
        boolean sourceUnplaced = src.country().isEmpty() && !src.sectors().isEmpty();
        boolean targetUnplaced = tgt.country().isEmpty() && !tgt.sectors().isEmpty();
        if (sourceUnplaced == targetUnplaced) {
            return;
        }
        org.dyad.actor.Actor authorities = sourceUnplaced ? src : tgt;
        org.dyad.actor.Actor people = sourceUnplaced ? tgt : src;
        org.dyad.actor.Basis peopleBasis = sourceUnplaced ? d.targetBasis().orElseThrow() : d.sourceBasis();
        if ((sourceUnplaced ? d.sourceBasis() : d.targetBasis().orElseThrow()) == org.dyad.actor.Basis.PEOPLE
                || PlaceStage.foreign(authorities)) {
            return; // people no list names stay the catch-all, and actors from elsewhere are no one's here
        }
        String country = people.country();
        List<String> sectors = org.dyad.actor.DomesticParties.sectorsOf(people, peopleBasis);
        Optional<String> place = d.location().map(Location::country).filter(PlaceStage::isCountryCode);
        if (!PlaceStage.isStateCode(country) || peopleBasis == org.dyad.actor.Basis.FALLBACK
                || place.filter(p -> !p.equals(country)).isPresent()
                || !org.dyad.actor.DomesticParties.authoritiesOnly(authorities.sectors(), authorities.text(),
                        sectors)) {
            return;
        }
        org.dyad.actor.Actor placed = org.dyad.actor.Actor.of(country, authorities.sectors(), authorities.text(),
                authorities.name());
        if (sourceUnplaced) {
            d.resource(placed, org.dyad.actor.Basis.PLACE);
        } else {
            d.retarget(Optional.of(placed), org.dyad.actor.Basis.PLACE);
        }
        String side = sourceUnplaced ? "source" : "target";
        d.recode(d.cameo(), " [" + side + ": the authorities of the people they face, " + country + "]");
    }

    /** Sectors of people who protest as a country's own public: civilians, workers, students, faiths, parties. */
    private static final Set<String> PUBLIC_SECTORS = org.dyad.dictionary.WordSets.get("pipeline.public-sectors");

    /**
     * "Students staged a sit-in against the Kenyan government", "Refugees began a hunger strike in Nairobi":
     * protesters named by their kind alone (no country, or one only guessed) protest as the public of the country
     * whose state they protest against, or else of the country where they protest, as ICEWS codes "Protester
     * (Kenya)" and PLOVER places a protest's source. Only a state actor or a country as the target places them,
     * and only when the place, if named, is the same country; armed groups and bodies of no country are never
     * placed this way.
     */
    static void protestersOfTheCountry(EventDraft d) {
        org.dyad.actor.Actor src = d.source();
        boolean unplaced = src.country().isEmpty() || d.sourceBasis() == org.dyad.actor.Basis.FALLBACK;
        if (!d.cameo().root().equals("14") || !unplaced || src.sectors().isEmpty()
                || !PUBLIC_SECTORS.containsAll(src.sectors())) {
            return;
        }
        Optional<String> place = d.location().map(Location::country).filter(PlaceStage::isCountryCode);
        Optional<String> state = d.target()
                .filter(t -> PlaceStage.isCountryCode(t.country())
                        && PlaceStage.STATE_SECTORS.containsAll(t.sectors()))
                .map(org.dyad.actor.Actor::country);
        if (state.isPresent() && place.isPresent() && !state.equals(place)) {
            return;
        }
        Optional<String> country = state.or(() -> place);
        if (country.isEmpty()) {
            return;
        }
        d.resource(org.dyad.actor.Actor.of(country.get(), src.sectors(), src.text(), src.name()),
                org.dyad.actor.Basis.PLACE);
        d.recode(d.cameo(), " [source: the public of the country protested in or against, " + country.get() + "]");
    }
}
