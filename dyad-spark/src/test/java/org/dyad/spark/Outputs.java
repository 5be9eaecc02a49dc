package org.dyad.spark;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.dyad.event.Event;
import org.dyad.store.EventStore;
import org.dyad.store.StoredEvent;

/**
 * What a store holds, in a form two stores can be compared by: every event without the time it was added (the store
 * stamps each article as it stores it, the job stamps the whole job once), every mention, every article id.
 */
record Outputs(List<String> events, List<Event> mentions, EventStore.Totals totals) {

    /** An event as text: id, key, code, counts, root, place, SOURCEURL, first mention, every mention. */
    static String event(StoredEvent e) {
        return e.id() + " " + e.key().text() + " " + e.cameo() + " mentions=" + e.numMentions() + " sources="
                + e.numSources() + " articles=" + e.numArticles() + " root=" + e.rootEvent() + " " + e.location()
                + " " + e.sourceUrl() + " first=" + e.first().docId() + "/" + e.first().eventId() + " all="
                + e.mentions().stream().map(m -> m.docId() + "/" + m.eventId()).toList();
    }

    static Outputs of(EventStore s) {
        List<String> events = new ArrayList<>();
        s.events(e -> events.add(event(e)));
        events.sort(null);
        List<Event> mentions = new ArrayList<>();
        s.mentions(mentions::add);
        mentions.sort(Comparator.comparing(Event::docId).thenComparing(Event::eventId));
        return new Outputs(events, mentions, s.totals());
    }

    static Outputs ofStore(Path db) {
        try (EventStore s = EventStore.openReadOnly(db)) {
            return of(s);
        }
    }

    static Outputs ofParquet(Path dir) {
        try (EventStore s = EventStore.openParquet(dir)) {
            return of(s);
        }
    }
}
