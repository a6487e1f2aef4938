package org.sitrep.cli;

import org.sitrep.ExtractionFailure;
import org.sitrep.Pipeline;
import org.sitrep.eval.GoldEvent;
import org.sitrep.eval.Prediction;
import org.sitrep.eval.ScoreReport;
import org.sitrep.eval.Score;
import org.sitrep.eval.Scorer;
import org.sitrep.ingest.CorpusReader;
import org.sitrep.model.Document;
import org.sitrep.model.Event;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/** `sitrep eval`: extraction scored against gold, with score.py's rules, and every miss and extra explained. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = {"Scores extraction against a gold file (../shared/eval/GOLD-FORMAT.md) with the matching rules of "
                + "../shared/eval/score.py and prints the same figures, then every missed gold event (its note and the "
                + "article's sentences naming its place) and every extra event (its evidence, place, date and actors), "
                + "with the nearest event on the other side and the criterion that kept them apart.",
                "Runs extraction on CORPUS, or scores an existing --predictions file (CORPUS then only supplies the "
                        + "articles' text for the explanations).",
                "A bad gold or prediction line gets one line on stderr naming file:line; the rest is scored."})
public final class EvalCommand implements Callable<Integer> {
    @Option(names = "--gold", required = true, paramLabel = "GOLD", description = "gold events (JSON Lines)")
    Path gold;

    @Parameters(arity = "0..*", paramLabel = "CORPUS", description = "articles: files, folders or - (stdin)")
    List<String> corpus = new ArrayList<>();

    @Option(names = "--predictions", paramLabel = "FILE", description = "score these events (JSON Lines, EVENTS.md) instead of running extraction")
    Path predictions;

    @Option(names = "--json", paramLabel = "OUT", description = "also write the figures as JSON, as score.py --json does")
    Path json;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "also write the extracted events (JSON Lines), to score again with --predictions")
    Path output;

    @Option(names = "--verbose", description = "also list matched pairs whose fields disagree")
    boolean verbose;

    @Option(names = "--published", description = "published date (YYYY-MM-DD) for documents that state none")
    LocalDate published;

    @Option(names = "--thorough", description = "parse every sentence, not only those with a trigger word (slow)")
    boolean thorough;

    @Mixin
    DocumentTimeLimitOption timeLimit;

    @Mixin
    DocumentSizeLimitOption sizeLimit;

    @Mixin
    TheatreOptions theatre;

    @Override
    public Integer call() throws IOException {
        if (predictions == null && corpus.isEmpty()) {
            System.err.println("sitrep eval: give a CORPUS to extract from, or --predictions FILE");
            return 2;
        }
        int[] errors = {0};
        List<GoldEvent> goldEvents;
        try {
            goldEvents = GoldEvent.read(gold, e -> complain(errors, e));
        } catch (IOException e) {
            System.err.println("sitrep eval: " + gold + ": cannot read: " + e.getMessage());
            return 1;
        }
        if (goldEvents.isEmpty()) {
            System.err.println("sitrep eval: " + gold + ": no gold events");
            return 1;
        }
        Map<String, Document> documents = new LinkedHashMap<>();
        List<Prediction> predicted;
        if (predictions != null) {
            try {
                predicted = Prediction.read(predictions, e -> complain(errors, e));
            } catch (IOException e) {
                System.err.println("sitrep eval: " + predictions + ": cannot read: " + e.getMessage());
                return 1;
            }
            reader().read(corpus, d -> documents.put(d.id(), d), err -> complain(errors, err.toString()));
        } else {
            predicted = extract(documents, errors);
        }
        Scorer scorer = new Scorer();
        Score score = scorer.score(goldEvents, predicted);
        ScoreReport report = new ScoreReport(score, scorer.criteria());
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        report.printFigures(out);
        report.printExplanations(out, documents, verbose);
        out.flush();
        if (json != null) report.writeJson(json);
        if (errors[0] > 0) System.err.printf("sitrep eval: %d input problems (see above)%n", errors[0]);
        return 0;
    }

    private List<Prediction> extract(Map<String, Document> documents, int[] errors) throws IOException {
        List<Event> events = new ArrayList<>();
        try (Pipeline pipeline = thorough ? Pipeline.openThorough(theatre.theatre()) : Pipeline.open(theatre.theatre())) {
            reader().read(corpus, doc -> {
                documents.put(doc.id(), doc);
                try {
                    events.addAll(timeLimit.limit.run(() -> pipeline.extract(doc)));
                } catch (RuntimeException e) {
                    complain(errors, ExtractionFailure.of(doc, e).toString());
                }
            }, err -> complain(errors, err.toString()));
        }
        if (output != null) {
            try (var out = EventWriters.open(org.sitrep.store.export.ExportFormat.JSONL, output, System.out)) {
                EventWriters.write(out, events);
            }
        }
        return events.stream().map(Prediction::of).toList();
    }

    private CorpusReader reader() {
        return new CorpusReader(sizeLimit.readOptions(published));
    }

    private static void complain(int[] errors, String message) {
        errors[0]++;
        System.err.println("sitrep: " + message);
    }
}
