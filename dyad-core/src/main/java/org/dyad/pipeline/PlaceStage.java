package org.dyad.pipeline;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.dyad.actor.AgentLexicon;
import org.dyad.actor.CountryGazetteer;
import org.dyad.actor.SentenceLexicon;
import org.dyad.event.EventDraft;
import org.dyad.event.Location;
import org.dyad.place.CountryContext;
import org.dyad.place.PlaceGazetteer;
import org.dyad.place.SentencePlaces;
import org.dyad.text.Dependency;
import org.dyad.text.Sentence;
import org.dyad.text.Token;

/**
 * Places, for every coder: the place the sentence puts each event in ({@link SentencePlaces#at}), with
 * coordinates when the gazetteer knows it; failing that, a country or a place the gazetteer lacks that the
 * trigger's own "in"/"at" phrase names ("to" for a visit). The event's place is kept apart from where its actors
 * are from: "the Iranian minister in Baku" puts the event in Baku (AZE) while the source stays IRN, and a place
 * word that is an actor ("Tehran said") is never the location unless the sentence also puts the event there.
 * Countries the sentence names and the article names break ties between places of one name. Thread-safe.
 */
public final class PlaceStage implements Stage {
    private final PlaceGazetteer places;
    private final CountryGazetteer countries;
    private final AgentLexicon agents;

    public PlaceStage(PlaceGazetteer places, CountryGazetteer countries, AgentLexicon agents) {
        this.places = Objects.requireNonNull(places, "places");
        this.countries = Objects.requireNonNull(countries, "countries");
        this.agents = Objects.requireNonNull(agents, "agents");
    }

    @Override public String name() { return "places"; }

    @Override public Set<Layer> reads() { return Set.of(Layer.PARSE, Layer.DRAFTS); }

    @Override public Set<Layer> adds() { return Set.of(Layer.PLACES); }

    /** Nothing: the stage works on the drafts of the trigger stages alone. */
    @Override
    public Set<ParseNeed> parseNeeds(java.util.List<org.dyad.text.Sentence> article, int index) {
        return ParseNeed.none();
    }

    @Override
    public void codeSentence(SentenceWork w) {
        List<EventDraft> drafts = w.alive();
        if (drafts.isEmpty()) {
            return;
        }
        Sentence s = w.sentence();
        Set<String> named = w.document().note("places.article-countries", () -> articleCountries(w.document()));
        SentencePlaces here = SentencePlaces.find(s, places, countries, named);
        SentenceLexicon lex = w.lexicon().orElseGet(() -> new SentenceLexicon(s, countries, agents));
        for (EventDraft d : drafts) {
            boolean movement = movement(d);
            Optional<Location> found = here.at(d.trigger(), movement).map(SentencePlaces.Mention::location);
            d.setLocation(place(named(s, lex, d.trigger(), movement), found));
            forcesMovedToOrFrom(s, lex, d);
            ethnicGroupsOfThePlace(d);
            policeOfThePlace(d);
            domesticCoercion(d);
            victimsOfThePlace(d);
            personHeldWhereItHappened(s, lex, d);
            PlaceTargets.measureWhereItHolds(s, lex, here, d);
            PlaceTargets.aidToPeopleOfThePlace(s, lex, d);
            PlaceTargets.protestAtMission(s, lex, d);
            againstTheCountry(d);
            rebelsOfThePlace(d);
            PlaceTargets.protestersOfTheCountry(d);
            PlaceTargets.authoritiesOfTheirPeople(d);
        }
    }

    /** Protests, assaults, fighting and mass violence: done in a country, to it when no one else is named. */
    private static final Set<String> AGAINST_PLACE = Set.of("14", "17", "18", "19", "20");
    /**
     * Administrative measures (CAMEO 081, 132, 172: restrictions, curfews, emergency rule, imposed, threatened or
     * eased): on the place they hold in, when no one else is named ("extended the curfew in Abidjan": CIV).
     */
    static final Set<String> MEASURES = Set.of("081", "132", "172", "0351");
    /** Of those, the ones a government can only impose on its own territory: curfews, emergency rule, freedoms. */
    static final Set<String> DOMESTIC_MEASURES = org.dyad.dictionary.WordSets.get("pipeline.domestic-measures");
    /** The sectors of a state's own authorities. */
    static final Set<String> STATE_SECTORS = org.dyad.dictionary.WordSets.get("pipeline.state-sectors");
    /** Aid and deployments: for the country they go to, when it is another's ("deployed rescue teams in Haiti"). */
    private static final Set<String> FOR_PLACE = Set.of("07", "15", "16");

