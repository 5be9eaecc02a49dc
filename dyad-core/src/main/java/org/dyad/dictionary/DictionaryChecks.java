package org.dyad.dictionary;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.dyad.ontology.Cameo;

/**
 * Checks of dictionaries as read, beyond what a reader sees line by line: an entry repeated exactly (the same verb
 * pattern with the same code in one block, the same actor phrase with the same codes, the same agent, discard or
 * issue phrase) and event codes that are well formed but not in the CAMEO table (kept, since test dictionaries use
 * made-up codes on purpose). Each is a {@link DictionaryProblem} at the later line, naming the earlier one.
 * Stateless.
 */
public final class DictionaryChecks {
    private DictionaryChecks() { }

    /** Every duplicate and unknown code in {@code d}, in dictionary order. */
    public static List<DictionaryProblem> check(Dictionaries d) {
        Objects.requireNonNull(d, "d");
        List<DictionaryProblem> out = new ArrayList<>();
        verbs(d.verbs(), Cameo.load(), out);
        Map<String, String> seen = new HashMap<>();
        for (ActorEntry a : d.actors().entries()) {
            for (Phrase p : a.phrases()) {
                duplicate("actor " + p + " " + a.codes(), a.file(), a.line(), seen, out);
            }
        }
        seen.clear();
        java.util.Set<String> lines = new java.util.HashSet<>();
        for (AgentEntry a : d.agents().entries()) {
            if (!lines.add(a.file() + ":" + a.line())) {
                continue; // the plural of a line's noun: its line was checked with the singular
            }
            duplicate("agent " + a.phrase() + " [" + (a.prefix() ? a.code() + "~" : "~" + a.code()) + "]", a.file(),
                    a.line(), seen, out);
        }
        seen.clear();
        for (DiscardDictionary.Entry e : d.discards().entries()) {
            duplicate("discard " + e.phrase() + (e.story() ? " (story)" : ""), e.file(), e.line(), seen, out);
        }
        seen.clear();
        for (IssueDictionary.Entry e : d.issues().entries()) {
            duplicate("issue " + e.phrase() + " " + e.code(), e.file(), e.line(), seen, out);
        }
        return out;
    }

    private static void verbs(VerbDictionary v, Cameo cameo, List<DictionaryProblem> out) {
        for (VerbBlock b : v.blocks()) {
            unknown(b.code(), b.file(), b.line(), cameo, out);
            for (VerbEntry e : b.verbs()) {
                e.code().ifPresent(c -> unknown(c, b.file(), e.line(), cameo, out));
            }
            Map<String, String> seen = new HashMap<>();
            for (VerbPattern p : b.patterns()) {
                unknown(p.code(), p.file(), p.line(), cameo, out);
                duplicate("pattern " + PatternNotation.write(p) + " [" + p.code() + "] in block " + b.name(), p.file(),
                        p.line(), seen, out);
            }
        }
    }

    private static void unknown(VerbCode code, String file, int line, Cameo cameo, List<DictionaryProblem> out) {
        for (String c : code.secondary().isPresent() ? List.of(code.primary(), code.secondary().get())
                : List.of(code.primary())) {
            String digits = c.replaceAll("[^0-9]", "");
            if (!c.equals(VerbCode.NULL) && cameo.find(digits).isEmpty()) {
                out.add(new DictionaryProblem(file, line, "unknown event code " + c + " (not in the CAMEO table); kept"));
            }
        }
    }

    private static void duplicate(String what, String file, int line, Map<String, String> seen,
                                  List<DictionaryProblem> out) {
        String earlier = seen.putIfAbsent(what, file + ":" + line);
        if (earlier != null) {
            out.add(new DictionaryProblem(file, line, "duplicate " + DictionaryQuote.clip(what) + " (as at " + earlier
                    + ")"));
        }
    }
}
