package org.sitrep.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.util.CoreMap;
import org.sitrep.model.Document;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.function.Predicate;

/**
 * The one place that knows CoreNLP. Splitting is cheap and done for every sentence; tagging and dependency
 * parsing (the expensive part: ~90% of the time) only for the sentences a caller asks for, so a document
 * without event candidates costs almost nothing.
 *
 * <p>Thread-safe: CoreNLP's pipelines may be shared across threads; models load once per JVM ({@link #shared()}).
 */
public final class Analyser {
    private static volatile Analyser shared;

    private final StanfordCoreNLP splitter;
    private final StanfordCoreNLP parser;

    private Analyser() {
        splitter = new StanfordCoreNLP(props("tokenize,ssplit"));
        Properties p = props("tokenize,ssplit,pos,lemma,depparse");
        p.setProperty("ssplit.isOneSentence", "true");
        parser = new StanfordCoreNLP(p);
    }

    /** The JVM's analyser: loading the models takes seconds and a gigabyte, so do it once. */
    public static Analyser shared() {
        Analyser a = shared;
        if (a == null) {
            synchronized (Analyser.class) {
                if (shared == null) shared = new Analyser();
                a = shared;
            }
        }
        return a;
    }

    private static Properties props(String annotators) {
        Properties p = new Properties();
        p.setProperty("annotators", annotators);
        // keep quotes and brackets as written: lexicons and gazetteers match the original text
        p.setProperty("tokenize.options", "untokenizable=noneDelete,normalizeParentheses=false,normalizeOtherBrackets=false,quotes=ascii,ellipses=unicode,dashes=unicode");
        // a blank line always ends a sentence (headline, paragraphs, bullet lists of press releases)
        p.setProperty("ssplit.newlineIsSentenceBreak", "two");
        p.setProperty("depparse.extradependencies", "MAXIMAL");
        p.setProperty("threads", "1");
        return p;
    }

    /** Splits a document into sentences and tokens; parses the sentences {@code parseIf} accepts. */
    public AnalysedDocument analyse(Document doc, Predicate<Sentence> parseIf) {
        List<Sentence> split = split(doc.text());
        List<Sentence> out = new ArrayList<>(split.size());
        for (Sentence s : split) {
            if (Thread.currentThread().isInterrupted()) throw new java.util.concurrent.CancellationException("interrupted between sentences"); // a document over its time limit stops here
            out.add(parseIf.test(s) ? parse(doc.text(), s) : s);
        }
        return new AnalysedDocument(doc, out);
    }

    /** Tokens and sentences only; lemmas are lower-cased words, no tags. */
    public List<Sentence> split(String text) {
        Annotation a = new Annotation(text);
        splitter.annotate(a);
        List<Sentence> out = new ArrayList<>();
        for (CoreMap cm : a.get(CoreAnnotations.SentencesAnnotation.class)) {
            List<CoreLabel> labels = cm.get(CoreAnnotations.TokensAnnotation.class);
            if (labels.isEmpty()) continue;
            List<Token> tokens = new ArrayList<>(labels.size());
            for (CoreLabel l : labels) {
                String w = original(l);
                tokens.add(new Token(tokens.size(), w, w.toLowerCase(Locale.ROOT), "", l.beginPosition(), l.endPosition()));
            }
            int begin = tokens.get(0).begin(), end = tokens.get(tokens.size() - 1).end();
            out.add(new Sentence(out.size(), begin, end, text.substring(begin, end), tokens, List.of(), false));
        }
        return out;
    }

    /** Tags, lemmatises and parses one sentence of {@code text}; offsets stay document offsets. */
    public Sentence parse(String text, Sentence s) {
        Annotation a = new Annotation(s.text());
        parser.annotate(a);
        List<CoreMap> sentences = a.get(CoreAnnotations.SentencesAnnotation.class);
        if (sentences.isEmpty()) return s;
        CoreMap cm = sentences.get(0);
        List<CoreLabel> labels = cm.get(CoreAnnotations.TokensAnnotation.class);
        List<Token> tokens = new ArrayList<>(labels.size());
        for (CoreLabel l : labels) {
            String lemma = l.lemma() == null ? original(l) : l.lemma();
            tokens.add(new Token(tokens.size(), original(l), lemma.toLowerCase(Locale.ROOT), l.tag() == null ? "" : l.tag(),
                    s.begin() + l.beginPosition(), s.begin() + l.endPosition()));
        }
        List<Dependency> deps = new ArrayList<>();
        SemanticGraph g = cm.get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class);
        if (g != null) {
            for (IndexedWord root : g.getRoots()) deps.add(new Dependency(-1, root.index() - 1, "root"));
            for (SemanticGraphEdge e : g.edgeIterable()) {
                deps.add(new Dependency(e.getGovernor().index() - 1, e.getDependent().index() - 1,
                        e.getRelation().toString().toLowerCase(Locale.ROOT)));
            }
        }
        return new Sentence(s.index(), s.begin(), s.end(), s.text(), tokens, deps, true);
    }

    private static String original(CoreLabel l) {
        String o = l.originalText();
        return o == null || o.isEmpty() ? l.word() : o;
    }
}
