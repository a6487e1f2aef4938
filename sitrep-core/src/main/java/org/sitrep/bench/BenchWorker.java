package org.sitrep.bench;

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
 * the first documents, times the rest with N threads, and writes a {@link Throughput} file.
 *
 * <pre>java -cp CLASSPATH org.sitrep.bench.BenchWorker fast|thorough|baseline DOCS.jsonl THREADS WARMUP OUT.json PACK SHARED GAZETTEER COUNTRY</pre>
 */
public final class BenchWorker {
    private BenchWorker() {}

    public static void main(String[] args) throws Exception {
        if (args.length != 9) {
            System.err.println("usage: BenchWorker fast|thorough|baseline DOCS.jsonl THREADS WARMUP OUT.json PACK SHARED GAZETTEER COUNTRY");
            System.exit(2);
        }
        String path = args[0];
        List<Document> docs = DocumentLines.read(List.of(args[1]));
        int threads = Integer.parseInt(args[2]);
        int warmup = Math.min(Integer.parseInt(args[3]), docs.size() / 2);
        Path out = Path.of(args[4]);
        Pipeline.Theatre theatre = new Pipeline.Theatre(Path.of(args[5]), Path.of(args[6]), Path.of(args[7]), args[8]);
        List<Document> warm = docs.subList(0, warmup), timed = docs.subList(warmup, docs.size());
        long words = 0;
        for (Document d : timed) words += Throughput.words(d.text());
        long t0 = System.nanoTime();
        Throughput result;
        switch (path) {
            case "fast", "thorough" -> {
                try (Pipeline p = path.equals("fast") ? Pipeline.open(theatre) : Pipeline.openThorough(theatre)) {
                    ParallelExtractor x = new ParallelExtractor(p, threads);
                    x.extract(warm, (d, e) -> {});
                    double load = (System.nanoTime() - t0) / 1e9;
                    long t1 = System.nanoTime();
                    List<List<Event>> events = x.extract(timed, (d, e) -> System.err.println("sitrep: " + d.origin() + ": could not be coded: " + e));
                    double secs = (System.nanoTime() - t1) / 1e9;
                    int n = events.stream().mapToInt(List::size).sum();
                    result = new Throughput(path, threads, timed.size(), words, n, load, secs, PeakMemory.peakRssMb());
                }
            }
            case "baseline" -> {
                BaselineAnnotator b = new BaselineAnnotator();
                annotateAll(b, warm, threads);
                double load = (System.nanoTime() - t0) / 1e9;
                long t1 = System.nanoTime();
                annotateAll(b, timed, threads);
                double secs = (System.nanoTime() - t1) / 1e9;
                result = new Throughput(path, threads, timed.size(), words, 0, load, secs, PeakMemory.peakRssMb());
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
