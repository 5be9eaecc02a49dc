package org.dyad.event;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dyad.ontology.Cameo;

/**
 * Verb and noun triggers of events, read from a tab-separated lexicon. Immutable and thread-safe.
 *
 * <p>Format, one entry a line, {@code #} starts a comment:
 * <pre>
 * kind  lemma  constraint  code  options
 * verb  sign   obj=protocol|agreement  057  recip
 * verb  call   prt=on      020   -
 * noun  visit  -           042   host=043
 * </pre>
 * {@code kind} is {@code verb}, {@code noun} or {@code adj} (a predicate adjective: "said it is skeptical").
 * {@code constraint} is {@code -}, {@code obj=LEMMA|...} (the direct object, or for a noun its "of"
 * complement, must be one of them; {@code MOD_LEMMA} asks for a modifier too, as in {@code military_aid};
 * {@code @NAME} stands for a named set, {@code *} for any direct object), {@code prt=WORD} (a particle or preposition that must attach), or
 * both joined with {@code ,}. A named set is defined before its first use by a line
 * {@code set  NAME  LEMMA|LEMMA|...}. {@code options} is {@code -} or a comma list of {@code recip},
 * {@code partner}, {@code parties}, {@code solo}, {@code host=CODE}. Unknown options, unknown CAMEO codes
 * and malformed lines fail loading with file:line.
 */
public final class TriggerLexicon {
    private static final String DEFAULT = "org/dyad/event/triggers.tsv";
    private final Map<String, List<Trigger>> byKey;
    private final int size;
    /** The lemma a token must have to be looked up with any entry: the entry's own, the head of "hunger_strike". */
    private final Set<String> heads = new HashSet<>();
    /** Heads of the entries that take the parties of the exchange without actors of their own. */
    private final Set<String> partiesHeads = new HashSet<>();

    private TriggerLexicon(Map<String, List<Trigger>> byKey, int size) {
        this.byKey = byKey;
        this.size = size;
        byKey.values().forEach(l -> l.forEach(t -> {
            String head = t.lemma().substring(t.lemma().lastIndexOf('_') + 1);
            heads.add(head);
            if (t.parties()) {
                partiesHeads.add(head);
            }
        }));
    }

    private static final class Holder {
        static final TriggerLexicon DEFAULTS = fromResource(DEFAULT);
    }

    /** The lexicon shipped with Dyad, loaded once. */
    public static TriggerLexicon defaults() {
        return Holder.DEFAULTS;
    }

    static TriggerLexicon fromResource(String resource) {
        InputStream in = TriggerLexicon.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing resource " + resource);
        }
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return parse(r, resource);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads a lexicon; a malformed line throws IllegalArgumentException naming {@code name:line}. */
    public static TriggerLexicon parse(BufferedReader r, String name) throws IOException {
        Map<String, List<Trigger>> map = new HashMap<>();
        Map<String, Set<String>> sets = new HashMap<>();
        Cameo cameo = Cameo.load();
        String line;
        int no = 0;
        int count = 0;
        while ((line = r.readLine()) != null) {
            no++;
            int hash = line.indexOf('#');
            String body = (hash >= 0 ? line.substring(0, hash) : line).strip();
            if (body.isEmpty()) {
                continue;
            }
            String where = name + ":" + no;
            String[] f = body.split("\t+");
            if (f[0].equals("set")) {
                if (f.length != 3) {
                    throw new IllegalArgumentException(where + ": a set line is: set NAME LEMMA|LEMMA...");
                }
                sets.put(f[1].toLowerCase(java.util.Locale.ROOT), expand(List.of(f[2].split("\\|")), sets, where));
                continue;
            }
            if (f.length < 4 || f.length > 5) {
                throw new IllegalArgumentException(where + ": expected 4 or 5 tab-separated fields, got " + f.length);
            }
            if (!f[0].equals("verb") && !f[0].equals("noun") && !f[0].equals("adj")) {
                throw new IllegalArgumentException(where + ": kind must be verb, noun, adj or set, got " + f[0]);
            }
            if (cameo.find(f[3]).isEmpty()) {
                throw new IllegalArgumentException(where + ": unknown CAMEO code " + f[3]);
            }
            Set<String> objects = new HashSet<>();
            String particle = "";
            if (!f[2].equals("-")) {
                for (String part : f[2].split(",")) {
                    if (part.startsWith("obj=")) {
                        objects.addAll(expand(List.of(part.substring(4).split("\\|")), sets, where));
                    } else if (part.startsWith("prt=")) {
                        particle = part.substring(4);
                    } else {
                        throw new IllegalArgumentException(where + ": bad constraint " + part);
                    }
                }
            }
            boolean recip = false, partner = false, parties = false, solo = false, self = false;
            Optional<String> host = Optional.empty();
            if (f.length == 5 && !f[4].equals("-")) {
                for (String o : f[4].split(",")) {
                    switch (o.strip()) {
                        case "recip" -> recip = true;
                        case "partner" -> partner = true;
                        case "parties" -> parties = true;
                        case "solo" -> solo = true;
                        case "passive-self" -> self = true;
                        default -> {
                            if (o.strip().startsWith("host=") && cameo.find(o.strip().substring(5)).isPresent()) {
                                host = Optional.of(o.strip().substring(5));
                            } else {
                                throw new IllegalArgumentException(where + ": unknown option " + o);
                            }
                        }
                    }
                }
            }
            Trigger t = new Trigger(f[0], f[1].toLowerCase(java.util.Locale.ROOT), objects, particle, f[3],
                    recip, partner, parties, solo, host, where, self);
            map.computeIfAbsent(t.kind() + " " + t.lemma(), k -> new ArrayList<>()).add(t);
            count++;
        }
        for (List<Trigger> list : map.values()) {
            list.sort(Comparator.comparingInt(Trigger::specificity).reversed());
        }
        Map<String, List<Trigger>> frozen = new HashMap<>();
        map.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
        return new TriggerLexicon(Map.copyOf(frozen), count);
    }

    private static Set<String> expand(List<String> items, Map<String, Set<String>> sets, String where) {
        Set<String> out = new HashSet<>();
        for (String item : items) {
            String x = item.strip().toLowerCase(java.util.Locale.ROOT);
            if (x.startsWith("@")) {
                Set<String> named = sets.get(x.substring(1));
                if (named == null) {
                    throw new IllegalArgumentException(where + ": unknown set " + item);
                }
                out.addAll(named);
            } else if (!x.isEmpty()) {
                out.add(x);
            }
        }
        return out;
    }

    /** Entries for this kind ("verb"/"noun") and lemma, most specific first. */
    public List<Trigger> lookup(String kind, String lemma) {
        return byKey.getOrDefault(kind + " " + lemma.toLowerCase(java.util.Locale.ROOT), List.of());
    }

    /** Number of entries. */
    public int size() { return size; }

    /**
     * Whether a token of this lemma could be looked up with an entry, alone or with a modifier ("strike" for
     * {@code hunger_strike}); any case.
     */
    public boolean mayTrigger(String lemma) {
        return heads.contains(lemma.toLowerCase(java.util.Locale.ROOT));
    }

    /** As {@link #mayTrigger}, for the entries that take the parties of the exchange when they name no actor. */
    public boolean mayTriggerWithoutActors(String lemma) {
        return partiesHeads.contains(lemma.toLowerCase(java.util.Locale.ROOT));
    }

    /** Every CAMEO root (01..20) that has at least one entry. */
    public Set<String> roots() {
        Set<String> roots = new HashSet<>();
        byKey.values().forEach(l -> l.forEach(t -> roots.add(t.code().substring(0, 2))));
        return roots;
    }
}
