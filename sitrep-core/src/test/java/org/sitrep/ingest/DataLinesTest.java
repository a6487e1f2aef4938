package org.sitrep.ingest;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class DataLinesTest {
    @Test
    void commentsAndBlankLinesAreSkippedLineNumbersKept() {
        String file = "# why this file exists\n\nfirst\n   \n# another comment\nsecond\tcolumn\n";
        List<DataLines.Line> lines = DataLines.read(new ByteArrayInputStream(file.getBytes(StandardCharsets.UTF_8)), "rules.tsv");
        assertEquals(List.of(new DataLines.Line("rules.tsv", 3, "first"), new DataLines.Line("rules.tsv", 6, "second\tcolumn")), lines);
        assertEquals("rules.tsv:6: bad column", lines.get(1).error("bad column").getMessage());
    }
}
