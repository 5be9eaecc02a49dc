package org.dyad.actor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.dyad.text.Dependency;
import org.dyad.text.Sentence;
import org.dyad.text.Token;

/**
 * Resolves the noun phrase headed by a token to what it refers to: a country ("Iran", "Iran's"), an
 * office holder placed by title, rank and nationality word ("Azerbaijani Defence Minister Col-Gen Zakir
 * Hasanov"), a person named before ("Hasanov", "he", "his"), a counterpart ("his Iranian counterpart":
 * the same office in the other country), or a collective reference to the parties of the exchange.
 *
 * <p>One instance per sentence; it reads and updates the article's {@link Discourse}. Not thread-safe.
 */
public final class ActorResolver {
    private static final Set<String> PRONOUNS = org.dyad.dictionary.WordSets.get("actor.personal-pronouns");
    private static final Set<String> COLLECTIVE_HEADS = Set.of("side", "party", "brass");
    private static final Set<String> COUNTED_HEADS = org.dyad.dictionary.WordSets.get("actor.counted-heads");
    private static final Set<String> OTHER_PARTY_ADJ = Set.of("opposite", "other");
    private static final Set<String> OTHER_PARTY_HEADS = Set.of("host", "guest", "visitor");
    /** it/its/they/their/them: the subject of the clause they sit in or report from ("Japan said it had halted"). */
    private static final Set<String> GROUP_PRONOUNS = org.dyad.dictionary.WordSets.get("actor.group-pronouns");
    /** "thousands of Nigerians", "a group of refugees", "members of the party": the "of" phrase is the actor. */
    private static final Set<String> QUANTITY_HEADS = org.dyad.dictionary.WordSets.get("actor.quantity-heads");
    /** Prepositions that place a group or titled person in a country: "rebels in Ivory Coast", "doctors from Cuba". */
    private static final Set<String> PLACING_PREPS = Set.of("in", "from", "of");
    private static final Set<String> PHRASE_RELATIONS = org.dyad.dictionary.WordSets.get("actor.phrase-relations");
    /** Heads whose "for" phrase names whom they speak for: "a spokesman for the Iraqi foreign ministry". */
    private static final Set<String> SPEAKS_FOR = org.dyad.dictionary.WordSets.get("actor.speaks-for-heads");
    /** Posts an armed group or force holds, named by its kind: "rebel positions", "militant camps". */
    private static final Set<String> HELD_POSTS = org.dyad.dictionary.WordSets.get("actor.held-posts");
    /** Verbs of a trailing attribution ("..., police said"). */
    private static final Set<String> REPORT_VERBS = org.dyad.dictionary.WordSets.get("pipeline.report-verbs");

    private final Sentence sentence;
    private final SentenceLexicon lexicon;
    private final Discourse discourse;
    private final OnlyCountry onlyCountry;
    private final Map<Integer, Optional<Mention>> cache = new HashMap<>();

    public ActorResolver(Sentence sentence, SentenceLexicon lexicon, Discourse discourse) {
        this.sentence = sentence;
        this.lexicon = lexicon;
        this.discourse = discourse;
        this.onlyCountry = new OnlyCountry(sentence, lexicon);
    }

    /**
     * Whether resolving a sentence with this token could change the article's discourse whatever else the sentence
     * holds: a personal pronoun (the subject "he" carries on to the next sentence) or "counterpart" (it may take a
     * guessed country from a person). Names, countries and dictionary actors change it too; the lexicons say those.
     */
    public static boolean feedsDiscourse(Token t) {
        return PRONOUNS.contains(t.lowerWord()) || t.lemma().equalsIgnoreCase("counterpart");
    }

    /**
     * Whether this token could head a mention with no lexicon entry of its own: "the sides", "both parties", "the
     * host", "the delegation" (they refer to the parties of the exchange).
     */
    public static boolean refersToParties(Token t) {
        String lemma = t.lemma().toLowerCase(Locale.ROOT);
        return COLLECTIVE_HEADS.contains(lemma) || COUNTED_HEADS.contains(lemma) || OTHER_PARTY_HEADS.contains(lemma)
                || lemma.equals("delegation");
    }