    /**
     * A protest or an attack with no target is done to the country where it happens, as PLOVER and GDELT code it:
     * "Protesters marched in Nairobi" is against KEN, "a car bomb exploded in Kabul" against AFG; aid or a
     * deployment with none is for the country it goes to when that is not the source's own; a ceasefire with none
     * holds in the country it is declared for ("agreed to a ceasefire in Hodeidah": YEM).
     */
    private static void againstTheCountry(EventDraft d) {
        String root = d.cameo().root();
        String code = d.cameo().code();
        boolean ceasefire = code.startsWith("087") || code.equals("0356");
        // a source only guessed into the place's country would be paired with itself: the measure stays one-sided
        boolean measure = MEASURES.stream().anyMatch(code::startsWith)
                && d.sourceBasis() != org.dyad.actor.Basis.FALLBACK;
        if (measure && d.target().isEmpty() && d.location().isEmpty() && DOMESTIC_MEASURES.contains(code)
                && !d.source().country().isEmpty() && d.source().country().length() == 3
                && !d.source().sectors().isEmpty() && STATE_SECTORS.containsAll(d.source().sectors())) {
            // "Iraq's interim government is prepared to impose martial law": a curfew or emergency rule a
            // government imposes or lifts, where the sentence names no place, is its own country's
            String own = d.source().country();
            d.retarget(Optional.of(org.dyad.actor.Actor.of(own, List.of(), "", "")), org.dyad.actor.Basis.PLACE);
            d.recode(d.cameo(), " [target: the country whose government imposes or lifts it, " + own + "]");
            return;
        }
        if (d.target().isPresent() || d.location().isEmpty()
                || !(AGAINST_PLACE.contains(root) || FOR_PLACE.contains(root) || ceasefire || measure)) {
            return;
        }
        String country = d.location().get().country();
        if (FOR_PLACE.contains(root) && country.equals(d.source().country())) {
            return;
        }
        if (isCountryCode(country)) {
            d.retarget(Optional.of(org.dyad.actor.Actor.of(country, List.of(), d.location().get().text(), "")),
                    org.dyad.actor.Basis.PLACE);
            d.recode(d.cameo(), " [target: where it happened, " + country + "]");
        }
    }

    /**
     * "Macedonian police killed two ethnic Albanians in Macedonia": a people named by descent ("ethnic ...")
     * and placed only by the nationality word lives where the event happens; its country is the place's (as the
     * actor resolver already does for "ethnic Albanians in Macedonia").
     */
    private static void ethnicGroupsOfThePlace(EventDraft d) {
        String country = d.location().map(Location::country).orElse("");
        if (!isCountryCode(country)) {
            unplaceEthnicGroups(d);
            return;
        }
        org.dyad.actor.Actor src = d.source();
        if (d.sourceBasis() == org.dyad.actor.Basis.NATIONALITY && ethnic(src) && !src.country().equals(country)) {
            d.resource(org.dyad.actor.Actor.of(country, src.sectors(), src.text(), src.name()),
                    org.dyad.actor.Basis.PLACE);
            d.recode(d.cameo(), " [source: a people of descent living where it happened, " + country + "]");
        }
        Optional<org.dyad.actor.Actor> tgt = d.target();
        if (tgt.isPresent() && d.targetBasis().orElse(null) == org.dyad.actor.Basis.NATIONALITY && ethnic(tgt.get())
                && !tgt.get().country().equals(country)) {
            org.dyad.actor.Actor t = tgt.get();
            placeTarget(d, t, country, "a people of descent living where it happened");
        }
    }

