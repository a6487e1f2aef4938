/**
 * The pipeline as an Apache Spark batch job ({@link org.sitrep.spark.SparkExtractJob}): inputs read on the executors
 * through CorpusReader, one Pipeline per executor JVM, events written as Parquet and JSON Lines in input order, the
 * same lines `sitrep extract` writes.
 */
package org.sitrep.spark;
