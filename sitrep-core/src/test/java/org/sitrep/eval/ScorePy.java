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

    /**
     * Calls one of score.py's functions (norm_place, norm_admin1, km...) on each argument list, in one python3 run.
     *
     * @return the function's results, as JSON
     */
    static JsonNode call(String function, List<List<Object>> calls, Path dir) throws IOException, InterruptedException {
        Path in = Files.createTempFile(dir, "calls", ".json");
        JsonLines.JSON.writeValue(in.toFile(), calls);
        String code = "import json, sys; sys.path.insert(0, sys.argv[1]); import score; "
                + "f = getattr(score, sys.argv[2]); "
                + "print(json.dumps([f(*a) for a in json.load(open(sys.argv[3], encoding='utf-8'))], ensure_ascii=True))";
        return JsonLines.JSON.readTree(python(List.of("-c", code, SharedFiles.scorePy().getParent().toString(), function, in.toString())));
    }

    /**
     * Evaluates a Python expression of {@code x} (score.py's functions in scope) for each value, in one python3 run.
     *
     * @return the results, as JSON (ensure_ascii, so any text survives the pipe)
     */
    static JsonNode eval(String expression, List<?> xs, Path dir) throws IOException, InterruptedException {
        Path in = Files.createTempFile(dir, "values", ".json");
        JsonLines.JSON.writeValue(in.toFile(), xs);
        String code = "import json, sys, math; sys.path.insert(0, sys.argv[1]); from score import *\n"
                + "xs = json.load(open(sys.argv[2], encoding='utf-8'))\n"
                + "print(json.dumps([(lambda x: " + expression + ")(x) for x in xs], ensure_ascii=True))\n";
        return JsonLines.JSON.readTree(python(List.of("-c", code, SharedFiles.scorePy().getParent().toString(), in.toString())));
    }

    /** Python's json.dumps(sort_keys=True, ensure_ascii=False) of each line of a file, one per line. */
    static List<String> dumps(Path jsonLines) throws IOException, InterruptedException {
        String code = "import json, sys\n"
                + "for l in open(sys.argv[1], encoding='utf-8'):\n"
                + "    if l.strip(): print(json.dumps(json.dumps(json.loads(l), sort_keys=True, ensure_ascii=False)))\n";
        List<String> out = new ArrayList<>();
        for (String line : python(List.of("-c", code, jsonLines.toString())).split("\n"))
            if (!line.isBlank()) out.add(JsonLines.JSON.readTree(line).textValue());
        return out;
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
