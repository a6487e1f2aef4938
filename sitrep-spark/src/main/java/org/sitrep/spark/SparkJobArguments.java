package org.sitrep.spark;

import org.sitrep.DocumentTimeLimit;
import org.sitrep.Pipeline;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The job's command line (spark-submit passes it through as is): inputs, -o OUT, optional --master, --slices,
 * --doc-time-limit (default 60 s) and the theatre's folders (default: the Syria pack beside {@code -Dsitrep.home}, or
 * the working folder).
 */
record SparkJobArguments(List<String> inputs, String output, String master, int slices, Pipeline.Theatre theatre,
                         DocumentTimeLimit limit) {

    static SparkJobArguments parse(String[] args) {
        List<String> inputs = new ArrayList<>();
        String out = null;
        Path pack = null, shared = null, gazetteer = null;
        String master = null;
        int slices = 0;
        DocumentTimeLimit limit = DocumentTimeLimit.of(DocumentTimeLimit.DEFAULT);
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "-o", "--output" -> out = value(args, ++i, a);
                case "--master" -> master = value(args, ++i, a);
                case "--slices" -> slices = Integer.parseInt(value(args, ++i, a));
                case "--pack" -> pack = Path.of(value(args, ++i, a));
                case "--shared" -> shared = Path.of(value(args, ++i, a));
                case "--gazetteer" -> gazetteer = Path.of(value(args, ++i, a));
                case "--doc-time-limit" -> limit = DocumentTimeLimit.parse(value(args, ++i, a));
                default -> {
                    if (a.startsWith("--")) throw new IllegalArgumentException("unknown option " + a);
                    inputs.add(a);
                }
            }
        }
        if (out == null) throw new IllegalArgumentException("missing -o OUT (the output folder)");
        if (inputs.isEmpty()) throw new IllegalArgumentException("missing INPUT (files or folders of articles)");
        // the layout of Pipeline.Theatre.syria, without its check: a cluster passes every folder explicitly
        Path home = Path.of(System.getProperty("sitrep.home", ".")).toAbsolutePath().normalize();
        Pipeline.Theatre t = new Pipeline.Theatre(pack == null ? home.resolve("packs/syria") : pack,
                shared == null ? home.resolve("../shared").normalize() : shared,
                gazetteer == null ? home.resolve(".sitrep/gazetteer") : gazetteer, "SY");
        return new SparkJobArguments(List.copyOf(inputs), out, master, slices, t, limit);
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) throw new IllegalArgumentException(option + " needs a value");
        return args[i];
    }
}