    /**
     * "Ethnic Albanians have sworn to fight", "ethnic Turks began a hunger strike": a people named by descent, where
     * the text places neither them nor the event, lives in a country the sentence does not say (CAMEO codes such
     * groups by their country of residence), and the nationality word is not it: the group keeps its sectors (CVL
     * when it has none, as other people no list names) and loses the country (a wrong actor is worse than none).
     */
    private static void unplaceEthnicGroups(EventDraft d) {
        org.dyad.actor.Actor src = d.source();
        if (d.sourceBasis() == org.dyad.actor.Basis.NATIONALITY && ethnic(src)) {
            d.resource(unplaced(src), org.dyad.actor.Basis.PEOPLE);
            d.recode(d.cameo(), " [source: a people of descent not placed; " + src.country() + " left out]");
        }
        Optional<org.dyad.actor.Actor> tgt = d.target();
        if (tgt.isPresent() && d.targetBasis().orElse(null) == org.dyad.actor.Basis.NATIONALITY && ethnic(tgt.get())) {
            d.retarget(Optional.of(unplaced(tgt.get())), org.dyad.actor.Basis.PEOPLE);
            d.recode(d.cameo(), " [target: a people of descent not placed; " + tgt.get().country() + " left out]");
        }
    }

    /** The group without its country: its sectors, or CAMEO's civilians (CVL) when it has none. */
    private static org.dyad.actor.Actor unplaced(org.dyad.actor.Actor a) {
        return org.dyad.actor.Actor.of("", a.sectors().isEmpty() ? List.of("CVL") : a.sectors(), a.text(), a.name());
    }

    /**
     * "Police arrested 12 militants in Lahore": police named by their kind alone, whom the resolver could only place
     * in the sentence's one country (a guess), are the police of the place where they act when that is the same
     * country. Police are local as soldiers are not; the guess becomes a placement (PAKCOP by PLACE), so the
     * selection's abstention, meant for a person or a body the text does not place, leaves the event standing.
     * Police the resolver placed nowhere ("was arrested by police in Harare": the sentence's one country is the
     * other party's) are the place's police too.
     */
    private static void policeOfThePlace(EventDraft d) {
        if (d.location().isEmpty() || !isCountryCode(d.location().get().country())) {
            return;
        }
        String country = d.location().get().country();
        org.dyad.actor.Actor src = d.source();
        if (police(src) && local(src, d.sourceBasis(), country)) {
            d.resource(org.dyad.actor.Actor.of(country, src.sectors(), src.text(), src.name()),
                    org.dyad.actor.Basis.PLACE);
            d.recode(d.cameo(), " [source: police of the place, " + country + "]");
        }
        Optional<org.dyad.actor.Actor> tgt = d.target();
        if (tgt.isPresent() && police(tgt.get()) && local(tgt.get(), d.targetBasis().orElseThrow(), country)) {
            org.dyad.actor.Actor t = tgt.get();
            d.retarget(Optional.of(org.dyad.actor.Actor.of(country, t.sectors(), t.text(), t.name())),
                    org.dyad.actor.Basis.PLACE);
            d.recode(d.cameo(), " [target: police of the place, " + country + "]");
        }
    }

    /** Police guessed into the place's country, or placed nowhere ("arrested by police in Harare"). */
    private static boolean local(org.dyad.actor.Actor a, org.dyad.actor.Basis basis, String country) {
        return basis == org.dyad.actor.Basis.FALLBACK ? a.country().equals(country)
                : a.country().isEmpty() && basis == org.dyad.actor.Basis.SECTOR;
    }

    /** Sectors of people who live where violence reaches them, not armed or foreign parties. */
    static final Set<String> CIVILIAN_SECTORS = org.dyad.dictionary.WordSets.get("pipeline.civilian-sectors");

