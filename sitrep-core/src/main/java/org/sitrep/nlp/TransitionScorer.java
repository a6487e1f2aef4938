package org.sitrep.nlp;

import edu.stanford.nlp.parser.nndep.Classifier;
import edu.stanford.nlp.parser.nndep.Config;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The feed-forward network of CoreNLP's neural dependency parser (Chen and Manning 2014): embeddings of 48 features,
 * a cube-activated hidden layer of 1,000 units, one score per transition. Same weights and the same arithmetic,
 * operation for operation, so the same scores to the last bit; laid out so the JIT can vectorise it.
 *
 * <p>Why not CoreNLP's own {@code Classifier.computeScores}: its output layer is one dot product per transition, a
 * chain of 1,000 dependent additions each (the adder's latency, not its throughput, sets the pace: most of a parse),
 * and every feature without a precomputed row takes a lock shared by all threads (its LRU cache). Here the output
 * layer runs transposed: for each hidden unit, add its contribution to all 83 scores at once — each score still sums
 * its terms in the same order, so nothing changes but the speed; and the other features' rows are cached without a
 * lock.
 */
final class TransitionScorer {
    /** 80 MB of rows at 4 KB each (CoreNLP keeps 5,000); fast path peak RSS stays about 1 GB at -Xmx1200m. */
    private static final int CACHED_ROWS = 20_000;
    private final int embeddingSize;
    private final int hiddenSize;
    private final int features;
    private final float[][] embeddings;
    /** W1 transposed: [feature position * embeddingSize + k][hidden unit]. */
    private final float[][] hiddenWeightsByInput;
    private final float[] hiddenBias;
    /** W2 transposed and widened (float to double is exact): [hidden unit][transition]. */
    private final double[][] outputWeightsByHidden;
    private final int transitions;
    /**
     * The hidden-layer rows CoreNLP precomputed for the most frequent features: feature id → row of {@link #saved}
     * plus one, 0 for none (an array, not CoreNLP's boxed map: 15 MB, and no hashing 48 times a move).
     */
    private final int[] precomputed;
    private final double[][] saved;
    /**
     * Rows of the other features, as CoreNLP caches them (rounded to float). Lock-free reads; when full it is emptied
     * and refilled, so memory stays bounded (4 KB a row) and threads never wait on each other.
     */
    private final ConcurrentHashMap<Integer, float[]> rows = new ConcurrentHashMap<>();

    @SuppressWarnings("unchecked")
    TransitionScorer(Classifier classifier, Config config) {
        this.embeddingSize = config.embeddingSize;
        this.hiddenSize = config.hiddenSize;
        this.features = Config.numTokens;
        this.embeddings = classifier.getE();
        this.hiddenBias = classifier.getb1();
        float[][] w1 = classifier.getW1();
        this.hiddenWeightsByInput = new float[w1[0].length][hiddenSize];
        for (int i = 0; i < hiddenSize; i++) for (int x = 0; x < w1[i].length; x++) hiddenWeightsByInput[x][i] = w1[i][x];
        float[][] w2 = classifier.getW2();
        this.transitions = w2.length;
        this.outputWeightsByHidden = new double[hiddenSize][transitions];
        for (int t = 0; t < transitions; t++) for (int i = 0; i < hiddenSize; i++) outputWeightsByHidden[i][t] = w2[t][i];
        Map<Integer, Integer> preMap = (Map<Integer, Integer>) CoreNlpInternals.field(classifier, "preMap");
        this.precomputed = new int[embeddings.length * features];
        for (Map.Entry<Integer, Integer> e : preMap.entrySet()) precomputed[e.getKey()] = e.getValue() + 1;
        this.saved = (double[][]) CoreNlpInternals.field(classifier, "saved");
        if (hiddenBias.length != hiddenSize || saved.length != preMap.size())
            throw new IllegalStateException("unexpected nndep model layout: hidden " + hiddenSize + ", saved rows " + saved.length);
    }

    /** One score per transition, in the parsing system's order, for the feature ids of a configuration. */
    double[] scores(int[] feature) {
        int n = feature.length;
        double[][] savedRows = new double[n][];
        float[][] rows = new float[n][];
        for (int j = 0; j < n; j++) {
            int tok = feature[j];
            int id = precomputed[tok * features + j] - 1;
            if (id >= 0) savedRows[j] = saved[id];
            else rows[j] = row(tok * features + j, tok, j);
        }
        double[] hidden = new double[hiddenSize];
        int j = 0;
        while (j < n) {
            if (j + 3 < n && savedRows[j] != null && savedRows[j + 1] != null && savedRows[j + 2] != null && savedRows[j + 3] != null) {
                // four precomputed rows a pass, added one at a time in feature order: each unit loaded and stored once
                double[] r0 = savedRows[j], r1 = savedRows[j + 1], r2 = savedRows[j + 2], r3 = savedRows[j + 3];
                for (int i = 0; i < hiddenSize; i++) {
                    double x = hidden[i];
                    x += r0[i];
                    x += r1[i];
                    x += r2[i];
                    x += r3[i];
                    hidden[i] = x;
                }
                j += 4;
                continue;
            }
            if (savedRows[j] != null) {
                double[] r = savedRows[j];
                for (int i = 0; i < hiddenSize; i++) hidden[i] += r[i];
            } else {
                float[] r = rows[j];
                for (int i = 0; i < hiddenSize; i++) hidden[i] += r[i];
            }
            j++;
        }
        for (int i = 0; i < hiddenSize; i++) {
            hidden[i] += hiddenBias[i];
            hidden[i] = hidden[i] * hidden[i] * hidden[i];
        }
        double[] scores = new double[transitions];
        int i = 0;
        // four hidden units a pass: each score still adds its terms one at a time in unit order, but is loaded and
        // stored once instead of four times
        for (; i + 3 < hiddenSize; i += 4) {
            double h0 = hidden[i], h1 = hidden[i + 1], h2 = hidden[i + 2], h3 = hidden[i + 3];
            double[] w0 = outputWeightsByHidden[i], w1 = outputWeightsByHidden[i + 1], w2 = outputWeightsByHidden[i + 2],
                    w3 = outputWeightsByHidden[i + 3];
            for (int t = 0; t < transitions; t++) {
                double x = scores[t];
                x += h0 * w0[t];
                x += h1 * w1[t];
                x += h2 * w2[t];
                x += h3 * w3[t];
                scores[t] = x;
            }
        }
        for (; i < hiddenSize; i++) {
            double h = hidden[i];
            double[] w = outputWeightsByHidden[i];
            for (int t = 0; t < transitions; t++) scores[t] += h * w[t];
        }
        return scores;
    }

    private float[] row(int id, int tok, int position) {
        float[] r = rows.get(id);
        if (r != null) return r;
        r = embed(embeddings[tok], position * embeddingSize);
        if (rows.size() >= CACHED_ROWS) rows.clear();
        rows.put(id, r);
        return r;
    }

    /**
     * The hidden-layer input of one embedding at one feature position: summed in double in CoreNLP's order (k
     * ascending), then rounded to float as CoreNLP's cache keeps it.
     */
    private float[] embed(float[] embedding, int offset) {
        double[] sum = new double[hiddenSize];
        for (int k = 0; k < embedding.length; k++) {
            float e = embedding[k];
            float[] w = hiddenWeightsByInput[offset + k];
            for (int i = 0; i < hiddenSize; i++) sum[i] += w[i] * e;
        }
        float[] out = new float[hiddenSize];
        for (int i = 0; i < hiddenSize; i++) out[i] = (float) sum[i];
        return out;
    }
}
