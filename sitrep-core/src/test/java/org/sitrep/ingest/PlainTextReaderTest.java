package org.sitrep.ingest;

import org.junit.jupiter.api.Test;
import org.sitrep.model.Document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class PlainTextReaderTest {
    private final PlainTextReader reader = new PlainTextReader(new BoilerplateRemover());

    @Test
    void firstNonEmptyLineIsTheTitleAndStaysInTheText() throws RejectedInput {
        Document doc = reader.read("\n\n  Town falls after siege  \n\nThe town fell on Sunday.\n", "town", "dir/town.txt");
        assertEquals("town", doc.id());
        assertEquals("Town falls after siege", doc.title());
        assertEquals("Town falls after siege\n\nThe town fell on Sunday.", doc.text());
        assertEquals("dir/town.txt", doc.origin());
        assertNull(doc.published());
        assertEquals("unknown", doc.source());
    }

    @Test
    void furnitureBeforeTheHeadlineIsNotTheTitle() throws RejectedInput {
        Document doc = reader.read("Skip to main content\nTown falls after siege\nThe town fell on Sunday.", "t", "t.txt");
        assertEquals("Town falls after siege", doc.title());
    }

    @Test
    void blankOrAllFurnitureIsRejected() {
        assertEquals("empty (no text)", assertThrows(RejectedInput.class, () -> reader.read(" \n\t\n", "b", "b.txt")).reason());
        assertEquals("no text once boilerplate is removed",
                assertThrows(RejectedInput.class, () -> reader.read("Back to top\n*\n", "f", "f.txt")).reason());
    }
}