    /**
     * "Airstrikes killed 20 civilians in Yemen": civilians, villagers or students named by their kind alone whom an
     * assault (CAMEO 18, 19, 20) reaches where it happens are people of that place (YEMCVL), as GDELT places an
     * actor by the event's geography and ICEWS codes "Citizen (Yemen)". Soldiers, fighters and refugees, who may
     * be foreign there, are left unplaced; rebels only when the place's own forces fight them there ("Sri Lankan
     * troops killed 12 rebels near Jaffna": LKAREB, an insurgency against the state where it happens).
     */
    private static void victimsOfThePlace(EventDraft d) {
        String root = d.cameo().root();
        if (!(root.equals("18") || root.equals("19") || root.equals("20")) || d.target().isEmpty()
                || d.location().isEmpty() || !isCountryCode(d.location().get().country())) {
            return;
        }
        org.dyad.actor.Actor t = d.target().get();
        if (!t.country().isEmpty() || t.sectors().isEmpty()) {
            return;
        }
        String country = d.location().get().country();
        if (CIVILIAN_SECTORS.containsAll(t.sectors())) {
            placeTarget(d, t, country, "people of the place the violence reaches");
        } else if (insurgents(t) && d.source().country().equals(country)) {
            placeTarget(d, t, country, "rebels the place's own forces fight");
        }
    }

    private static boolean police(org.dyad.actor.Actor a) {
        return a.sectors().equals(List.of("COP"));
    }

    /** Sectors of bodies that belong to no country and are never placed by where they are. */
    static final Set<String> STATELESS = Set.of("IGO", "NGO", "MNC", "IMG");

    /**
     * "Kenyan police detained 40 protesters", "the army released the detained activists", "the president pardoned
     * 50 rebels": people a state's authorities arrest, expel, repress, convict, pardon or release, named only by
     * their kind (unplaced, or only guessed into the sentence's one country), are people of the place where it
     * happens, else of the authorities' own country (CHNCOP -> CHNPPL), as CAMEO coders code domestic coercion. A
     * guessed source places nobody.
     */
    /** Acts of a state's courts and pardons on people at home: find guilty (116), forgive (056). */
    private static final Set<String> LEGAL_ACTS = Set.of("116", "056");

    private static void domesticCoercion(EventDraft d) {
        String code = d.cameo().code();
        if (!(d.cameo().root().equals("17") || code.startsWith("0841") || LEGAL_ACTS.contains(code))
                || d.target().isEmpty() || d.sourceBasis() == org.dyad.actor.Basis.FALLBACK) {
            return;
        }
        org.dyad.actor.Actor src = d.source();
        org.dyad.actor.Actor t = d.target().get();
        boolean guessed = d.targetBasis().orElse(null) == org.dyad.actor.Basis.FALLBACK;
        if ((!t.country().isEmpty() && !guessed) || t.sectors().isEmpty()
                || t.sectors().stream().anyMatch(STATELESS::contains)
                || !isCountryCode(src.country()) || src.sectors().stream().noneMatch(STATE_SECTORS::contains)) {
            return;
        }
        String country = d.location().map(Location::country)
                .filter(PlaceStage::isCountryCode).orElse(src.country());
        placeTarget(d, t, country, "people of the place the authorities act in");
    }

    /**
     * "Ali Traore was arrested in Niger", "the authorities released Amina Diallo in Bamako": a person no list places,
     * arrested, detained or released by the authorities of the country where it happens, is coded as that country's
     * (ICEWS's "Citizen (Niger)"), so the event is between the state and the person rather than the state and its
     * own territory. Only a person (a PERSON name, the patient of the act) and only when the source is the place's
     * country or its authorities; with no place named, the authorities' own country ("Ali Karimi was arrested by
     * Kenyan police": KEN). A person the sentence gives a nationality is resolved before this and kept.
     */
    private static void personHeldWhereItHappened(Sentence s, SentenceLexicon lex, EventDraft d) {
        String code = d.cameo().code();
        if (!(d.cameo().root().equals("17") || code.startsWith("0841")) || code.startsWith("174")
                || d.sourceBasis() == org.dyad.actor.Basis.FALLBACK
                || (d.target().isPresent() && d.targetBasis().orElse(null) != org.dyad.actor.Basis.PEOPLE)) {
            return; // one expelled or deported is most often a foreigner
        }
        org.dyad.actor.Actor src = d.source();
        // where it happened, else (no place named) the authorities' own country: "was arrested by Delhi police"
        String country = d.location().map(Location::country).orElse(src.country());
        if (!isCountryCode(country) || !country.equals(src.country())
                || !STATE_SECTORS.containsAll(src.sectors()) || !s.token(d.trigger()).isVerb()) {
            return;
        }
        List<Integer> patients = s.children(d.trigger(), "nsubj:pass");
        if (patients.isEmpty()) {
            patients = s.children(d.trigger(), "obj");
        }
        for (int p : patients) {
            int name = personName(s, p);
            if (name < 0 || lex.country(name).isPresent()) {
                continue;
            }
            d.retarget(Optional.of(org.dyad.actor.Actor.of(country, List.of(), nameAt(s, name), "")),
                    org.dyad.actor.Basis.PLACE);
            d.recode(d.cameo(), " [target: a person held where it happened, " + country + "]");
            return;
        }
    }

