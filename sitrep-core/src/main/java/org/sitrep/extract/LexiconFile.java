package org.sitrep.extract;

import org.sitrep.data.TabularData;

import java.util.ArrayList;
import java.util.List;

/** The lexicons beside this package, each row padded so that optional trailing columns read as "". */
final class LexiconFile {
    private LexiconFile() {}

    static List<String[]> rows(String resource, int minColumns) {
        List<String[]> out = new ArrayList<>();
        for (String[] cols : TabularData.rows(LexiconFile.class, resource, 1)) {
            String[] padded = new String[Math.max(minColumns, cols.length)];
            for (int i = 0; i < padded.length; i++) padded[i] = i < cols.length ? cols[i] : "";
            out.add(padded);
        }
        return out;
    }
}
