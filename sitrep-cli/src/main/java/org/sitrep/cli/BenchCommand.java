package org.sitrep.cli;

import org.sitrep.ExtractionFailure;
import org.sitrep.Pipeline;
import org.sitrep.bench.BenchSummary;
import org.sitrep.bench.ChildJvm;
import org.sitrep.bench.DocumentLines;
import org.sitrep.bench.GoldScore;
import org.sitrep.bench.ParallelExtractor;
import org.sitrep.bench.ReportRecombiner;
import org.sitrep.bench.Throughput;
import org.sitrep.model.Document;
import org.sitrep.model.Event;
import org.sitrep.model.EventJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

/** `sitrep bench`: the fast path against CoreNLP's full pipeline on the same documents, and both paths against gold. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measures the fast path and the baseline (CoreNLP's default full pipeline: " + "tokenize,ssplit,pos,lemma,ner,depparse over every sentence)",
                "on the same documents, each in its own JVM; scores the fast and the thorough path against gold.",
                "With no CORPUS: distinct documents recombined from the paragraphs of ../shared/corpus/*.jsonl."})
public final class BenchCommand implements Callable<Integer> {
    @Parameters(arity = "0..*", paramLabel = "CORPUS", description = "files or folders of articles (default: recombined reports)")
    List<String> corpus = new ArrayList<>();

    @Option(names = "--threads", defaultValue = "2", description = "threads for every path (default: ${DEFAULT-VALUE})")
    int threads;

    @Option(names = "--documents", defaultValue = "2000", description = "recombined documents for the fast path (default: ${DEFAULT-VALUE})")
    int documents;

    @Option(names = "--seconds", defaultValue = "60", description = "time budget of each side's timed run; it stops after the batch that passes it (0: no limit; default: ${DEFAULT-VALUE})")
    double seconds;

    @Option(names = "--baseline-documents", defaultValue = "40", description = "the baseline's sample: the first N of the fast path's documents (default: ${DEFAULT-VALUE})")
    int baselineDocuments;

    @Option(names = "--warmup", defaultValue = "20", description = "extra documents run before the clock starts (default: ${DEFAULT-VALUE})")
    int warmup;

    @Option(names = "--seed", defaultValue = "7", description = "seed of the recombination (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--gold", description = "gold file (repeat; pairs with --gold-corpus; default: both development sets)")
    List<Path> gold = new ArrayList<>();

    @Option(names = "--gold-corpus", description = "the articles of the matching --gold")
    List<Path> goldCorpus = new ArrayList<>();

    @Option(names = "--fast-heap", defaultValue = "1200m", description = "-Xmx of the fast path's JVM (default: ${DEFAULT-VALUE})")
    String fastHeap;

    @Option(names = "--baseline-heap", defaultValue = "3g", description = "-Xmx of the baseline's JVM (default: ${DEFAULT-VALUE})")
    String baselineHeap;

    @Mixin
    DocumentTimeLimitOption timeLimit;

    @Mixin
    TheatreOptions theatre;

    @Override
    public Integer call() throws IOException {
        PrintStream out = System.out;
        if (gold.size() != goldCorpus.size()) {
            System.err.println("sitrep bench: every --gold needs its --gold-corpus (" + gold.size() + " gold, " + goldCorpus.size() + " corpora)");
            return 2;
        }
        if (threads < 1 || documents < 1 || baselineDocuments < 1 || warmup < 0) {
            System.err.println("sitrep bench: --threads, --documents and --baseline-documents must be positive, --warmup not negative");
            return 2;
        }
        Pipeline.Theatre t = theatre.theatre();
        List<Document> docs = documents(t, out);
        if (docs.size() <= warmup) {
            System.err.println("sitrep bench: " + docs.size() + " documents read, need more than the " + warmup + " of the warm-up");
            return 1;
        }
        Path dir = Files.createTempDirectory("sitrep-bench");
        try {
            Path fastDocs = dir.resolve("fast.jsonl"), baselineDocs = dir.resolve("baseline.jsonl");
            DocumentLines.write(docs, fastDocs);
            int baseWarm = Math.min(2, warmup);
            List<Document> sample = new ArrayList<>(docs.subList(warmup - baseWarm, Math.min(docs.size(), warmup + baselineDocuments)));
            DocumentLines.write(sample, baselineDocs);

            out.printf("machine: %d cores, Java %s; threads %d; load average %s; tokens are whitespace-separated words, the same count for both sides%n",
                    Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"), threads, loadAverage());
            ChildJvm fastJvm = new ChildJvm(fastHeap), baselineJvm = new ChildJvm(baselineHeap);
            out.println("fast path (own JVM, " + String.join(" ", fastJvm.options()) + ")...");
            Throughput fast = fastJvm.run("fast", fastDocs, threads, warmup, seconds, timeLimit.limit, t);
            print(out, fast);
            out.println("baseline, " + org.sitrep.bench.BaselineAnnotator.ANNOTATORS + " (own JVM, " + String.join(" ", baselineJvm.options()) + ")...");
            Throughput base = baselineJvm.run("baseline", baselineDocs, threads, baseWarm, seconds, timeLimit.limit, t);
            print(out, base);

            out.println("scoring the fast and the thorough path against gold...");
            GoldScore[] scores = scores(t, dir, out);
            BenchSummary s = new BenchSummary(fast.articlesPerSecond(), base.articlesPerSecond(), scores[0].f1(), scores[1].f1(),
                    fast.peakRssMb(), base.peakRssMb());
            out.println(s.line());
            return 0;
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private List<Document> documents(Pipeline.Theatre t, PrintStream out) throws IOException {
        if (!corpus.isEmpty()) {
            List<Document> docs = DocumentLines.read(corpus);
            out.printf("corpus: %d documents from %s%n", docs.size(), String.join(" ", corpus));
            return docs;
        }
        List<String> sources = new ArrayList<>();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(t.sharedDir().resolve("corpus"), "*.jsonl")) {
            for (Path p : ds) sources.add(p.toString());
        }
        sources.sort(null);
        ReportRecombiner r = new ReportRecombiner(DocumentLines.read(sources));
        List<Document> docs = r.recombine(documents + warmup, seed);
        out.printf("corpus: %d distinct documents recombined (seed %d) from %d paragraphs of %s%n", docs.size(), seed, r.paragraphs(),
                t.sharedDir().resolve("corpus"));
        return docs;
    }

    /** [fast, thorough] counts summed over every gold set. */
    private GoldScore[] scores(Pipeline.Theatre t, Path dir, PrintStream out) throws IOException {
        List<Path> golds = gold, corpora = goldCorpus;
        if (golds.isEmpty()) {
            Path shared = t.sharedDir();
            golds = List.of(shared.resolve("eval/seeds.gold.jsonl"), shared.resolve("eval/re3d-conflict.gold.jsonl"));
            corpora = List.of(shared.resolve("corpus/seeds.jsonl"), shared.resolve("corpus/re3d-conflict.jsonl"));
        }
        Path script = t.sharedDir().resolve("eval/score.py");
        GoldScore[] total = {GoldScore.NONE, GoldScore.NONE};
        String[] names = {"fast", "thorough"};
        for (int k = 0; k < 2; k++) {
            try (Pipeline p = k == 0 ? Pipeline.open(t) : Pipeline.openThorough(t)) {
                ParallelExtractor x = new ParallelExtractor(p, threads, timeLimit.limit);
                for (int i = 0; i < golds.size(); i++) {
                    List<Document> docs = DocumentLines.read(List.of(corpora.get(i).toString()));
                    List<List<Event>> events = x.extract(docs, (d, e) -> System.err.println("sitrep: " + ExtractionFailure.of(d, e)));
                    Path pred = dir.resolve(names[k] + "-" + i + ".jsonl");
                    try (BufferedWriter w = Files.newBufferedWriter(pred, StandardCharsets.UTF_8)) {
                        for (List<Event> es : events) for (Event e : es) { w.write(EventJson.toLine(e)); w.write('\n'); }
                    }
                    GoldScore s = GoldScore.score(script, golds.get(i), pred);
                    out.printf(Locale.ROOT, "  %-8s %-40s F1 %.3f (tp %d, fp %d, fn %d)%n", names[k], golds.get(i).getFileName(), s.f1(), s.tp(), s.fp(), s.fn());
                    total[k] = total[k].plus(s);
                }
            }
            out.printf(Locale.ROOT, "  %-8s all gold sets together: F1 %.3f%n", names[k], total[k].f1());
        }
        return total;
    }

    /** The machine's 1-minute load before the run: figures from a shared, busy machine are not a quiet machine's. */
    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    private static void print(PrintStream out, Throughput r) {
        out.printf(Locale.ROOT, "  %-8s %d articles, %d tokens in %.1f s (after %.1f s loading and warm-up): %.2f articles/s, %.0f tokens/s, peak RSS %d MB, %d threads%n",
                r.path(), r.articles(), r.words(), r.seconds(), r.loadSeconds(), r.articlesPerSecond(), r.wordsPerSecond(), r.peakRssMb(), r.threads());
        // the load can change during a side's minute (other jobs starting): the figure after it says whether it did
        out.println("           load average after it: " + loadAverage());
    }
}
