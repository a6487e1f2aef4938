package org.sitrep.cli;

import picocli.CommandLine.Command;

import java.util.concurrent.Callable;

/** `sitrep eval`: extraction scored against gold. */
@Command(name = "eval", mixinStandardHelpOptions = true, description = "Scores extraction against a gold file.")
public final class EvalCommand implements Callable<Integer> {
    @Override
    public Integer call() { return 0; }
}