    /** What the phrase headed by token {@code head} refers to, if it names a possible actor. */
    public Optional<Mention> resolve(int head) {
        Optional<Mention> cached = cache.get(head);
        if (cached != null) {
            return cached;
        }
        cache.put(head, Optional.empty()); // guards against cycles in odd parses
        Optional<Mention> m = compute(head);
        cache.put(head, m);
        return m;
    }

    /** The other parties of a phrase whose nationality words are coordinated ({@link CoordinatedParties}). */
    public List<Mention> coordinated(int head) {
        return CoordinatedParties.of(sentence, lexicon, head, resolve(head));
    }

    /** The token indexes of the phrase headed by {@code head} (modifiers, not conjuncts or clauses). */
    public List<Integer> phrase(int head) {
        TreeSet<Integer> out = new TreeSet<>();
        collect(head, out, 0);
        return new ArrayList<>(out);
    }

    private void collect(int i, Set<Integer> out, int depth) {
        if (!out.add(i) || depth > 12) {
            return;
        }
        for (Dependency d : sentence.children(i)) {
            String rel = d.relation();
            Token child = sentence.token(d.dependent());
            boolean take = PHRASE_RELATIONS.contains(rel)
                    || rel.startsWith("compound") || rel.startsWith("flat")
                    || (rel.equals("dep") && (child.isProperNoun() || child.ner().equals("PERSON")))
                    || (rel.equals("nmod") && (hasCase(d.dependent(), "of") && lexicon.isAgent(i)
                            || hasCase(d.dependent(), "for") && SPEAKS_FOR.contains(sentence.token(i).lowerWord())));
            if (take) {
                collect(d.dependent(), out, depth + 1);
            }
        }
    }

    private boolean hasCase(int i, String prep) {
        return OnlyCountry.hasCase(sentence, i, prep);
    }

