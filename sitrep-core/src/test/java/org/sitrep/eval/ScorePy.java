package org.sitrep.eval;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs the reference scorer (python3 ../shared/eval/score.py) and reads what it says. */
final class ScorePy {
    /** @param stdout its printed lines; @param json its --json figures */
    record Result(String stdout, JsonNode json) {}

    private ScorePy() {}

    static Result run(Path gold, Path predictions, Path dir) throws IOException, InterruptedException {
        Path out = Files.createTempFile(dir, "score", ".json");
        String stdout = python(List.of(SharedFiles.scorePy().toString(), gold.toString(), predictions.toString(),
                "--json", out.toString()));
        return new Result(stdout, JsonLines.JSON.readTree(out.toFile()));
    }

    /** Runs python3 with these arguments; fails on a non-zero exit. */
    static String python(List<String> args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add("python3");
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("PYTHONIOENCODING", "utf-8");
        Process p = builder.start();
        byte[] bytes = p.getInputStream().readAllBytes();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException("python3 timed out: " + command);
        }
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (p.exitValue() != 0) throw new IllegalStateException("python3 failed (" + p.exitValue() + "): " + text);
        return text;
    }
}
