package org.sitrep.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Event counts against gold, by the rules of ../shared/eval/score.py (run as it is, so the bench scores exactly as
 * the project's evaluation does). Counts add up across gold files, so two development sets give one F1.
 */
public record GoldScore(int tp, int fp, int fn) {
    private static final ObjectMapper JSON = new ObjectMapper();

    public static final GoldScore NONE = new GoldScore(0, 0, 0);

    public double precision() { return tp + fp == 0 ? 0 : (double) tp / (tp + fp); }

    public double recall() { return tp + fn == 0 ? 0 : (double) tp / (tp + fn); }

    public double f1() {
        double p = precision(), r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    public GoldScore plus(GoldScore o) { return new GoldScore(tp + o.tp, fp + o.fp, fn + o.fn); }

    /** Runs {@code python3 score.py GOLD PRED --json OUT} and reads its counts. */
    public static GoldScore score(Path scoreScript, Path gold, Path predictions) throws IOException {
        Path json = Files.createTempFile("sitrep-score", ".json");
        try {
            Process p = new ProcessBuilder(List.of("python3", scoreScript.toString(), gold.toString(), predictions.toString(),
                    "--json", json.toString())).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.INHERIT).start();
            int code = p.waitFor();
            if (code != 0) throw new IOException(scoreScript + " failed on " + gold + " (exit code " + code + ")");
            return fromJson(Files.readString(json));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while scoring " + gold, e);
        } finally {
            Files.deleteIfExists(json);
        }
    }

    /** The counts of score.py's --json output. */
    public static GoldScore fromJson(String json) throws IOException {
        JsonNode o = JSON.readTree(json);
        if (!o.has("tp") || !o.has("fp") || !o.has("fn")) throw new IOException("score output has no tp/fp/fn: " + json);
        return new GoldScore(o.get("tp").asInt(), o.get("fp").asInt(), o.get("fn").asInt());
    }
}