    private Optional<Mention> compute(int head) {
        Token h = sentence.token(head);
        String lower = h.lowerWord();
        if (PRONOUNS.contains(lower)) {
            return pronoun(head).map(e -> Mention.of(e, head, h.word(), recalled(e)));
        }
        if (GROUP_PRONOUNS.contains(lower)) {
            return clauseSubject(head).map(m -> {
                Entity e = m.entity().orElseThrow();
                // "the Air Force says it has killed ...": an unnamed group is named by the words it stands for
                Entity named = e.name().isEmpty() && !e.person() && !m.text().isEmpty()
                        ? new Entity(e.key(), e.country(), e.sectors(), m.text(), false, e.basis()) : e;
                return Mention.of(named, head, h.word(), recalled(e));
            });
        }
        if (!(h.isNoun() || h.pos().equals("CD") || h.pos().equals("JJ") || h.pos().equals("PRP"))) {
            return Optional.empty();
        }
        if (QUANTITY_HEADS.contains(lower) || h.pos().equals("CD")) {
            for (Dependency d : sentence.children(head)) {
                if (d.relation().startsWith("nmod") && hasCase(d.dependent(), "of")) {
                    Optional<Mention> inner = resolve(d.dependent());
                    if (inner.isPresent() && inner.get().entity().isPresent()) {
                        // the words run from the quantity to the end of its "of" phrase: "dozens of supporters of
                        // opposition leader Alexei Navalny"
                        List<Integer> words = new ArrayList<>(phrase(head));
                        words.addAll(phrase(d.dependent()));
                        java.util.Collections.sort(words);
                        return Optional.of(Mention.of(inner.get().entity().get(), head, text(words),
                                inner.get().basis()));
                    }
                }
            }
        }
        List<Integer> phrase = phrase(head), cues = RelationalNouns.withoutOwners(sentence, phrase); // "Iran's ally"
        String text = text(phrase);
        String lemma = h.lemma().toLowerCase(Locale.ROOT);
        if (SentenceParties.STATES.contains(lemma) && isCollective(head, lemma) && discourse.participants().isEmpty()) {
            SentenceParties.of(sentence, lexicon, phrase).ifPresent(p -> discourse.setParticipants(p.get(0), p.get(1)));
        }
        if (isCollective(head, lemma) && !discourse.participants().isEmpty()) {
            return Optional.of(new Mention(Mention.Kind.COLLECTIVE, Optional.empty(), head, text, Basis.DISCOURSE));
        }
        String country = "";
        Basis basis = Basis.SECTOR;
        List<String> sectors = new ArrayList<>();
        List<String> nameWords = new ArrayList<>();
        Entity possessor = null;
        for (int i : cues) {
            Token t = sentence.token(i);
            if (country.isEmpty() && lexicon.country(i).isPresent()) {
                country = lexicon.country(i).get();
                basis = switch (lexicon.countryKind(i).orElse(CountryGazetteer.Kind.NAME)) {
                    case ADJECTIVE -> Basis.NATIONALITY;
                    case CAPITAL -> Basis.CAPITAL;
                    default -> Basis.NAME;
                };
            }
            sectors.addAll(lexicon.sectors(i));
            // a person's name, or the surname of one named before, whatever NER made of it ("Sufedad" as a place)
            boolean known = t.isNoun() && Character.isUpperCase(t.word().codePointAt(0))
                    && discourse.findPerson(t.word()).isPresent();
            if ((t.ner().equals("PERSON") || known) && !lexicon.isAgent(i)
                    && t.word().codePoints().anyMatch(Character::isLetter) && lexicon.country(i).isEmpty()) {
                nameWords.add(t.word());
            }
            if (i != head && sentence.relation(i).equals("nmod:poss") && possessor == null) {
                possessor = resolve(i).flatMap(Mention::entity).filter(e -> e.person() || t.isPronoun()).orElse(null);
            }
        }
        String dictCode = null;
        boolean role = false;
        for (int i : cues) { // a code in force before a person's country out of office
            if (lexicon.actorCode(i).isPresent() && (dictCode == null || !lexicon.outOfOffice(i))) {
                dictCode = lexicon.actorCode(i).get();
                role = lexicon.actorRole(i);
                if (!lexicon.outOfOffice(i)) {
                    break;
                }
            }
        }
        List<String> dictSectors = List.of();
        if (dictCode != null) {
            List<String> parts = org.dyad.dictionary.ActorCodes.split(dictCode);
            if (country.isEmpty() || country.equals(parts.get(0))) {
                basis = country.isEmpty() ? Basis.DICTIONARY : basis;
                country = parts.get(0);
                dictSectors = parts.subList(1, parts.size());
                // the text's own title ("opposition leader Raila Odinga") is current; a person's dated office in
                // the dictionary may be stale. A body's undated code ("Boko Haram fighters": NGAREB) and
                // international codes (IGOUNO) keep theirs: the sectors name the organisation.
                if (!sectors.isEmpty() && !INTERNATIONAL.contains(country) && role) {
                    dictSectors = List.of();
                }
            }
        }
        boolean counterpart = phrase.stream().anyMatch(i -> sentence.token(i).lemma().equalsIgnoreCase("counterpart"));
        if (isOtherParty(head, lemma, country)) {
            return Optional.of(new Mention(Mention.Kind.OTHER_PARTY, Optional.empty(), head, text, Basis.DISCOURSE));
        }
        if (lemma.equals("delegation") && !country.isEmpty()) {
            Optional<Entity> p = discourse.participantFrom(country);
            if (p.isPresent()) {
                return Optional.of(Mention.of(p.get(), head, text, Basis.DISCOURSE));
            }
        }
        if (counterpart) {
            Entity antecedent = counterpartAntecedent(head, possessor);
            if (antecedent != null) {
                sectors.addAll(antecedent.sectors());
                if (country.isEmpty()) {
                    country = discourse.partnerOf(antecedent).map(Entity::country).orElse("");
                    basis = country.isEmpty() ? basis : Basis.DISCOURSE;
                } else if (antecedent.person() && antecedent.country().equals(country)
                        && antecedent.basis() == Basis.FALLBACK) {
                    // "X met his Uzbek counterpart": X is not Uzbek, whatever the sentence's only country suggested
                    discourse.unplace(antecedent);
                }
            }
        }
        if (country.isEmpty()) {
            country = ledBy(phrase).orElse("");
            basis = country.isEmpty() ? basis : Basis.NATIONALITY;
        }
        if (country.isEmpty() && (!sectors.isEmpty() || !nameWords.isEmpty())) {
            country = placeOf(head).orElse("");
            basis = country.isEmpty() ? basis : Basis.PLACE;
        }
        if (country.isEmpty() && possessor != null && !possessor.country().isEmpty()
                && (OWN_COUNTRY_HEADS.contains(lemma) || !possessor.person() && !sectors.isEmpty())) {
            // "Putin said his country will not ...", "the president and his government", "Ghana and its fishermen"
            country = possessor.country();
            basis = recalled(possessor);
        }
        if (!country.isEmpty() && isEthnic(head, phrase)) {
            // "ethnic Albanians in Macedonia", "the Albanians of southern Serbia": people living in the place named
            Optional<String> lives = placeOf(head);
            if (lives.isPresent()) {
                country = lives.get();
                basis = Basis.PLACE;
            }
        }
        if (country.isEmpty() && !sectors.isEmpty() && dictCode == null) {
            country = authoritiesJoined(head, sectors).orElse("");
            basis = country.isEmpty() ? basis : Basis.DISCOURSE;
        }
        if (country.isEmpty() && !sectors.isEmpty() && dictCode == null) {
            country = onlyCountry.forActor(head, text(phrase(head))).orElse("");
            basis = country.isEmpty() ? basis : Basis.FALLBACK;
        }
        List<String> ordered = AgentLexicon.canonicalOrder(sectors);
        if (!dictSectors.isEmpty()) {
            // the dictionary's code keeps its own order (IGOUNOKID); title words add what it lacks
            List<String> merged = new ArrayList<>(dictSectors);
            ordered.stream().filter(x -> !merged.contains(x)).forEach(merged::add);
            ordered = List.copyOf(merged);
        }
        if (!nameWords.isEmpty()) {
            String name = String.join(" ", nameWords);
            Entity person = discourse.rememberPerson(new Entity(name, country, ordered, name, true,
                    country.isEmpty() ? Basis.SECTOR : basis));
            // this phrase's own cue, else what the article said of the person before
            return Optional.of(Mention.of(person, head, text, !country.isEmpty() ? basis : recalled(person)));
        }
        if (country.isEmpty()) {
            // a group the text does not place needs an agent word at its head ("workers", "the government") or a
            // name, not just a modifier ("military cooperation"), save on a post it holds ("rebel positions": REB)
            if (ordered.isEmpty() && nameWords.isEmpty() && dictCode == null && !h.isProperNoun()
                    && h.pos().startsWith("NN") && PeopleNouns.contains(h.lowerWord())) {
                // "the truckers": people no list names, CAMEO's catch-all CVL, unplaced (PeopleNouns)
                return Optional.of(Mention.of(PeopleNouns.entity(), head, text, Basis.PEOPLE));
            }
            if (ordered.isEmpty() && dictCode == null && h.ner().equals("ORGANIZATION")) { // "IMA said": PeopleNouns
                return Optional.of(Mention.of(new Entity(text, "", List.of(), text, false, Basis.SECTOR), head, text,
                        Basis.SECTOR));
            }
            if (ordered.isEmpty() || (lexicon.sectors(head).isEmpty() && nameWords.isEmpty() && !h.isProperNoun()
                    && !HELD_POSTS.contains(lemma))) {
                return Optional.empty();
            }
            Optional<Entity> known = isDefinite(head) ? discourse.findGroup(ordered) : Optional.empty();
            if (known.isPresent()) {
                return Optional.of(Mention.of(known.get(), head, text, recalled(known.get())));
            }
            // a group the text does not place: coded by its sectors alone, as GDELT codes "LAB" or "GOV"
            return Optional.of(Mention.of(new Entity(String.join("", ordered), "", ordered, "", false, Basis.SECTOR),
                    head, text, Basis.SECTOR));
        }
        Entity group = new Entity(country + String.join("", ordered), country, ordered, "", false, basis);
        discourse.rememberGroup(group);
        if (!ordered.isEmpty()) {
            Optional<Entity> holder = discourse.findPersonByRole(country, ordered);
            if (holder.isPresent() && isDefinite(head)) {
                return Optional.of(Mention.of(holder.get(), head, text, Basis.DISCOURSE));
            }
        }
        return Optional.of(Mention.of(group, head, text, basis));
    }

