package org.sitrep.spark;

import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.sitrep.DocumentTimeLimit;
import org.sitrep.ExtractionFailure;
import org.sitrep.Pipeline;
import org.sitrep.ingest.CorpusReader;
import org.sitrep.ingest.ReadOptions;
import org.sitrep.model.Event;
import org.sitrep.model.EventJson;
import scala.Tuple2;

import java.io.IOException;
import java.io.Serializable;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * The pipeline as a Spark batch job: every input file is read on the executors through {@link CorpusReader} (JSON
 * Lines, WARC, HTML, text), in {@code slices} slices per file so one big archive still spreads over the cluster;
 * each slice runs the executor's one shared {@link Pipeline}; the events go out as Parquet ({@code OUT/events.parquet})
 * and JSON Lines ({@code OUT/events.jsonl}, in input order), each line as `sitrep extract` writes it.
 *
 * <pre>
 * spark-submit --class org.sitrep.spark.SparkExtractJob sitrep-spark.jar [--pack DIR --shared DIR --gazetteer DIR] [--slices N] [--doc-time-limit 60s] -o OUT INPUT...
 * </pre>
 */
public final class SparkExtractJob implements Serializable {
    private static final long serialVersionUID = 1L;

    private final String pack, shared, gazetteer, country;
    /** The per-document time limit as text: it travels to the executors with the job. */
    private final String limit;

    public SparkExtractJob(Pipeline.Theatre theatre, DocumentTimeLimit limit) {
        this.pack = theatre.packDir().toAbsolutePath().toString();
        this.shared = theatre.sharedDir().toAbsolutePath().toString();
        this.gazetteer = theatre.gazetteerDir().toAbsolutePath().toString();
        this.country = theatre.countryCode();
        this.limit = limit.argument();
    }

    /** One slice of one input file: document k of the file belongs to slice {@code k % of}. */
    record Slice(int file, String path, int slice, int of) implements Serializable {}

    /**
     * Runs the job; returns the number of events written.
     *
     * @param out where Spark writes (any URI it can write: a folder, hdfs://, s3a://); the inputs, by contrast, are read
     *            with plain file I/O, so on a cluster they must sit on a file system every executor mounts
     */
    public long run(SparkSession spark, List<String> inputs, String out, int slices) throws IOException {
        List<String> files = files(inputs);
        if (files.isEmpty()) throw new IOException("no input files in " + inputs);
        List<Slice> work = new ArrayList<>();
        for (int f = 0; f < files.size(); f++) for (int s = 0; s < slices; s++) work.add(new Slice(f, files.get(f), s, slices));
        JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        String p = pack, sh = shared, g = gazetteer, c = country, l = limit;
        JavaRDD<Tuple2<String, String>> keyed = sc.parallelize(work, work.size())
                .flatMap(slice -> extract(slice, p, sh, g, c, DocumentTimeLimit.parse(l)))
                .persist(StorageLevel.MEMORY_AND_DISK()); // extraction is the expensive part: run it exactly once
        long n = keyed.count();
        // key = file, document and event position, zero-padded: sorting by it gives the order of `sitrep extract`
        Dataset<Row> lines = spark.createDataset(keyed.rdd(), Encoders.tuple(Encoders.STRING(), Encoders.STRING())).toDF("key", "json");
        // one sorted partition, no range sort: a range sort samples its input, which would extract everything twice
        lines.coalesce(1).sortWithinPartitions("key").select("json").write().mode(SaveMode.Overwrite).text(out + "/events.jsonl");
        Dataset<String> json = lines.select("json").as(Encoders.STRING());
        spark.read().json(json).write().mode(SaveMode.Overwrite).parquet(out + "/events.parquet");
        keyed.unpersist();
        return n;
    }

    private static Iterator<Tuple2<String, String>> extract(Slice slice, String pack, String shared, String gazetteer, String country,
                                                            DocumentTimeLimit limit) {
        Pipeline pipeline = PipelineHolder.get(pack, shared, gazetteer, country);
        List<Tuple2<String, String>> out = new ArrayList<>();
        int[] ordinal = {0};
        new CorpusReader(ReadOptions.defaults()).read(List.of(slice.path()), doc -> {
            int k = ordinal[0]++;
            if (k % slice.of() != slice.slice()) return;
            try {
                List<Event> events = limit.run(() -> pipeline.extract(doc));
                for (int i = 0; i < events.size(); i++) {
                    out.add(new Tuple2<>(String.format("%06d/%09d/%05d", slice.file(), k, i), EventJson.toLine(events.get(i))));
                }
            } catch (RuntimeException e) {
                System.err.println("sitrep: " + ExtractionFailure.of(doc, e));
            }
        }, err -> System.err.println("sitrep: " + err.origin() + ": " + err.reason()));
        return out.iterator();
    }

    /** Input files: folders expanded recursively in name order, hidden files skipped, as CorpusReader does. */
    static List<String> files(List<String> inputs) throws IOException {
        List<String> out = new ArrayList<>();
        for (String in : inputs) {
            Path p = Path.of(in);
            if (Files.isDirectory(p)) addFolder(p, out);
            else if (Files.exists(p)) out.add(in);
            else throw new IOException("no such file or directory: " + in);
        }
        return out;
    }

    private static void addFolder(Path dir, List<String> out) throws IOException {
        List<Path> entries = new ArrayList<>();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir)) {
            for (Path p : ds) entries.add(p);
        }
        entries.sort((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString()));
        for (Path p : entries) {
            if (p.getFileName().toString().startsWith(".")) continue;
            if (Files.isDirectory(p)) {
                if (!Files.isSymbolicLink(p)) addFolder(p, out);
            } else {
                out.add(p.toString());
            }
        }
    }

    public static void main(String[] args) throws IOException {
        SparkJobArguments a = SparkJobArguments.parse(args);
        SparkSession.Builder b = SparkSession.builder().appName("sitrep extract");
        // a local run has no cluster UI to serve (and `sitrep spark` ships no servlet container); spark-submit's own does
        if (a.master() != null) b = b.master(a.master()).config("spark.ui.enabled", "false");
        SparkSession spark = b.getOrCreate();
        try {
            long t0 = System.nanoTime();
            long n = new SparkExtractJob(a.theatre(), a.limit()).run(spark, a.inputs(), a.output(), a.slices() > 0 ? a.slices() : spark.sparkContext().defaultParallelism());
            System.err.printf("sitrep spark: %d events in %.1f s, written to %s%n", n, (System.nanoTime() - t0) / 1e9, a.output());
        } finally {
            spark.stop();
        }
    }
}
