package org.dyad.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.dyad.article.Article;
import org.dyad.text.Dependency;
import org.dyad.text.ParsedDocument;
import org.dyad.text.Sentence;
import org.dyad.text.Token;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code dyad parse}: prints what the NLP layer made of the articles, as CoNLL-U. */
@Command(name = "parse", mixinStandardHelpOptions = true,
        description = "Parse articles and print tokens, POS, NER and dependencies as CoNLL-U (for debugging patterns).")
final class ParseCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files, folders, or - for standard input.")
    List<String> inputs;

    @picocli.CommandLine.Mixin LimitOptions limitOptions;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        org.dyad.pipeline.Limits limits = limitOptions.limits(spec);
        Inputs.Result read = Inputs.read(inputs, limits.maxChars(), spec.commandLine().getErr());
        var parser = org.dyad.Dyad.builder().limits(limits).build().parser();
        for (Article a : read.articles()) {
            ParsedDocument doc = parser.parse(a);
            doc.warnings().forEach(w -> spec.commandLine().getErr().println("dyad: warning: " + w));
            out.println("# doc_id = " + a.id());
            for (Sentence s : doc.sentences()) {
                out.println("# sent_id = " + s.index());
                out.println("# text = " + s.text().replace('\n', ' '));
                for (Token t : s.tokens()) {
                    String head = s.head(t.index()).map(d -> Integer.toString(d.governor() + 1)).orElse("_");
                    String rel = s.head(t.index()).map(Dependency::relation).orElse("_");
                    out.printf("%d\t%s\t%s\t%s\t_\tNER=%s\t%s\t%s\t_\tstart=%d|end=%d%n", t.index() + 1, t.word(),
                            t.lemma(), t.pos(), t.ner(), head, rel, t.start(), t.end());
                }
                out.println();
            }
        }
        out.flush();
        return read.errors().isEmpty() ? 0 : ExitCodes.INPUT_ERRORS;
    }
}
