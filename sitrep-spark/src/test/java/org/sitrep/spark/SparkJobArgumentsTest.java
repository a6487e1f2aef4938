package org.sitrep.spark;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SparkJobArgumentsTest {
    private static final String SHARED = SparkExtractJobTest.shared().toString();

    @Test
    void readsInputsOutputMasterAndTheatreFolders() {
        SparkJobArguments a = SparkJobArguments.parse(new String[]{"--master", "local[2]", "a.jsonl", "-o", "out", "--slices", "3",
                "--pack", "p", "--shared", SHARED, "b.warc.gz"});
        assertEquals(List.of("a.jsonl", "b.warc.gz"), a.inputs());
        assertEquals("out", a.output());
        assertEquals("local[2]", a.master());
        assertEquals(3, a.slices());
        assertEquals(Path.of("p"), a.theatre().packDir());
        assertEquals("SY", a.theatre().countryCode());
        assertEquals(java.time.Duration.ofSeconds(60), a.limit().limit(), "the default per-document time limit");
    }

    @Test
    void readsTheDocumentTimeLimit() {
        assertEquals(java.time.Duration.ofMillis(1500),
                SparkJobArguments.parse(new String[]{"-o", "out", "--doc-time-limit", "1.5s", "a.jsonl"}).limit().limit());
        assertFalse(SparkJobArguments.parse(new String[]{"-o", "out", "--doc-time-limit", "0", "a.jsonl"}).limit().bounded());
        assertThrows(IllegalArgumentException.class, () -> SparkJobArguments.parse(new String[]{"-o", "out", "--doc-time-limit", "soon", "a"}));
    }

    @Test
    void namesWhatIsMissingOrUnknown() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> SparkJobArguments.parse(new String[]{"a.jsonl"}))
                .getMessage().contains("-o"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> SparkJobArguments.parse(new String[]{"-o", "x"}))
                .getMessage().contains("INPUT"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> SparkJobArguments.parse(new String[]{"--fast", "-o", "x", "a"}))
                .getMessage().contains("--fast"));
    }
}
