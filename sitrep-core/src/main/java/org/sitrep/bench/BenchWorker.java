package org.sitrep.bench;

import org.sitrep.DocumentTimeLimit;
import org.sitrep.ExtractionFailure;
import org.sitrep.Pipeline;
import org.sitrep.model.Document;
import org.sitrep.model.Event;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * One side of `sitrep bench`, alone in its own JVM so that its peak RSS is its own: loads its models, warms up on
 * the first documents, times the rest with N threads in batches until they run out or the time budget is spent
 * (so a busy machine gives fewer articles, not a longer run), and writes a {@link Throughput} file.
 *
 * <pre>java -cp CLASSPATH org.sitrep.bench.BenchWorker fast|thorough|baseline DOCS.jsonl THREADS WARMUP OUT.json PACK SHARED GAZETTEER COUNTRY SECONDS DOC_TIME_LIMIT</pre>
 */
public final class BenchWorker {
    private BenchWorker() {}

    public static void main(String[] args) throws Exception {
        if (args.length != 11) {
            System.err.println("usage: BenchWorker fast|thorough|baseline DOCS.jsonl THREADS WARMUP OUT.json PACK SHARED GAZETTEER COUNTRY SECONDS DOC_TIME_LIMIT");
            System.exit(2);
        }
        String path = args[0];
        List<Document> docs = DocumentLines.read(List.of(args[1]));
        int threads = Integer.parseInt(args[2]);
        int warmup = Math.min(Integer.parseInt(args[3]), docs.size() / 2);
        Path out = Path.of(args[4]);
        Pipeline.Theatre theatre = new Pipeline.Theatre(Path.of(args[5]), Path.of(args[6]), Path.of(args[7]), args[8]);
        double budget = Double.parseDouble(args[9]);
        DocumentTimeLimit limit = DocumentTimeLimit.parse(args[10]);
        List<Document> warm = docs.subList(0, warmup), timed = docs.subList(warmup, docs.size());
        int batch = 25 * threads; // big enough that the idle tail of each batch is lost in the noise
        long t0 = System.nanoTime();
        Throughput result;
        switch (path) {
            case "fast", "thorough" -> {
                try (Pipeline p = path.equals("fast") ? Pipeline.open(theatre) : Pipeline.openThorough(theatre)) {
                    ParallelExtractor x = new ParallelExtractor(p, threads, limit);
                    x.extract(warm, (d, e) -> {});
                    double load = (System.nanoTime() - t0) / 1e9;
                    long t1 = System.nanoTime();
                    int done = 0, events = 0;
                    long words = 0;
                    while (done < timed.size() && (budget <= 0 || (System.nanoTime() - t1) / 1e9 < budget)) {
                        List<Document> next = timed.subList(done, Math.min(timed.size(), done + batch));
                        for (List<Event> es : x.extract(next, (d, e) -> System.err.println("sitrep: " + ExtractionFailure.of(d, e)))) {
                            events += es.size();
                        }
                        for (Document d : next) words += Throughput.words(d.text());
                        done += next.size();
                    }
                    double secs = (System.nanoTime() - t1) / 1e9;
                    result = new Throughput(path, threads, done, words, events, load, secs, PeakMemory.peakRssMb());
                }
            }
            case "baseline" -> {
                BaselineAnnotator b = new BaselineAnnotator();
                annotateAll(b, warm, threads);
                double load = (System.nanoTime() - t0) / 1e9;
                long t1 = System.nanoTime();
                int done = 0;
                long words = 0;
                while (done < timed.size() && (budget <= 0 || (System.nanoTime() - t1) / 1e9 < budget)) {
                    List<Document> next = timed.subList(done, Math.min(timed.size(), done + 4 * threads));
                    annotateAll(b, next, threads);
                    for (Document d : next) words += Throughput.words(d.text());
                    done += next.size();
                }
                double secs = (System.nanoTime() - t1) / 1e9;
                result = new Throughput(path, threads, done, words, 0, load, secs, PeakMemory.peakRssMb());
            }
            default -> throw new IllegalArgumentException("unknown path " + path + " (fast, thorough or baseline)");
        }
        result.write(out);
    }

    private static void annotateAll(BaselineAnnotator b, List<Document> docs, int threads) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Integer>> pending = new ArrayList<>();
            for (Document d : docs) pending.add(pool.submit(() -> b.annotate(d)));
            for (Future<Integer> f : pending) f.get();
        } finally {
            pool.shutdownNow();
        }
    }
}