    /** The PERSON-name token a phrase head is or names ("Ali Traore", "the journalist Ali Traore"), or -1. */
    private static int personName(Sentence s, int head) {
        if (s.token(head).ner().equals("PERSON")) {
            return head;
        }
        for (Dependency c : s.children(head)) {
            String rel = c.relation();
            if ((rel.equals("appos") || rel.startsWith("flat") || rel.equals("compound"))
                    && s.token(c.dependent()).ner().equals("PERSON")) {
                return c.dependent();
            }
        }
        return -1;
    }

    private static final java.util.regex.Pattern ETHNIC =
            java.util.regex.Pattern.compile("\\bethnic\\b", java.util.regex.Pattern.CASE_INSENSITIVE);

    private static boolean ethnic(org.dyad.actor.Actor a) {
        return ETHNIC.matcher(a.text()).find();
    }

    /** The target as it was, placed in {@code country} by where the event happens, with why in the rule. */
    static void placeTarget(EventDraft d, org.dyad.actor.Actor t, String country, String why) {
        if (foreign(t)) {
            return; // "three foreign aid workers": not the place's people, whatever else places them
        }
        d.retarget(Optional.of(org.dyad.actor.Actor.of(country, t.sectors(), t.text(), t.name())),
                org.dyad.actor.Basis.PLACE);
        d.recode(d.cameo(), " [target: " + why + ", " + country + "]");
    }

    /**
     * "Kurdish rebels killed two Turkish soldiers in southeastern Turkey", "Maoist rebels blew up a railway in India":
     * rebels named by their kind alone who attack the place's own forces there (forces the text places), or the
     * country itself, are its insurgents (TURREB), as {@link #victimsOfThePlace} places them when they are attacked.
     */
    private static void rebelsOfThePlace(EventDraft d) {
        String root = d.cameo().root();
        if (!(root.equals("18") || root.equals("19") || root.equals("20")) || d.target().isEmpty()
                || d.location().isEmpty() || !isCountryCode(d.location().get().country())) {
            return;
        }
        org.dyad.actor.Actor t = d.target().get();
        org.dyad.actor.Actor src = d.source();
        boolean unplaced = src.country().isEmpty() || d.sourceBasis() == org.dyad.actor.Basis.FALLBACK;
        if (unplaced && insurgents(src) && t.country().equals(d.location().get().country())
                && d.targetBasis().orElse(null) != org.dyad.actor.Basis.FALLBACK
                && (t.sectors().isEmpty() || STATE_SECTORS.containsAll(t.sectors()))) {
            String country = t.country();
            d.resource(org.dyad.actor.Actor.of(country, src.sectors(), src.text(), src.name()),
                    org.dyad.actor.Basis.PLACE);
            d.recode(d.cameo(), " [source: rebels fighting the place's own forces, " + country + "]");
        }
    }

    /** Rebels or insurgents named by their kind alone. */
    private static boolean insurgents(org.dyad.actor.Actor a) {
        return !a.sectors().isEmpty() && a.sectors().stream().allMatch(x -> x.equals("REB") || x.equals("INS"));
    }

