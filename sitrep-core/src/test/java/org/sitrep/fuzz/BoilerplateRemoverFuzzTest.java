package org.sitrep.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.sitrep.ingest.BoilerplateRemover;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Fuzzes the furniture remover every document goes through. Seeds: {@code BoilerplateRemoverFuzzTestInputs/}.
 * Plain {@code mvn test} replays the seeds; {@code .ci/fuzz-long.sh} fuzzes.
 */
class BoilerplateRemoverFuzzTest {
    private static final BoilerplateRemover REMOVER = new BoilerplateRemover();

    @FuzzTest(maxDuration = "3m")
    void cleanNeverGrowsTheTextAndIsDeterministic(FuzzedDataProvider data) {
        String text = data.consumeRemainingAsString();
        String cleaned = TimeBound.within("BoilerplateRemover.clean", () -> REMOVER.clean(text));
        assertTrue(cleaned.length() <= text.length(),
                () -> "cleaned text of " + cleaned.length() + " chars from an input of " + text.length());
        assertTrue(!cleaned.startsWith("\n") && !cleaned.endsWith("\n"), "paragraph breaks only between kept paragraphs");
        assertEquals(cleaned, REMOVER.clean(text), "two runs on the same text differ");
    }
}
