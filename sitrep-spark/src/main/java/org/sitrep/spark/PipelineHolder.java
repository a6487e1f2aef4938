package org.sitrep.spark;

import org.sitrep.Pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * The executor's one {@link Pipeline}: the models take seconds and a gigabyte to load, so every task on an executor
 * shares the first one built (the pipeline is thread-safe). A static field, because Spark ships closures, not objects
 * that big.
 */
final class PipelineHolder {
    private static Pipeline pipeline;
    private static String key;

    private PipelineHolder() {}

    /** The pipeline for this theatre (pack, shared, gazetteer, country; as strings so tasks can carry them). */
    static synchronized Pipeline get(String pack, String shared, String gazetteer, String country) {
        String k = pack + "|" + shared + "|" + gazetteer + "|" + country;
        if (pipeline == null || !k.equals(key)) {
            try {
                if (pipeline != null) pipeline.close();
                pipeline = Pipeline.open(new Pipeline.Theatre(Path.of(pack), Path.of(shared), Path.of(gazetteer), country));
                key = k;
            } catch (IOException e) {
                throw new UncheckedIOException("cannot open the sitrep pipeline on this executor", e);
            }
        }
        return pipeline;
    }
}
