package org.dyad.pipeline;

import org.dyad.event.Event;
import org.dyad.event.Evidence;

/**
 * Caps the evidence an event carries to a window of its sentence around the trigger, so that a 5,000-token
 * "sentence" (a table, a list run together) does not repeat 34 KB in every event coded from it. The window is cut
 * at spaces where it can be, keeps the trigger whole, and stays a span of the article: its text is still the
 * article's characters from {@code start} to {@code end}. Evidence within the window is left as it is. Stateless.
 */
public final class EvidenceWindow {
    private EvidenceWindow() { }

    /** {@code e} with its evidence cut to at most {@code max} characters (more only when the trigger is longer). */
    public static Event cap(Event e, int max) {
        Evidence ev = e.evidence();
        Evidence cut = cap(ev, max);
        return cut == ev ? e : new Event(e.eventId(), e.docId(), e.sentence(), e.date(), e.datePrecision(), e.source(),
                e.target(), e.cameo(), e.reciprocal(), e.modality(), e.location(), cut, e.rule(), e.confidence());
    }

    /** The evidence cut to at most {@code max} characters around its trigger; the same object when it fits. */
    public static Evidence cap(Evidence ev, int max) {
        String text = ev.text();
        if (text.length() <= max || ev.end() - ev.start() != text.length()) {
            return ev;
        }
        int ts = Math.max(0, ev.triggerStart() - ev.start());
        int te = Math.min(text.length(), Math.max(ts, ev.triggerEnd() - ev.start()));
        int room = Math.max(0, max - (te - ts));
        int from = Math.max(0, ts - room / 2);
        int to = Math.min(text.length(), te + (room - (ts - from)));
        from = Math.max(0, Math.min(from, to - max)); // near the end: give the room back to the left
        from = Math.min(from, ts);
        // cut at spaces, inward, unless that would eat into the trigger
        int space = text.indexOf(' ', from);
        if (from > 0 && space >= 0 && space < ts) {
            from = space + 1;
        }
        int back = text.lastIndexOf(' ', to - 1);
        if (to < text.length() && back >= te) {
            to = back;
        }
        return new Evidence(text.substring(from, to), ev.start() + from, ev.start() + to, ev.trigger(),
                ev.triggerStart(), ev.triggerEnd());
    }
}
