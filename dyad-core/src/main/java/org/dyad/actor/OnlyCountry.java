package org.dyad.actor;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.dyad.text.Sentence;
import org.dyad.text.Token;

/**
 * The one country a sentence names, where an office holder or group the text does not place belongs ("President
 * Omar El Bashir shortened the curfew imposed in Sudan"), as {@link ActorResolver}'s last resort (its basis is
 * {@link Basis#FALLBACK}); none when that country is named as the other party of something ("weapons to use against
 * the United States") or belongs to another actor of the sentence ("the minister met his Uzbek counterpart", "talks
 * with Iran's defence minister"): a guess that would put both sides in one country is worse than no actor. Save
 * where the two are a state's authorities and the people they face at home ({@link DomesticParties}). Not
 * thread-safe: one per sentence.
 */
final class OnlyCountry {
    /** A country named after these is a party to something, not where the sentence is set. */
    private static final Set<String> PARTY_PREPS = Set.of("against", "with", "to", "toward", "towards");
    /** A phrase after these sets the scene rather than naming a party: "in Sudan", "across Syria". */
    private static final Set<String> LOCATIVE_PREPS = Set.of("in", "at", "near", "inside", "across");

    private final Sentence sentence;
    private final SentenceLexicon lexicon;

    OnlyCountry(Sentence sentence, SentenceLexicon lexicon) {
        this.sentence = sentence;
        this.lexicon = lexicon;
    }

    /** The country of the actor headed by {@code self} (its words {@code selfWords}), if the guess is safe. */
    Optional<String> forActor(int self, String selfWords) {
        Optional<String> only = lexicon.onlyCountry();
        if (only.isEmpty() || DomesticParties.fromElsewhere(selfWords)) {
            return Optional.empty(); // "all foreign journalists": not the country's, whatever else it names
        }
        for (int i = 0; i < sentence.size(); i++) {
            if (lexicon.country(i).isEmpty()) {
                continue;
            }
            int head = phraseHead(i);
            if (head < 0) {
                continue;
            }
            if (lexicon.countryKind(i).orElse(null) == CountryGazetteer.Kind.NAME
                    && PARTY_PREPS.stream().anyMatch(p -> hasCase(sentence, head, p))) {
                return Optional.empty();
            }
            if (head != self && (isActorHead(head) || (head == i && !isPlacePhrase(head)))
                    && !DomesticParties.authoritiesOfThePeople(lexicon.sectors(self), selfWords, namedSectors(head))) {
                return Optional.empty();
            }
        }
        return only;
    }

    /** The head of the phrase a country word sits in, up its compounds, determiners, modifiers and possessives. */
    private int phraseHead(int i) {
        int h = i;
        for (int guard = 0; guard < 6; guard++) {
            String rel = sentence.relation(h);
            // "the government of Myanmar": the country of an actor's "of" phrase is that actor's
            boolean ofActor = rel.equals("nmod") && hasCase(sentence, h, "of") && sentence.governor(h) >= 0
                    && isActorHead(sentence.governor(h));
            if (!(rel.startsWith("compound") || rel.startsWith("flat") || rel.equals("det") || rel.equals("amod")
                    || rel.equals("nmod:poss") || rel.equals("case") || rel.equals("punct") || ofActor)) {
                break;
            }
            h = sentence.governor(h);
            if (h < 0) {
                break;
            }
        }
        return h;
    }

    /** An actor head's sectors; a people named by its nationality word alone ("thousands of Yemenis") is CVL. */
    private List<String> namedSectors(int head) {
        return lexicon.sectors(head).isEmpty() && peopleByNationality(sentence, lexicon, head) ? List.of("CVL")
                : lexicon.sectors(head);
    }

    private boolean isPlacePhrase(int h) {
        if (LOCATIVE_PREPS.stream().anyMatch(p -> hasCase(sentence, h, p))) {
            return true;
        }
        // "in the north of Uganda", "the capital of Guinea": the country of a place noun sets the scene too
        int gov = sentence.governor(h);
        return hasCase(sentence, h, "of") && gov >= 0
                && PLACE_NOUNS.contains(sentence.token(gov).lemma().toLowerCase(java.util.Locale.ROOT));
    }

    /** Nouns of a place or part of one (words.tsv place.place-nouns). */
    private static final Set<String> PLACE_NOUNS = org.dyad.dictionary.WordSets.get("place.place-nouns");

    /** A noun that names an actor of its own: a title, rank or group word, a person's name, a counterpart. */
    private boolean isActorHead(int h) {
        Token t = sentence.token(h);
        return t.isNoun() && (!lexicon.sectors(h).isEmpty() || t.ner().equals("PERSON")
                || t.lemma().equalsIgnoreCase("counterpart") || lexicon.actorCode(h).isPresent());
    }

    /** A plural noun that is a nationality word: "the Albanians", "thousands of Yemenis". */
    static boolean peopleByNationality(Sentence s, SentenceLexicon lexicon, int head) {
        return lexicon.countryKind(head).orElse(null) == CountryGazetteer.Kind.ADJECTIVE
                && s.token(head).pos().startsWith("NN") && s.token(head).pos().endsWith("S");
    }

    /** Whether the phrase headed by {@code i} has the preposition {@code prep}. */
    static boolean hasCase(Sentence s, int i, String prep) {
        for (int c : s.children(i, "case")) {
            if (s.token(c).lowerWord().equals(prep)) {
                return true;
            }
        }
        return false;
    }
}
