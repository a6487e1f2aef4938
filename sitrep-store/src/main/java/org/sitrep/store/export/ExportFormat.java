package org.sitrep.store.export;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The export formats, by their command-line names. */
public enum ExportFormat {
    ACLED_CSV("acled-csv"), GEOJSON("geojson"), JSONL("jsonl"), PARQUET("parquet");

    private final String cliName;

    ExportFormat(String cliName) { this.cliName = cliName; }

    public String cliName() { return cliName; }

    public static ExportFormat fromName(String s) {
        for (ExportFormat f : values()) if (f.cliName.equals(s.trim().toLowerCase(Locale.ROOT))) return f;
        throw new IllegalArgumentException("unknown export format '" + s + "': use one of "
                + Arrays.stream(values()).map(ExportFormat::cliName).collect(Collectors.joining(", ")));
    }
}
