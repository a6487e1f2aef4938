/**
 * Ingest: articles in, {@link org.sitrep.model.Document}s out.
 *
 * <p>Reads plain text, HTML, JSON Lines corpora and WARC crawls (files, directories, standard input)
 * through {@link org.sitrep.ingest.CorpusReader}; adds the cleaned text (site furniture removed by
 * {@link org.sitrep.ingest.BoilerplateRemover}, invisible control characters dropped), title, url,
 * source and published date. Reads no NLP and knows nothing of later stages. Every bad document
 * becomes one {@link org.sitrep.ingest.ReadError}; the batch always goes on.
 *
 * <p>Knowledge is data: {@code boilerplate.tsv} (furniture paragraphs) and {@code page-furniture.txt}
 * (HTML elements that hold no article) beside these classes.
 */
package org.sitrep.ingest;