    /** How a mention that refers back to an entity is placed: as the entity was, a guess staying a guess. */
    private static Basis recalled(Entity e) {
        return e.country().isEmpty() ? Basis.SECTOR : e.basis() == Basis.FALLBACK ? Basis.FALLBACK : Basis.DISCOURSE;
    }

    /** "Vietnamese - led forces", "Pakistan - based groups" as the tokenizer splits them: the country before. */
    private Optional<String> ledBy(List<Integer> phrase) {
        for (int i : phrase) {
            if (i >= 2 && PLACING_PARTICIPLES.contains(sentence.token(i).lowerWord())
                    && sentence.token(i - 1).word().equals("-")
                    && lexicon.country(i - 2).isPresent()) {
                return lexicon.country(i - 2);
            }
        }
        return Optional.empty();
    }

    /** A people named by descent: "ethnic" in the phrase, or a nationality word heading it ("the Albanians"). */
    private boolean isEthnic(int head, List<Integer> phrase) {
        if (phrase.stream().anyMatch(i -> sentence.token(i).lowerWord().equals("ethnic"))) {
            return true;
        }
        return OnlyCountry.peopleByNationality(sentence, lexicon, head);
    }

    /**
     * Country parts of codes for bodies without a country (and none at all), whose sectors name the body itself:
     * IGOUNO, NGOHLHIRC, IMGMUSALQ ("Al-Qaeda militants" stay IMGMUSALQ, not IMGREB).
     */
    private static final Set<String> INTERNATIONAL = Set.of("IGO", "NGO", "MNC", "IMG", "");
    private static final Set<String> PLACING_PARTICIPLES = Set.of("led", "based");
    /** Participles on a group that say where it is: "based in", "operating in", "fighting in", "living in". */
    private static final Set<String> RESIDENCE_PARTICIPLES = Set.of("base", "operate", "fight", "live", "reside");
    /** Heads whose possessor's country they are: "his country", "her government". */
    private static final Set<String> OWN_COUNTRY_HEADS = org.dyad.dictionary.WordSets.get("actor.own-country-heads");

