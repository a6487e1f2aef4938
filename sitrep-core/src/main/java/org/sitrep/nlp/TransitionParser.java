package org.sitrep.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.ling.Word;
import edu.stanford.nlp.parser.nndep.Classifier;
import edu.stanford.nlp.parser.nndep.Config;
import edu.stanford.nlp.parser.nndep.Configuration;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.parser.nndep.ParsingSystem;
import edu.stanford.nlp.trees.GrammaticalRelation;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.trees.TreeGraphNode;
import edu.stanford.nlp.trees.TypedDependency;
import edu.stanford.nlp.util.CoreMap;

import java.lang.invoke.MethodHandle;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * CoreNLP's neural dependency parser, greedy arc-standard decoding as {@code DependencyParser.predict} does it — its
 * model, its transition system, its features, its conversion to a {@link GrammaticalStructure} — with the transitions
 * scored by {@link TransitionScorer} instead of CoreNLP's classifier: the same parses, several times faster, and no
 * lock shared between threads; moves that are the only legal ones are made without scoring. Thread-safe.
 */
final class TransitionParser {
    private final DependencyParser parser;
    private final ParsingSystem system;
    private final List<String> transitions;
    private final TransitionScorer scorer;
    private final MethodHandle featureArray, relation, structure;

    @SuppressWarnings("unchecked")
    TransitionParser() {
        parser = DependencyParser.loadFromModelFile(DependencyParser.DEFAULT_MODEL, new Properties());
        system = (ParsingSystem) CoreNlpInternals.field(parser, "system");
        transitions = List.copyOf((List<String>) CoreNlpInternals.field(system, "transitions"));
        scorer = new TransitionScorer((Classifier) CoreNlpInternals.field(parser, "classifier"), (Config) CoreNlpInternals.field(parser, "config"));
        featureArray = CoreNlpInternals.method(DependencyParser.class, "getFeatureArray", Configuration.class);
        relation = CoreNlpInternals.method(DependencyParser.class, "makeGrammaticalRelation", String.class);
        structure = CoreNlpInternals.method(DependencyParser.class, "makeGrammaticalStructure", List.class, TreeGraphNode.class);
    }

    /** CoreNLP's own parser on the same model, for comparison. */
    DependencyParser coreNlp() { return parser; }

    /** The parse of a tagged sentence (tokens with tags). */
    GrammaticalStructure parse(CoreMap sentence) {
        Configuration c = system.initialConfiguration(sentence);
        int n = transitions.size();
        boolean[] legal = new boolean[n];
        while (!(c.getStackSize() == 1 && c.getBufferSize() == 0)) {
            int legalCount = 0, onlyLegal = -1;
            for (int j = 0; j < n; j++) {
                legal[j] = system.canApply(c, transitions.get(j));
                if (legal[j]) {
                    legalCount++;
                    onlyLegal = j;
                }
            }
            // a move that is the only legal one (a shift while the stack holds the root and one word, the final
            // root arc) is what the argmax over legal moves picks whatever the scores: no need to score it
            if (legalCount == 1) {
                system.apply(c, transitions.get(onlyLegal));
                continue;
            }
            double[] scores = scorer.scores(features(c));
            double best = Double.NEGATIVE_INFINITY;
            String chosen = null;
            for (int j = 0; j < n; j++) {
                if (scores[j] > best && legal[j]) {
                    best = scores[j];
                    chosen = transitions.get(j);
                }
            }
            system.apply(c, chosen);
        }
        return structure(sentence, c);
    }

    private int[] features(Configuration c) {
        try {
            return (int[]) featureArray.invoke(parser, c);
        } catch (Throwable e) {
            throw rethrown(e);
        }
    }

    /** As {@code DependencyParser.predict}: one typed dependency per token, under a ROOT word of index 0. */
    private GrammaticalStructure structure(CoreMap sentence, Configuration c) {
        List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
        IndexedWord root = new IndexedWord(new Word("ROOT"));
        root.set(CoreAnnotations.IndexAnnotation.class, 0);
        List<TypedDependency> deps = new ArrayList<>(tokens.size());
        try {
            for (int i = 1; i <= tokens.size(); i++) {
                int head = c.getHead(i);
                IndexedWord word = new IndexedWord(tokens.get(i - 1));
                IndexedWord governor = head == 0 ? root : new IndexedWord(tokens.get(head - 1));
                GrammaticalRelation rel = head == 0 ? GrammaticalRelation.ROOT : (GrammaticalRelation) relation.invoke(parser, c.getLabel(i));
                deps.add(new TypedDependency(rel, governor, word));
            }
            return (GrammaticalStructure) structure.invoke(parser, deps, new TreeGraphNode(root));
        } catch (Throwable e) {
            throw rethrown(e);
        }
    }

    private static RuntimeException rethrown(Throwable e) {
        if (e instanceof RuntimeException r) return r;
        if (e instanceof Error err) throw err;
        return new IllegalStateException(e);
    }
}
