package org.dyad.dictionary;

import java.io.Reader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a PETRARCH agent dictionary: {@code NOUN {PLURALS} [~CODE]} lines, where {@code {PLURALS}} lists
 * the plural forms ({@code {}} for none; without braces the regular plural is made), {@code [~GOV]} puts
 * the code after the country and {@code [NGO~]} before it; and substitution sets
 * {@code !PERSON! = MAN, MEN, WOMAN} used as {@code CONGRESS!PERSON!}. Bad lines are recorded and skipped.
 */
public final class AgentReader {
    private AgentReader() {
    }

    public static AgentDictionary read(Reader reader, String file, List<DictionaryProblem> problems) {
        Map<String, List<String>> sets = new LinkedHashMap<>();
        List<AgentEntry> entries = new ArrayList<>();
        for (DictionaryText.Line l : DictionaryText.read(reader)) {
            String t = l.text().strip();
            if (t.isEmpty()) {
                continue;
            }
            try {
                if (t.startsWith("!") && t.contains("=")) {
                    int eq = t.indexOf('=');
                    String name = t.substring(0, eq).strip().toUpperCase(Locale.ROOT);
                    if (!name.matches("![A-Z0-9_]+!")) {
                        throw new IllegalArgumentException("bad substitution set name '" + name + "'");
                    }
                    List<String> members = new ArrayList<>();
                    for (String m : t.substring(eq + 1).split(",")) {
                        if (!m.isBlank()) {
                            members.add(m.strip().toUpperCase(Locale.ROOT));
                        }
                    }
                    if (members.isEmpty()) {
                        throw new IllegalArgumentException("empty substitution set " + name);
                    }
                    sets.put(name, members);
                    continue;
                }
                entry(t, l.number(), file, sets, entries);
            } catch (IllegalArgumentException e) {
                problems.add(new DictionaryProblem(file, l.number(), e.getMessage()));
            }
        }
        return new AgentDictionary(entries);
    }

    private static void entry(String t, int line, String file, Map<String, List<String>> sets,
                              List<AgentEntry> out) {
        int open = t.lastIndexOf('[');
        int close = t.lastIndexOf(']');
        if (open < 0 || close < open) {
            throw new IllegalArgumentException("agent without [code]: '" + t + "'");
        }
        String code = t.substring(open + 1, close).replace(" ", "").toUpperCase(Locale.ROOT);
        boolean prefix;
        if (code.startsWith("~") && code.length() > 1) {
            prefix = false;
            code = code.substring(1);
        } else if (code.endsWith("~") && code.length() > 1) {
            prefix = true;
            code = code.substring(0, code.length() - 1);
        } else {
            throw new IllegalArgumentException("agent code needs a ~ before or after it: [" + code + "]");
        }
        if (!code.matches("[A-Z0-9]+")) {
            throw new IllegalArgumentException("bad agent code [" + code + "]");
        }
        String rest = t.substring(0, open).strip();
        List<String> plurals = null;
        int brace = rest.indexOf('{');
        if (brace >= 0) {
            int end = rest.indexOf('}', brace);
            if (end < 0) {
                throw new IllegalArgumentException("unclosed { in '" + t + "'");
            }
            plurals = new ArrayList<>();
            for (String p : rest.substring(brace + 1, end).strip().split("\\s+")) {
                if (!p.isEmpty()) {
                    plurals.add(p);
                }
            }
            rest = rest.substring(0, brace).strip();
        }
        if (rest.isEmpty()) {
            throw new IllegalArgumentException("agent without a phrase: '" + t + "'");
        }
        List<String> forms = new ArrayList<>();
        forms.add(rest);
        if (plurals == null) {
            if (!rest.endsWith("!")) {
                forms.add(plural(rest));
            }
        } else {
            forms.addAll(plurals);
        }
        for (String form : forms) {
            for (String expanded : substitute(form.toUpperCase(Locale.ROOT), sets)) {
                out.add(new AgentEntry(Phrase.parse(expanded).exactly(), code, prefix, file, line));
            }
        }
    }

    private static List<String> substitute(String phrase, Map<String, List<String>> sets) {
        int a = phrase.indexOf('!');
        if (a < 0) {
            return List.of(phrase);
        }
        int b = phrase.indexOf('!', a + 1);
        if (b < 0) {
            throw new IllegalArgumentException("unclosed substitution marker in '" + phrase + "'");
        }
        String name = phrase.substring(a, b + 1);
        List<String> members = sets.get(name);
        if (members == null) {
            throw new IllegalArgumentException("unknown substitution set " + name);
        }
        List<String> out = new ArrayList<>();
        for (String m : members) {
            out.addAll(substitute(phrase.substring(0, a) + m + phrase.substring(b + 1), sets));
        }
        return out;
    }

    /** The regular plural of a phrase's last word, as PETRARCH makes it. */
    static String plural(String phrase) {
        String p = phrase.strip();
        boolean exact = p.endsWith("_");
        String s = exact ? p.substring(0, p.length() - 1) : p;
        String u = s.toUpperCase(Locale.ROOT);
        String pl;
        if (u.endsWith("MAN")) {
            pl = s.substring(0, s.length() - 3) + "MEN";
        } else if (u.endsWith("S") || u.endsWith("X") || u.endsWith("Z") || u.endsWith("CH") || u.endsWith("SH")) {
            pl = s + "ES";
        } else if (u.endsWith("Y") && u.length() > 1 && "AEIOU".indexOf(u.charAt(u.length() - 2)) < 0) {
            pl = s.substring(0, s.length() - 1) + "IES";
        } else {
            pl = s + "S";
        }
        return exact ? pl + "_" : pl;
    }
}
