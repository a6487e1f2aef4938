package org.sitrep.cli;

import org.sitrep.DocumentTimeLimit;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** {@code --doc-time-limit}: how long one document may take through extraction; every command that extracts has it. */
final class DocumentTimeLimitOption {
    @Option(names = "--doc-time-limit", paramLabel = "TIME", defaultValue = "60s", converter = Parse.class,
            description = "time one document may take through extraction; a document still going is named on stderr and skipped, "
                    + "the batch goes on (60s, 500ms, 2m; 0: no limit; default: ${DEFAULT-VALUE})")
    DocumentTimeLimit limit = DocumentTimeLimit.of(DocumentTimeLimit.DEFAULT);

    static final class Parse implements ITypeConverter<DocumentTimeLimit> {
        @Override
        public DocumentTimeLimit convert(String value) {
            try {
                return DocumentTimeLimit.parse(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }
}