    /**
     * "Talks between the government of Zimbabwe and the opposition", "the Sudanese government and rebels signed": the
     * opposition, rebels or public joined by "and" to a state's civil authorities are that state's own
     * ({@link DomesticParties}). Not beside its armed forces, which may fight abroad with or against them.
     */
    /** Heads that name a state's government itself (words.tsv actor.government-heads). */
    private static final Set<String> GOVERNMENT_HEADS = org.dyad.dictionary.WordSets.get("actor.government-heads");

    private Optional<String> authoritiesJoined(int head, List<String> sectors) {
        List<Integer> others = new ArrayList<>(sentence.children(head, "conj"));
        if (sentence.relation(head).equals("conj")) {
            others.add(sentence.governor(head));
        }
        for (int o : others) {
            Optional<Entity> e = resolve(o).flatMap(Mention::entity);
            // a state's government itself, not one of its officials abroad ("opposition leaders and the British
            // envoy" are not British)
            if (e.isPresent() && !e.get().person() && e.get().country().length() == 3
                    && !INTERNATIONAL.contains(e.get().country())
                    && GOVERNMENT_HEADS.contains(sentence.token(o).lemma().toLowerCase(Locale.ROOT))
                    && DomesticParties.authoritiesOfThePeople(e.get().sectors(), "", sectors)) {
                return Optional.of(e.get().country());
            }
        }
        return Optional.empty();
    }

