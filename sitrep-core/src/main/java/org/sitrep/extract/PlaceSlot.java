package org.sitrep.extract;

import org.sitrep.model.Span;

/**
 * A place name in a sentence where the grammar says a place stands ("the town of X", "in X", "captured X"),
 * whether or not the gazetteer knows it.
 *
 * @param span    the name, as it will be geocoded (feature words such as "airbase" kept, "farms" dropped)
 * @param region  true when the text presents it as a region ("the X province", "the X countryside")
 * @param partOfTown true for districts or neighbourhoods said to lie inside a town the text named before
 */
record PlaceSlot(Span span, String text, boolean region, boolean partOfTown) {}
