package edu.stanford.nlp.parser.nndep;

import java.lang.reflect.Field;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Dyad's scoring for CoreNLP's neural dependency parser: the same network, the same weights and the same
 * floating-point operations in the same order for each output, arranged so that the JIT can run them in parallel.
 *
 * <p>CoreNLP's {@link Classifier#computeScores(int[])} computes each hidden unit and each transition score as a dot
 * product, one long chain of dependent additions: the processor waits for each addition before the next, and the
 * JIT cannot vectorise a floating-point reduction without changing its result. Here the weight matrices are
 * transposed once, so the loops run over the outputs (200 hidden units, then the transitions) with one
 * accumulator each: every output still adds its terms in CoreNLP's order, starting from the same value, with the
 * same float and double roundings, so every score is bit for bit CoreNLP's and every parse is the same; but the
 * outputs' chains are independent and the JIT vectorises them. The products for features that the model has not
 * precomputed are cached as CoreNLP caches them, at most {@code numCached} of them, in a map the threads read without
 * a lock (CoreNLP's cache takes one for every lookup); a cached product is the one a miss computes.
 *
 * <p>It lives in CoreNLP's package because {@code computeScores} is package-private; {@link #install} puts it in
 * a loaded parser in place of the parser's own classifier, reading the precomputed products the parser made.
 * That reads private fields of CoreNLP 4.5.10: with another version it returns false and the parser is left as it
 * was.
 */
public final class VectorClassifier extends Classifier {
    private final int hiddenSize;
    private final int embeddingSize;
    private final int numLabels;
    private final float[][] embeddings;
    /** W1 transposed: one row of hidden-unit weights per input (feature position times embedding dimension). */
    private final float[][] w1t;
    private final double[] bias;
    /** W2 transposed and widened: one row of transition weights per hidden unit. */
    private final double[][] w2t;
    private final IntIndex precomputed;
    private final double[][] saved;
    private final int cacheSize;
    /** Products for features the model has not precomputed, shared by the threads; at most {@code numCached}. */
    private final ConcurrentHashMap<Integer, float[]> cache;
    private final ThreadLocal<Scratch> scratch;

    private VectorClassifier(Config config, Classifier stock, Map<Integer, Integer> preMap, double[][] saved) {
        super(config, stock.getE(), stock.getW1(), stock.getb1(), stock.getW2(), List.of());
        float[][] w1 = stock.getW1();
        float[][] w2 = stock.getW2();
        this.hiddenSize = w1.length;
        this.embeddingSize = config.embeddingSize;
        this.numLabels = w2.length;
        this.embeddings = stock.getE();
        this.w1t = new float[w1[0].length][hiddenSize];
        for (int i = 0; i < hiddenSize; i++) {
            for (int k = 0; k < w1[i].length; k++) {
                w1t[k][i] = w1[i][k];
            }
        }
        this.bias = new double[hiddenSize];
        for (int i = 0; i < hiddenSize; i++) {
            bias[i] = stock.getb1()[i];
        }
        this.w2t = new double[hiddenSize][numLabels];
        for (int l = 0; l < numLabels; l++) {
            for (int i = 0; i < hiddenSize; i++) {
                w2t[i][l] = w2[l][i];
            }
        }
        this.precomputed = new IntIndex(preMap.size());
        for (Map.Entry<Integer, Integer> e : preMap.entrySet()) {
            precomputed.put(e.getKey(), e.getValue());
        }
        this.saved = saved;
        this.cacheSize = Math.max(0, config.numCached);
        this.cache = new ConcurrentHashMap<>(2 * cacheSize);
        this.scratch = ThreadLocal.withInitial(() -> new Scratch(hiddenSize));
    }

    /**
     * Puts a {@code VectorClassifier} in {@code parser} in place of its classifier. Returns false, leaving the
     * parser unchanged, when the parser is not laid out as CoreNLP 4.5.10's (another version, or a parser loaded
     * for training).
     */
    public static boolean install(DependencyParser parser) {
        try {
            Field classifierField = DependencyParser.class.getDeclaredField("classifier");
            Field configField = DependencyParser.class.getDeclaredField("config");
            Field preMapField = Classifier.class.getDeclaredField("preMap");
            Field savedField = Classifier.class.getDeclaredField("saved");
            Field trainingField = Classifier.class.getDeclaredField("isTraining");
            for (Field f : List.of(classifierField, configField, preMapField, savedField, trainingField)) {
                f.setAccessible(true);
            }
            Object current = classifierField.get(parser);
            if (current == null || current instanceof VectorClassifier) {
                return current != null;
            }
            Classifier stock = (Classifier) current;
            @SuppressWarnings("unchecked")
            Map<Integer, Integer> preMap = (Map<Integer, Integer>) preMapField.get(stock);
            double[][] saved = (double[][]) savedField.get(stock);
            Config config = (Config) configField.get(parser);
            if (trainingField.getBoolean(stock) || saved == null || preMap == null || config.numCached <= 0
                    || stock.getW1().length != config.hiddenSize) {
                return false;
            }
            classifierField.set(parser, new VectorClassifier(config, stock, preMap, saved));
            return true;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return false;
        }
    }

    @Override
    double[] computeScores(int[] feature) {
        Scratch s = scratch.get();
        double[] hidden = s.hidden;
        Arrays.fill(hidden, 0.0);
        int numTokens = Config.numTokens;
        double[][] run = s.run; // consecutive precomputed rows, added four at a time
        int runLength = 0;
        for (int j = 0; j < feature.length; j++) {
            int tok = feature[j];
            int index = tok * numTokens + j;
            int row = precomputed.get(index);
            if (row >= 0) {
                run[runLength++] = saved[row];
                if (runLength == 4) {
                    addRows(hidden, run, runLength);
                    runLength = 0;
                }
                continue;
            }
            addRows(hidden, run, runLength);
            runLength = 0;
            float[] products = cache.get(index);
            if (products == null) {
                products = slice(s.partial, tok, j * embeddingSize);
                if (cacheSize > 0) {
                    if (cache.size() >= cacheSize) {
                        cache.clear(); // every value is recomputed identically: clearing costs time, never a score
                    }
                    cache.put(index, products);
                }
            }
            for (int i = 0; i < hiddenSize; i++) {
                hidden[i] += products[i];
            }
        }
        addRows(hidden, run, runLength);
        for (int i = 0; i < hiddenSize; i++) {
            double v = hidden[i] + bias[i];
            hidden[i] = v * v * v;
        }
        return outputs(hidden);
    }

    /**
     * Adds up to four rows to {@code hidden}, each unit's terms in the rows' order: {@code ((h + a) + b) + c ...},
     * what adding the rows one after the other gives, with a quarter of the loads and stores of {@code hidden}.
     */
    private void addRows(double[] hidden, double[][] rows, int count) {
        if (count == 4) {
            double[] a = rows[0];
            double[] b = rows[1];
            double[] c = rows[2];
            double[] d = rows[3];
            for (int i = 0; i < hiddenSize; i++) {
                double t = hidden[i];
                t += a[i];
                t += b[i];
                t += c[i];
                t += d[i];
                hidden[i] = t;
            }
            return;
        }
        for (int r = 0; r < count; r++) {
            double[] a = rows[r];
            for (int i = 0; i < hiddenSize; i++) {
                hidden[i] += a[i];
            }
        }
    }

    /** The transition scores: each one's terms added in hidden-unit order from 0.0, as CoreNLP's dot product does. */
    private double[] outputs(double[] hidden) {
        double[] scores = new double[numLabels];
        int i = 0;
        for (; i + 4 <= hiddenSize; i += 4) {
            double h0 = hidden[i];
            double h1 = hidden[i + 1];
            double h2 = hidden[i + 2];
            double h3 = hidden[i + 3];
            double[] w0 = w2t[i];
            double[] w1 = w2t[i + 1];
            double[] w2 = w2t[i + 2];
            double[] w3 = w2t[i + 3];
            for (int l = 0; l < numLabels; l++) {
                double t = scores[l];
                t += h0 * w0[l];
                t += h1 * w1[l];
                t += h2 * w2[l];
                t += h3 * w3[l];
                scores[l] = t;
            }
        }
        for (; i < hiddenSize; i++) {
            double h = hidden[i];
            double[] weights = w2t[i];
            for (int l = 0; l < numLabels; l++) {
                scores[l] += h * weights[l];
            }
        }
        return scores;
    }

    /** The hidden-layer products of one feature's embedding, as CoreNLP's {@code matrixMultiplySlice} makes them. */
    private float[] slice(double[] partial, int tok, int offset) {
        Arrays.fill(partial, 0.0);
        float[] e = embeddings[tok];
        int k = 0;
        for (; k + 4 <= embeddingSize; k += 4) {
            float x0 = e[k];
            float x1 = e[k + 1];
            float x2 = e[k + 2];
            float x3 = e[k + 3];
            float[] w0 = w1t[offset + k];
            float[] w1 = w1t[offset + k + 1];
            float[] w2 = w1t[offset + k + 2];
            float[] w3 = w1t[offset + k + 3];
            for (int i = 0; i < hiddenSize; i++) {
                double t = partial[i];
                t += w0[i] * x0; // a float product, widened: as in CoreNLP
                t += w1[i] * x1;
                t += w2[i] * x2;
                t += w3[i] * x3;
                partial[i] = t;
            }
        }
        for (; k < embeddingSize; k++) {
            float x = e[k];
            float[] weights = w1t[offset + k];
            for (int i = 0; i < hiddenSize; i++) {
                partial[i] += weights[i] * x;
            }
        }
        float[] out = new float[hiddenSize];
        for (int i = 0; i < hiddenSize; i++) {
            out[i] = (float) partial[i];
        }
        return out;
    }

    /** A thread's working arrays. */
    private static final class Scratch {
        final double[] hidden;
        final double[] partial;
        final double[][] run = new double[4][];

        Scratch(int hiddenSize) {
            this.hidden = new double[hiddenSize];
            this.partial = new double[hiddenSize];
        }
    }

    /** An int-to-int map by open addressing (no boxing); absent keys give -1. */
    private static final class IntIndex {
        private final int[] keys;
        private final int[] values;
        private final int mask;

        IntIndex(int expected) {
            int capacity = Integer.highestOneBit(Math.max(4, expected * 2 - 1)) << 1;
            keys = new int[capacity];
            values = new int[capacity];
            Arrays.fill(values, -1);
            mask = capacity - 1;
        }

        void put(int key, int value) {
            int slot = mix(key) & mask;
            while (values[slot] >= 0 && keys[slot] != key) {
                slot = (slot + 1) & mask;
            }
            keys[slot] = key;
            values[slot] = value;
        }

        int get(int key) {
            int slot = mix(key) & mask;
            while (values[slot] >= 0) {
                if (keys[slot] == key) {
                    return values[slot];
                }
                slot = (slot + 1) & mask;
            }
            return -1;
        }

        private static int mix(int key) {
            int h = key * 0x9E3779B9;
            return h ^ (h >>> 16);
        }
    }
}
