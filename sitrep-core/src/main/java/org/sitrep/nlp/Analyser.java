package org.sitrep.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.MorphaAnnotator;
import edu.stanford.nlp.pipeline.POSTaggerAnnotator;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.semgraph.SemanticGraphFactory;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.util.CoreMap;
import org.sitrep.model.Document;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

/**
 * The one place that knows CoreNLP. Splitting is cheap and done for every sentence; tagging only for the sentences
 * the {@link ParseGate} lets through on their words, and the dependency parse (the expensive part) only for those it
 * still lets through on their lemmas and tags. Each step works on the tokens of the split: nothing is tokenized
 * twice.
 *
 * <p>Thread-safe: the models may be shared across threads; they load once per JVM ({@link #shared()}).
 */
public final class Analyser {
    private static volatile Analyser shared;

    private final StanfordCoreNLP splitter;
    private final POSTaggerAnnotator tagger;
    private final MorphaAnnotator lemmatiser = new MorphaAnnotator(false);
    private final TransitionParser parser;

    private Analyser() {
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize,ssplit");
        // keep quotes and brackets as written: lexicons and gazetteers match the original text
        p.setProperty("tokenize.options", "untokenizable=noneDelete,normalizeParentheses=false,normalizeOtherBrackets=false,quotes=ascii,ellipses=unicode,dashes=unicode");
        // a blank line always ends a sentence (headline, paragraphs, bullet lists of press releases)
        p.setProperty("ssplit.newlineIsSentenceBreak", "two");
        p.setProperty("threads", "1");
        splitter = new StanfordCoreNLP(p);
        tagger = new POSTaggerAnnotator("pos", new Properties());
        parser = new TransitionParser();
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

    /** Splits a document into sentences and tokens; tags and parses the sentences {@code gate} lets through. */
    public AnalysedDocument analyse(Document doc, ParseGate gate) {
        String text = doc.text();
        List<Sentence> out = new ArrayList<>();
        for (CoreMap cm : splitCoreNlp(text)) {
            // a document over its time limit stops here
            if (Thread.currentThread().isInterrupted()) throw new java.util.concurrent.CancellationException("interrupted between sentences");
            Sentence s = words(text, cm, out.size());
            if (s == null) continue;
            if (gate.worthTagging(s)) {
                s = tagged(cm, s);
                if (gate.worthParsing(s)) s = parsed(cm, s);
            }
            out.add(s);
        }
        return new AnalysedDocument(doc, out);
    }

    /** Tokens and sentences only; lemmas are lower-cased words, no tags. */
    public List<Sentence> split(String text) {
        List<Sentence> out = new ArrayList<>();
        for (CoreMap cm : splitCoreNlp(text)) {
            Sentence s = words(text, cm, out.size());
            if (s != null) out.add(s);
        }
        return out;
    }

    private List<CoreMap> splitCoreNlp(String text) {
        Annotation a = new Annotation(text);
        splitter.annotate(a);
        return a.get(CoreAnnotations.SentencesAnnotation.class);
    }

    private static Sentence words(String text, CoreMap cm, int index) {
        List<CoreLabel> labels = cm.get(CoreAnnotations.TokensAnnotation.class);
        if (labels.isEmpty()) return null;
        List<Token> tokens = new ArrayList<>(labels.size());
        for (CoreLabel l : labels) {
            String w = original(l);
            tokens.add(new Token(tokens.size(), w, w.toLowerCase(Locale.ROOT), "", l.beginPosition(), l.endPosition()));
        }
        int begin = tokens.get(0).begin(), end = tokens.get(tokens.size() - 1).end();
        return new Sentence(index, begin, end, text.substring(begin, end), tokens, List.of(), false);
    }

    /** Adds tags and lemmas to the split's own tokens (CoreNLP writes them onto the labels). */
    private Sentence tagged(CoreMap cm, Sentence s) {
        Annotation one = new Annotation(s.text());
        one.set(CoreAnnotations.TokensAnnotation.class, cm.get(CoreAnnotations.TokensAnnotation.class));
        one.set(CoreAnnotations.SentencesAnnotation.class, List.of(cm));
        tagger.annotate(one);
        lemmatiser.annotate(one);
        List<CoreLabel> labels = cm.get(CoreAnnotations.TokensAnnotation.class);
        List<Token> tokens = new ArrayList<>(labels.size());
        for (CoreLabel l : labels) {
            String lemma = l.lemma() == null ? original(l) : l.lemma();
            tokens.add(new Token(tokens.size(), original(l), lemma.toLowerCase(Locale.ROOT), l.tag() == null ? "" : l.tag(),
                    l.beginPosition(), l.endPosition()));
        }
        return new Sentence(s.index(), s.begin(), s.end(), s.text(), tokens, List.of(), false);
    }

    /**
     * The enhanced++ dependencies of a tagged sentence, and only those: CoreNLP's depparse annotator also builds the
     * basic, collapsed, cc-processed and enhanced graphs, which nothing here reads.
     */
    private Sentence parsed(CoreMap cm, Sentence tagged) {
        GrammaticalStructure gs = parser.parse(cm);
        SemanticGraph g = SemanticGraphFactory.makeFromTree(gs, SemanticGraphFactory.Mode.ENHANCED_PLUS_PLUS,
                GrammaticalStructure.Extras.MAXIMAL, null);
        List<Dependency> deps = new ArrayList<>();
        for (IndexedWord root : g.getRoots()) deps.add(new Dependency(-1, root.index() - 1, "root"));
        for (SemanticGraphEdge e : g.edgeIterable()) {
            deps.add(new Dependency(e.getGovernor().index() - 1, e.getDependent().index() - 1,
                    e.getRelation().toString().toLowerCase(Locale.ROOT)));
        }
        return new Sentence(tagged.index(), tagged.begin(), tagged.end(), tagged.text(), tagged.tokens(), deps, true);
    }

    private static String original(CoreLabel l) {
        String o = l.originalText();
        return o == null || o.isEmpty() ? l.word() : o;
    }
}
