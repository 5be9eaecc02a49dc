package org.dyad.store;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.dyad.actor.Actor;
import org.dyad.event.Event;
import org.dyad.event.Location;
import org.dyad.merge.EventKey;
import org.dyad.ontology.CameoCode;

/**
 * One happening as the store keeps it: the asserted mentions that share an {@link EventKey}, merged, with
 * GDELT's counts. Immutable.
 *
 * @param id          the event id ({@link EventKey#id()})
 * @param key         what its mentions share
 * @param cameo       the CAMEO code most of its mentions have (ties: the lowest code), with that code's
 *                    Goldstein score, QuadClass and PLOVER type
 * @param numMentions every mention, within and across articles (GDELT NumMentions)
 * @param numSources  distinct outlets of those articles: the URL's host when the article has a URL, else its
 *                    source (GDELT NumSources)
 * @param numArticles distinct articles (GDELT NumArticles)
 * @param rootEvent   some mention is in an article's first sentence (GDELT IsRootEvent: the lead)
 * @param location    where, from the first mention that says
 * @param sourceUrl   URL of the first article, or its source when it has no URL (GDELT SOURCEURL)
 * @param added       when the first of its articles was stored (GDELT DATEADDED)
 * @param first       the first mention: earliest publication date, then article id, then sentence; it gives
 *                    the actors' words, the evidence and the rule
 * @param mentions    every mention, first one first
 */
public record StoredEvent(long id, EventKey key, CameoCode cameo, int numMentions, int numSources, int numArticles,
                          boolean rootEvent, Optional<Location> location, String sourceUrl, Instant added,
                          Event first, List<Event> mentions) {
    public StoredEvent {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(cameo, "cameo");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(sourceUrl, "sourceUrl");
        Objects.requireNonNull(added, "added");
        Objects.requireNonNull(first, "first");
        mentions = List.copyOf(mentions);
    }

    /** The event's date; empty when it is undated. */
    public Optional<LocalDate> date() {
        return key.date();
    }

    public Actor source() {
        return first.source();
    }

    public Optional<Actor> target() {
        return first.target();
    }

    /** How sure the coder is of the happening: the highest confidence of its mentions. */
    public double confidence() {
        return mentions.stream().mapToDouble(Event::confidence).max().orElse(first.confidence());
    }
}