    /** Whether the actor's words say it is from elsewhere: "foreign journalists", "overseas workers". */
    static boolean foreign(org.dyad.actor.Actor a) {
        return org.dyad.actor.DomesticParties.fromElsewhere(a.text());
    }


    /** A state's code ("SDN"): a country code that is not one of the bodies of no state (IGO, NGO ...). */
    static boolean isStateCode(String country) {
        return isCountryCode(country) && !STATELESS.contains(country);
    }

    /** A three-letter country code ("SDN"), not a region or an empty country. */
    static boolean isCountryCode(String country) {
        return country.length() == 3 && country.chars().allMatch(Character::isUpperCase);
    }

    /** The preposition of a phrase ("" when it has none). */
    static String caseOf(Sentence s, int phrase) {
        String prep = "";
        for (int k : s.children(phrase, "case")) {
            prep = s.token(k).lowerWord();
        }
        return prep;
    }

    /** Deployments, mobilisations and withdrawals of forces: their target is where they go or leave, not the forces. */
    private static final Set<String> FORCE_MOVES = Set.of("15", "0874", "074", "0356", "0334");
    /** Prepositions that name where forces go, stay or leave, or whom they are raised against. */
    private static final Set<String> FORCE_PREPS = org.dyad.dictionary.WordSets.get("pipeline.force-prepositions");
    /** Sectors of a state's armed and security forces. */
    private static final Set<String> FORCE_SECTORS = Set.of("MIL", "COP", "UAF", "SPY");

    /**
     * "Turkey has begun withdrawing its troops from Libya", "Britain deployed 300 troops in Sierra Leone", "Israel
     * mobilised the army against Lebanon": CAMEO codes the move between the state and the country the forces go to,
     * leave or are raised against (TUR 0874 LBY), not between the state and its own forces. Where the draft's
     * target is the source's own forces (or none), a country named by "to/into/in/from/against/for" on the trigger
     * or on the forces becomes the target. So for envoys recalled (161): "Albania recalled its ambassador from
     * Belgrade" is ALB 161 SRB.
     */
    private static void forcesMovedToOrFrom(Sentence s, SentenceLexicon lex, EventDraft d) {
        String code = d.cameo().code();
        String own = d.source().country();
        boolean envoys = code.equals("161");
        if (own.isEmpty() || (!envoys && FORCE_MOVES.stream().noneMatch(code::startsWith))) {
            return;
        }
        Set<String> ownSectors = envoys ? Set.of("GOV") : FORCE_SECTORS;
        boolean ownForces = d.target().map(t -> (t.country().isEmpty() || t.country().equals(own))
                && !t.sectors().isEmpty() && ownSectors.containsAll(t.sectors())).orElse(true);
        if (!ownForces) {
            return;
        }
        List<Integer> heads = new ArrayList<>();
        heads.add(d.trigger());
        for (Dependency c : s.children(d.trigger())) {
            if (c.relation().equals("xcomp") && code.startsWith("03")) {
                heads.add(c.dependent()); // "agreed to withdraw its troops from Georgia": where the intent goes
                s.children(c.dependent(), "obj").forEach(heads::add);
            }
        }
        for (Dependency c : s.children(d.trigger())) {
            if (c.relation().equals("obj")) {
                heads.add(c.dependent());
            }
        }
        for (int h : heads) {
            for (Dependency c : s.children(h)) {
                String rel = c.relation();
                if (!(rel.startsWith("obl") || rel.startsWith("nmod") || rel.equals("advmod"))) {
                    continue;
                }
                // any of the phrase's prepositions: "out of Lebanon"
                if (s.children(c.dependent(), "case").stream()
                        .noneMatch(k -> FORCE_PREPS.contains(s.token(k).lowerWord()))) {
                    continue;
                }
                java.util.OptionalInt found = countryWithin(s, lex, c.dependent(), own, 0);
                if (found.isPresent()) {
                    int i = found.getAsInt();
                    String country = lex.country(i).orElseThrow();
                    d.retarget(Optional.of(org.dyad.actor.Actor.of(country, List.of(), nameAt(s, i), "")),
                            org.dyad.actor.Basis.PLACE);
                    d.recode(d.cameo(), " [target: where the " + (envoys ? "envoys" : "forces")
                            + " go, leave or are raised against, " + country + "]");
                    return;
                }
            }
        }
    }

