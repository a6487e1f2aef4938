package org.sitrep.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.util.CoreMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.*;

class TransitionParserTest {
    /** Our own sentences, in the shapes war reports take: coordination, passives, long place chains, quotes, numbers. */
    private static final String TEXT = """
            Government forces captured Alpha, Beta and the 5th Brigade base from the group on Monday.
            The village was shelled by artillery positioned north of the river, a local monitor said.
            "We repelled three attacks overnight," the commander told reporters in the provincial capital.
            Warplanes carried out at least 14 strikes on tunnels, depots and a checkpoint near the border crossing.
            Two civilians were killed and five others wounded when a car bomb exploded at a market.
            Talks on a ceasefire will resume next week if both sides agree to withdraw heavy weapons.
            Fighters of the brigade, which had defected in March, surrendered the airport to the army.
            An explosion.
            The operation, launched from the eastern countryside, aims to cut supply lines between the two towns and to retake the dam, officials said on condition of anonymity.""";

    private static final List<CoreMap> SENTENCES = new ArrayList<>();
    private static TransitionParser parser;

    @BeforeAll
    static void tagged() {
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize,ssplit,pos");
        p.setProperty("ssplit.eolonly", "true");
        Annotation a = new Annotation(TEXT);
        new StanfordCoreNLP(p).annotate(a);
        SENTENCES.addAll(a.get(CoreAnnotations.SentencesAnnotation.class));
        parser = new TransitionParser();
    }

    @Test
    void givesCoreNlpsOwnParses() {
        assertEquals(9, SENTENCES.size());
        for (CoreMap s : SENTENCES) {
            assertEquals(arcs(parser.coreNlp().predict(s)), arcs(parser.parse(s)), s.toString());
        }
    }

    @Test
    void threadsSharingItGetTheSameParses() throws Exception {
        List<String> alone = new ArrayList<>();
        for (CoreMap s : SENTENCES) alone.add(arcs(parser.parse(s)));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<String>>> runs = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                runs.add(pool.submit(() -> {
                    List<String> out = new ArrayList<>();
                    for (int round = 0; round < 5; round++) for (CoreMap s : SENTENCES) out.add(arcs(parser.parse(s)));
                    return out.subList(out.size() - SENTENCES.size(), out.size());
                }));
            }
            for (Future<List<String>> f : runs) assertEquals(alone, f.get());
        } finally {
            pool.shutdownNow();
        }
    }

    private static String arcs(GrammaticalStructure gs) { return gs.typedDependencies().toString(); }
}
