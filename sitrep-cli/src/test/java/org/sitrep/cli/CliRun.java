package org.sitrep.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

import picocli.CommandLine;

/** Runs a command in-process and keeps what it printed. */
record CliRun(int exit, String out, String err) {
    static CliRun of(Object command, String... args) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        CommandLine cl = new CommandLine(command);
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int exit = cl.execute(args);
        return new CliRun(exit, out.toString(), err.toString());
    }

    static Path shared() {
        String p = System.getProperty("sitrep.shared");
        return (p != null ? Path.of(p) : Path.of("").toAbsolutePath().getParent().resolve("../shared")).normalize();
    }

    /** The core module's test pack (a few anchors in the places.tsv format). */
    static Path testPack() {
        return Path.of("").toAbsolutePath().getParent().resolve("sitrep-core/src/test/resources/org/sitrep/geo");
    }
}
