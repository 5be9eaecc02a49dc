package org.dyad.event;

import java.util.List;
import org.dyad.text.ParsedDocument;

/** Turns a parsed article into event mentions. Implementations are immutable and thread-safe. */
public interface DocumentCoder {
    List<Event> code(ParsedDocument doc);
}
