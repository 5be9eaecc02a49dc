package org.dyad.dictionary;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * {@code agents.tsv}: one row per agent phrase (plurals and substitution sets already spelled out), in
 * dictionary order. {@code position} says where the agent's code goes beside an actor's: {@code suffix}
 * ({@code [~GOV]}: GON + GOV) or {@code prefix} ({@code [NGO~]}: NGO + ARN).
 */
final class AgentsTsv {
    static final String FILE = "agents.tsv";
    static final List<String> HEADER = List.of("phrase", "code", "position", "source");
    private static final Pattern CODE = Pattern.compile("[A-Z0-9]+");

    private AgentsTsv() {
    }

    static int write(AgentDictionary d, Writer w) throws IOException {
        Tsv.Out out = new Tsv.Out(w, HEADER);
        for (AgentEntry e : d.entries()) {
            out.row(e.phrase().text(), e.code(), e.prefix() ? "prefix" : "suffix", Tsv.Source.cell(e.file(), e.line()));
        }
        return out.rows();
    }

    static AgentDictionary read(Reader reader, String file, List<DictionaryProblem> problems) {
        List<AgentEntry> entries = new ArrayList<>();
        for (Tsv.Row r : Tsv.read(reader, file, HEADER, problems)) {
            try {
                Phrase phrase = Phrase.parse(r.get(0));
                String code = r.get(1).strip().toUpperCase(Locale.ROOT);
                if (!CODE.matcher(code).matches()) {
                    throw new IllegalArgumentException("bad agent code '" + r.get(1) + "'");
                }
                boolean prefix = switch (r.get(2)) {
                    case "prefix" -> true;
                    case "suffix" -> false;
                    default -> throw new IllegalArgumentException("position is '" + r.get(2)
                        + "', want prefix or suffix");
                };
                Tsv.Source s = Tsv.source(r.get(3), file, r.line());
                entries.add(new AgentEntry(phrase, code, prefix, s.file(), s.line()));
            } catch (IllegalArgumentException e) {
                problems.add(new DictionaryProblem(file, r.line(), e.getMessage()));
            }
        }
        return new AgentDictionary(entries);
    }
}
