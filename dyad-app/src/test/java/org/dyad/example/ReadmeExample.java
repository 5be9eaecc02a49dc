package org.dyad.example;

// README: library example begins
import java.time.LocalDate;
import java.util.List;
import org.dyad.Dyad;
import org.dyad.event.Event;

public class ReadmeExample {
    public static void main(String[] args) {
        Dyad dyad = Dyad.builder().build(); // CoreNLP's fast profile, Dyad's default coder
        List<Event> events = dyad.code(
                "Azerbaijan's defence minister met his Iranian counterpart in Tehran on Tuesday. "
                        + "The two ministers signed a protocol on military cooperation.",
                LocalDate.of(2022, 1, 26)); // the publication date; null for an undated text
        for (Event e : events) {
            System.out.println(e.date().orElse(null) + " " + e.source().code() + " " + e.cameo().code() + " "
                    + e.target().map(t -> t.code()).orElse("-") + " (" + e.confidence() + "): "
                    + e.evidence().text());
        }
    }
}
// README: library example ends