    /** The words of the name a token belongs to: "Sierra Leone" for "Leone". */
    private static String nameAt(Sentence s, int i) {
        int from = i;
        int to = i;
        while (from > 0 && s.token(from - 1).isProperNoun()) {
            from--;
        }
        while (to + 1 < s.size() && s.token(to + 1).isProperNoun()) {
            to++;
        }
        return s.span(from, to + 1);
    }

    /** The first token under {@code head} (two phrase levels down at most) naming a country other than {@code own}. */
    static java.util.OptionalInt countryWithin(Sentence s, SentenceLexicon lex, int head, String own,
                                                       int depth) {
        Optional<String> c = lex.country(head);
        if (c.isPresent() && !c.get().equals(own)) {
            return java.util.OptionalInt.of(head);
        }
        for (Dependency d : s.children(head)) {
            String rel = d.relation();
            boolean modifier = rel.startsWith("compound") || rel.equals("amod") || rel.equals("nmod:poss")
                    || rel.startsWith("flat");
            boolean phrase = rel.startsWith("nmod") && depth < 2;
            if (modifier || phrase) {
                java.util.OptionalInt inner = countryWithin(s, lex, d.dependent(), own, modifier ? depth : depth + 1);
                if (inner.isPresent()) {
                    return inner;
                }
            }
        }
        return java.util.OptionalInt.empty();
    }

    /** A visit (CAMEO 042) or hosting one (043) takes place at its destination: "to" counts. */
    private static boolean movement(EventDraft d) {
        String code = d.cameo().code();
        return code.startsWith("042") || code.startsWith("043");
    }

    /** A country or a LOCATION entity named by "in"/"at" on the trigger, or "to" for a visit. */
    private static Optional<Location> named(Sentence s, SentenceLexicon lex, int trigger, boolean movement) {
        for (Dependency d : s.children(trigger)) {
            String rel = d.relation();
            int c = d.dependent();
            if (!(rel.startsWith("obl") || rel.startsWith("nmod"))) {
                continue;
            }
            String prep = caseOf(s, c);
            if (!(prep.equals("in") || prep.equals("at") || (movement && prep.equals("to")))) {
                continue;
            }
            Optional<String> country = lex.country(c);
            Token ct = s.token(c);
            if (country.isPresent() || ct.ner().equals("LOCATION")) {
                return Optional.of(Location.of(ct.word(), country.orElse("")));
            }
        }
        return Optional.empty();
    }

    /** The trigger's own place words, completed with the sentence's place when they agree, or the sentence's. */
    private Optional<Location> place(Optional<Location> own, Optional<Location> found) {
        if (own.isEmpty()) {
            return found;
        }
        Location l = own.get();
        if (found.isPresent() && found.get().text().contains(l.text())
                && (l.country().isEmpty() || l.country().equals(found.get().country()))) {
            return found;
        }
        CountryContext context = l.country().isEmpty() ? CountryContext.none() : CountryContext.sentence(l.country());
        Optional<Location> known = places.locate(l.text(), context)
                .filter(k -> k.lat().isPresent() && (l.country().isEmpty() || l.country().equals(k.country())));
        return known.isPresent() ? known : own;
    }

    /** Countries the article names by name or nationality word (not by a city, which may be another's). */
    private Set<String> articleCountries(DocumentWork doc) {
        Set<String> out = new LinkedHashSet<>();
        for (Sentence s : doc.doc().sentences()) {
            List<String> words = new ArrayList<>(s.size());
            for (Token t : s.tokens()) {
                words.add(t.word());
            }
            for (int i = 0; i < words.size(); ) {
                Optional<CountryGazetteer.CountryMatch> m = countries.match(words, i);
                if (m.isPresent()) {
                    if (m.get().kind() != CountryGazetteer.Kind.CAPITAL) {
                        out.add(m.get().code());
                    }
                    i += m.get().length();
                } else {
                    i++;
                }
            }
        }
        return out;
    }
}
