package org.sitrep.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceKindTest {
    @TempDir Path tmp;

    @Test void theFirstDataLineTellsTheKind() throws IOException {
        assertEquals(SourceKind.GEONAMES, SourceKind.of(GeoFixture.cities500()));
        assertEquals(SourceKind.PACK_PLACES, SourceKind.of(GeoFixture.testPack()));
        Path alt = Files.writeString(tmp.resolve("x.txt"), "1\t170063\ten\tHaleb\t\t\t\t\t\t\n");
        assertEquals(SourceKind.ALTERNATE_NAMES, SourceKind.of(alt));
    }
}
