package org.dyad.actor;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What a reader keeps in mind while reading one article: the people met so far (found again by full
 * name or surname), the last person who was the subject of a sentence (for "he"), and the parties of
 * the current exchange (for "the sides", "the parties", "the opposite party"). Mutable, one per
 * article, not thread-safe.
 */
public final class Discourse {
    private final Map<String, Entity> people = new LinkedHashMap<>();
    private final List<Entity> groups = new ArrayList<>();
    private Entity lastSubject;
    private Entity lastPerson;
    private List<Entity> participants = List.of();

    /**
     * Registers or enriches a person; returns the merged entity. A person known by the same surname whom a dictionary
     * entry of the mention's own places elsewhere is another person ("King Hussein" of Jordan after "Saddam Hussein"
     * of Iraq).
     */
    public Entity rememberPerson(Entity person) {
        Entity known = findPerson(person.name()).filter(k -> key(k.name()).equals(key(person.name()))
                || !placedApart(k, person)).orElse(null);
        Entity merged = person;
        if (known != null) {
            people.remove(key(known.name()));
            merged = merge(known, person);
        }
        people.put(key(merged.name()), merged);
        lastPerson = merged;
        return merged;
    }

    /**
     * Whether a dictionary entry of its own puts the mention in another country than the known person: a list
     * that knows who the mention is says it is someone else. Other cues that disagree leave what was said first.
     */
    private static boolean placedApart(Entity known, Entity mention) {
        return !known.country().isEmpty() && !mention.country().isEmpty()
                && !known.country().equals(mention.country()) && mention.basis() == Basis.DICTIONARY;
    }

    private static Entity merge(Entity known, Entity mention) {
        String name = known.name().length() >= mention.name().length() ? known.name() : mention.name();
        if (!mention.country().isEmpty() && !mention.country().equals(known.country()) && !known.country().isEmpty()) {
            // a guess gives way to a cue; two cues that disagree leave what was said first
            if (known.basis() != Basis.FALLBACK || mention.basis() == Basis.FALLBACK) {
                return known;
            }
            known = known.withoutCountry();
        }
        String country = known.country().isEmpty() ? mention.country() : known.country();
        Basis basis = known.country().isEmpty() ? mention.basis()
                : mention.country().isEmpty() || known.basis().compareTo(mention.basis()) <= 0 ? known.basis()
                : mention.basis();
        List<String> sectors = new ArrayList<>(known.sectors());
        sectors.addAll(mention.sectors());
        return new Entity(name, country, AgentLexicon.canonicalOrder(sectors), name, true,
                country.isEmpty() ? Basis.SECTOR : basis);
    }

    /**
     * Takes a guessed country away from a person: a cue has shown it wrong ("his Turkish counterpart" means he is
     * not Turkish). Returns the person as now known.
     */
    public Entity unplace(Entity person) {
        Entity known = findPerson(person.name()).orElse(person);
        Entity fixed = known.withoutCountry();
        people.put(key(fixed.name()), fixed);
        if (lastSubject != null && lastSubject.key().equals(known.key())) {
            lastSubject = fixed;
        }
        if (lastPerson != null && lastPerson.key().equals(known.key())) {
            lastPerson = fixed;
        }
        return fixed;
    }

    /**
     * A person known by this full name, or by one surname (last word) where one of the two names is that surname
     * alone: "Hussein" after "King Hussein", but not "Saddam Hussein" after it.
     */
    public Optional<Entity> findPerson(String name) {
        if (name.isBlank()) {
            return Optional.empty();
        }
        Entity exact = people.get(key(name));
        if (exact != null) {
            return Optional.of(exact);
        }
        String last = lastWord(name).toLowerCase(Locale.ROOT);
        boolean single = key(name).equals(last);
        Entity found = null;
        for (Entity e : people.values()) {
            if (lastWord(e.name()).toLowerCase(Locale.ROOT).equals(last)
                    && (single || key(e.name()).equals(last))) {
                found = e;
            }
        }
        return Optional.ofNullable(found);
    }

    /** A known person of this country whose sectors include all the given ones. */
    public Optional<Entity> findPersonByRole(String country, List<String> sectors) {
        Entity found = null;
        for (Entity e : people.values()) {
            if (e.country().equals(country) && !sectors.isEmpty() && e.sectors().containsAll(sectors)) {
                found = e;
            }
        }
        return Optional.ofNullable(found);
    }

    private static final java.util.regex.Pattern WHITE_SPACE = java.util.regex.Pattern.compile("\\s+");

    /** The last word of a name (its surname). */
    private static String lastWord(String name) {
        String[] words = WHITE_SPACE.split(name.trim());
        return words[words.length - 1];
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT).trim();
    }

    /** Remembers an organisation or country named in the text (most recent last). */
    public void rememberGroup(Entity group) {
        groups.remove(group);
        groups.add(group);
    }

    /** The most recent organisation whose sectors include all of these ("the police", "the ministry"). */
    public Optional<Entity> findGroup(List<String> sectors) {
        for (int i = groups.size() - 1; i >= 0; i--) {
            if (!sectors.isEmpty() && groups.get(i).sectors().containsAll(sectors)) {
                return Optional.of(groups.get(i));
            }
        }
        return Optional.empty();
    }

    public Optional<Entity> lastSubject() { return Optional.ofNullable(lastSubject); }

    public Optional<Entity> lastPerson() { return Optional.ofNullable(lastPerson); }

    public void setLastSubject(Entity person) { this.lastSubject = person; }

    /** The parties of the current exchange, in the order they were named. */
    public List<Entity> participants() { return participants; }

    /** Makes {@code a} and {@code b} the parties of the current exchange. */
    public void setParticipants(Entity a, Entity b) {
        if (!a.code().equals(b.code()) || !a.key().equals(b.key())) {
            participants = List.of(a, b);
        }
    }

    /** The participant on the other side from {@code self}: another country first, else another entity. */
    public Optional<Entity> partnerOf(Entity self) {
        for (Entity p : participants) {
            if (!p.country().isEmpty() && !p.country().equals(self.country())) {
                return Optional.of(p);
            }
        }
        for (Entity p : participants) {
            if (!p.key().equals(self.key())) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    /** The participant from this country, if one of them is. */
    public Optional<Entity> participantFrom(String country) {
        return participants.stream().filter(p -> p.country().equals(country)).findFirst();
    }
}