    /** The country of an "in/from/of" phrase on the head: "rebels in the Ivory Coast", "doctors from Cuba". */
    private Optional<String> placeOf(int head) {
        for (Dependency d : sentence.children(head)) {
            int c = d.dependent();
            if (d.relation().equals("acl")
                    && RESIDENCE_PARTICIPLES.contains(sentence.token(c).lemma().toLowerCase(Locale.ROOT))) {
                // "a group based in Trinidad", "guerrillas operating in Chad", "Kurds living in Syria"
                Optional<String> based = placeOf(c);
                if (based.isPresent()) {
                    return based;
                }
            }
            if (!(d.relation().startsWith("nmod") || d.relation().startsWith("obl"))
                    || PLACING_PREPS.stream().noneMatch(p -> hasCase(c, p))) {
                continue;
            }
            for (int i : RelationalNouns.withoutOwners(sentence, phrase(c))) { // "chief of Israel's ally"
                if (lexicon.country(i).isPresent()) {
                    return lexicon.country(i);
                }
            }
        }
        return Optional.empty();
    }

    /**
     * What it/its/they/their stand for: the subject of the nearest clause above them that is not the pronoun
     * itself, through complements and reported speech ("Japan said it had halted aid", "the rebels continued
     * their strike"). Empty when that subject is not an actor.
     */
    private Optional<Mention> clauseSubject(int pronoun) {
        int cur = pronoun;
        for (int guard = 0; guard < sentence.size(); guard++) {
            int gov = sentence.governor(cur);
            if (gov < 0) {
                return Optional.empty();
            }
            if (sentence.relation(cur).equals("advcl") && sentence.relation(gov).equals("parataxis")
                    && REPORT_VERBS.contains(sentence.token(gov).lemma().toLowerCase(Locale.ROOT))) {
                // "rebels attacked Colombo when they stormed the port, police said": the parse may hang the
                // adverbial clause on the trailing attribution, whose speaker is not what "they" stands for
                cur = gov;
                continue;
            }
            for (int n : sentence.children(gov, "nsubj")) {
                if (n != pronoun && n != cur && !phrase(n).contains(pronoun)
                        && !GROUP_PRONOUNS.contains(sentence.token(n).lowerWord())) {
                    return resolve(n).filter(m -> m.entity().isPresent());
                }
            }
            String rel = sentence.relation(cur);
            if (!(rel.startsWith("nsubj") || rel.equals("ccomp") || rel.equals("xcomp") || rel.equals("obj")
                    || rel.startsWith("obl") || rel.startsWith("nmod") || rel.equals("advcl") || rel.equals("conj")
                    || rel.equals("acl") || rel.equals("parataxis") || rel.equals("acl:relcl")
                    || rel.equals("iobj"))) {
                return Optional.empty();
            }
            cur = gov;
        }
        return Optional.empty();
    }

    private boolean isDefinite(int head) {
        if (!sentence.children(head, "nmod:poss").isEmpty()) {
            return true;
        }
        for (int d : sentence.children(head, "det")) {
            if (sentence.token(d).lowerWord().equals("the")) {
                return true;
            }
        }
        return false;
    }

