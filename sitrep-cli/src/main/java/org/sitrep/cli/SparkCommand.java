package org.sitrep.cli;

import org.sitrep.Pipeline;
import org.sitrep.spark.JavaOpens;
import org.sitrep.spark.SparkExtractJob;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * `sitrep spark`: the Spark batch job on this machine (or a master you name). Runs the job in a child JVM because
 * Spark needs --add-opens flags on Java 17 that the launcher's JVM was not started with.
 */
@Command(name = "spark", mixinStandardHelpOptions = true,
        description = {"Runs extraction as an Apache Spark job: articles (.jsonl, .warc[.gz], .html, .txt, folders) in,",
                "events out as OUT/events.parquet and OUT/events.jsonl (the same events as `sitrep extract`).",
                "On a cluster use spark-submit --class " + "org.sitrep.spark.SparkExtractJob instead."})
public final class SparkCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "files or folders")
    List<String> inputs;

    @Option(names = {"-o", "--output"}, required = true, description = "output folder")
    Path output;

    @Option(names = "--master", defaultValue = "local[*]", description = "Spark master (default: ${DEFAULT-VALUE})")
    String master;

    @Option(names = "--slices", defaultValue = "0", description = "slices per input file (default: the master's parallelism)")
    int slices;

    @Option(names = "--heap", defaultValue = "4g", description = "-Xmx of the driver JVM, which holds the local executors (default: ${DEFAULT-VALUE})")
    String heap;

    @Mixin
    DocumentTimeLimitOption timeLimit;

    @Mixin
    TheatreOptions theatre;

    @Override
    public Integer call() throws IOException, InterruptedException {
        Pipeline.Theatre t = theatre.theatre();
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-Xmx" + heap);
        cmd.addAll(JavaOpens.FLAGS);
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), SparkExtractJob.class.getName(),
                "--master", master, "-o", output.toString(), "--slices", Integer.toString(slices),
                "--doc-time-limit", timeLimit.limit.argument(),
                "--pack", t.packDir().toString(), "--shared", t.sharedDir().toString(), "--gazetteer", t.gazetteerDir().toString()));
        cmd.addAll(inputs);
        return new ProcessBuilder(cmd).inheritIO().start().waitFor();
    }
}
