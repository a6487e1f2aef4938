package org.sitrep.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The `sitrep` command: one subcommand per verb. */
@Command(name = "sitrep", mixinStandardHelpOptions = true, version = "sitrep 0.1.0",
        description = "War reporting in, analyst-grade conflict events out.",
        subcommands = {ExtractCommand.class, EvalCommand.class, IngestCommand.class, ExportCommand.class, ControlCommand.class,
                ServeCommand.class, DemoCommand.class, BenchCommand.class, SparkCommand.class,
                GazetteerCommand.class, GeocodeCommand.class,
                CommandLine.HelpCommand.class})
public final class SitrepCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() { spec.commandLine().usage(System.out); }

    public static void main(String[] args) {
        System.exit(new CommandLine(new SitrepCommand()).execute(args));
    }
}