    private boolean isCollective(int head, String lemma) {
        Token h = sentence.token(head);
        boolean plural = h.pos().equals("NNS") || h.pos().equals("NNPS");
        if (COLLECTIVE_HEADS.contains(lemma) && (plural || lemma.equals("brass"))) {
            return true;
        }
        if (plural && COUNTED_HEADS.contains(lemma)) {
            for (Dependency d : sentence.children(head)) {
                String w = sentence.token(d.dependent()).lowerWord();
                if ((d.relation().equals("nummod") && (w.equals("two") || w.equals("2")))
                        || (d.relation().startsWith("det") && w.equals("both"))) {
                    return true;
                }
            }
        }
        return false;
    }

    private boolean isOtherParty(int head, String lemma, String country) {
        if (OTHER_PARTY_HEADS.contains(lemma)) {
            return true;
        }
        if (lemma.equals("delegation") && country.isEmpty()) {
            return true;
        }
        if (lemma.equals("party") || lemma.equals("side")) {
            for (int a : sentence.children(head, "amod")) {
                if (OTHER_PARTY_ADJ.contains(sentence.token(a).lowerWord())) {
                    return true;
                }
            }
        }
        return false;
    }

    private Entity counterpartAntecedent(int head, Entity possessor) {
        if (sentence.relation(head).equals("conj")) {
            Optional<Entity> first = resolve(sentence.governor(head)).flatMap(Mention::entity);
            if (first.isPresent()) {
                return first.get();
            }
        }
        if (possessor != null) {
            return possessor;
        }
        boolean pronounPossessor = false;
        for (int p : sentence.children(head, "nmod:poss")) {
            Optional<Entity> e = resolve(p).flatMap(Mention::entity);
            if (e.isPresent()) {
                return e.get();
            }
            pronounPossessor |= sentence.token(p).pos().equals("PRP$");
        }
        if (pronounPossessor) {
            // "Azerbaijan's defence minister met his Iranian counterpart": the counterpart of the clause's subject,
            // a title without a name as much as a person
            int verb = sentence.governor(head);
            for (int subject : verb < 0 ? List.<Integer>of() : sentence.children(verb, "nsubj")) {
                Optional<Entity> e = subject == head ? Optional.empty() : resolve(subject).flatMap(Mention::entity);
                if (e.isPresent() && !e.get().sectors().isEmpty()) {
                    return e.get();
                }
            }
        }
        return discourse.lastSubject().orElse(null);
    }

    /** he/his/him: a person subject of this sentence for possessives, else the last subject person. */
    private Optional<Entity> pronoun(int index) {
        Token t = sentence.token(index);
        if (t.pos().equals("PRP$")) {
            for (Dependency d : sentence.dependencies()) {
                if (!d.relation().startsWith("nsubj") || d.dependent() == index) {
                    continue;
                }
                Token s = sentence.token(d.dependent());
                if (PRONOUNS.contains(s.lowerWord()) || !s.ner().equals("PERSON")) {
                    continue;
                }
                if (phrase(d.dependent()).contains(index)) {
                    continue;
                }
                Optional<Entity> e = resolve(d.dependent()).flatMap(Mention::entity).filter(Entity::person);
                if (e.isPresent()) {
                    return e;
                }
            }
        }
        Optional<Entity> subject = discourse.lastSubject();
        return subject.isPresent() ? subject : discourse.lastPerson();
    }

    /** The words of the phrase, without a leading preposition or a trailing possessive ending. */
    private String text(List<Integer> phrase) {
        int from = 0;
        int to = phrase.size();
        while (from < to && isEdge(phrase.get(from))) {
            from++;
        }
        while (to > from && isEdge(phrase.get(to - 1))) {
            to--;
        }
        return from >= to ? "" : sentence.span(phrase.get(from), phrase.get(to - 1) + 1);
    }

    private boolean isEdge(int i) {
        return sentence.relation(i).equals("case") || sentence.relation(i).equals("punct");
    }
}
