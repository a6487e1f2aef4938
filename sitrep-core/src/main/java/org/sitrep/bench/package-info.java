/**
 * `sitrep bench`: the fast path against CoreNLP's full pipeline on the same documents, each side alone in its own JVM
 * ({@link org.sitrep.bench.ChildJvm}, {@link org.sitrep.bench.BenchWorker}) so peak RSS ({@link org.sitrep.bench.PeakMemory})
 * is its own; documents recombined from real reports ({@link org.sitrep.bench.ReportRecombiner}) so no two are alike;
 * the fast and thorough paths scored against gold by ../shared/eval/score.py ({@link org.sitrep.bench.GoldScore});
 * documents through one shared pipeline on N threads, output in input order ({@link org.sitrep.bench.ParallelExtractor}).
 */
package org.sitrep.bench;
