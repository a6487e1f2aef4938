package org.sitrep.quantity;

import org.sitrep.model.Span;

/**
 * A number expression found in a text: where it is (modifier included: "more than six thousand"), the
 * figure it gives and how the report qualifies it. {@code value} is always the stated number (or the
 * conventional value of a vague word), which is what ACLED codes: "over 20" → 20, "dozens" → 12.
 */
public record Quantity(Span span, int value, Modifier modifier) {
    public Quantity {
        if (value < 0) throw new IllegalArgumentException("negative quantity: " + value);
        java.util.Objects.requireNonNull(span, "span");
        java.util.Objects.requireNonNull(modifier, "modifier");
    }
}
