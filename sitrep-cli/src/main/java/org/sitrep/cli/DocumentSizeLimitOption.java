package org.sitrep.cli;

import org.sitrep.ingest.ReadOptions;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

import java.time.LocalDate;
import java.util.Locale;

/** {@code --max-document-size}: the largest document a command that reads articles takes; a larger one is named and skipped. */
final class DocumentSizeLimitOption {
    @Option(names = "--max-document-size", paramLabel = "SIZE", defaultValue = "5m", converter = Bytes.class,
            description = "largest document read (a file or WARC payload in bytes, a JSONL text in characters); a larger "
                    + "one is named on stderr and skipped, the batch goes on (500k, 5m, 1g; default: ${DEFAULT-VALUE})")
    long maxBytes = ReadOptions.DEFAULT_MAX_DOCUMENT_BYTES;

    /** How to read the inputs: this limit, a JSONL line room for such a document in JSON escapes, the given default date. */
    ReadOptions readOptions(LocalDate published) {
        int line = (int) Math.max(ReadOptions.DEFAULT_MAX_LINE_BYTES, Math.min(Integer.MAX_VALUE - 8L, 2 * maxBytes));
        return ReadOptions.defaults().withDefaultPublished(published).withMaxDocumentBytes(maxBytes).withMaxLineBytes(line);
    }

    static final class Bytes implements ITypeConverter<Long> {
        @Override
        public Long convert(String value) {
            var m = java.util.regex.Pattern.compile("(\\d+)([kmg]?)b?").matcher(value.trim().toLowerCase(Locale.ROOT));
            if (!m.matches()) throw new TypeConversionException("not a size: '" + value + "' (examples: 500k, 5m, 1g)");
            long n = Long.parseLong(m.group(1)) << switch (m.group(2)) { case "k" -> 10; case "m" -> 20; case "g" -> 30; default -> 0; };
            if (n <= 0) throw new TypeConversionException("the size must be positive: '" + value + "'");
            return n;
        }
    }
}
