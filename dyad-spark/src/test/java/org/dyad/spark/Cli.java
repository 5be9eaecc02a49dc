package org.dyad.spark;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.dyad.cli.Main;
import picocli.CommandLine;

/** The dyad command line run in this JVM (its Dyad shares this JVM's CoreNLP models with the job's executors). */
record Cli(int exit, String out, String err) {
    static Cli run(String... args) {
        CommandLine cl = Main.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int exit = cl.execute(args);
        return new Cli(exit, out.toString(), err.toString());
    }
}
