package org.sitrep.bench;

import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import org.sitrep.model.Document;

import java.util.Properties;

/**
 * The yardstick: CoreNLP's default full pipeline (tokenize, ssplit, pos, lemma, fine-grained NER, depparse) over
 * every sentence, as a user of CoreNLP alone would run it. One instance serves any number of threads.
 */
public final class BaselineAnnotator {
    public static final String ANNOTATORS = "tokenize,ssplit,pos,lemma,ner,depparse";

    private final StanfordCoreNLP corenlp;

    public BaselineAnnotator() {
        Properties p = new Properties();
        p.setProperty("annotators", ANNOTATORS);
        corenlp = new StanfordCoreNLP(p);
    }

    /** Annotates the whole document; returns its token count. */
    public int annotate(Document doc) {
        Annotation a = new Annotation(doc.text());
        corenlp.annotate(a);
        var tokens = a.get(edu.stanford.nlp.ling.CoreAnnotations.TokensAnnotation.class);
        return tokens == null ? 0 : tokens.size();
    }
}
