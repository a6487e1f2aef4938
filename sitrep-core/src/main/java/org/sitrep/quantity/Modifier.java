package org.sitrep.quantity;

/** How a stated number qualifies the true figure ("over 20", "at least 80", "about 150", "nearly 40", "dozens"). */
public enum Modifier {
    /** The number as stated: "twelve", "1,200". */
    EXACT,
    /** "at least 80": the figure is the stated number or more. */
    AT_LEAST,
    /** "over 20", "more than 71": the figure is above the stated number; ACLED still codes the number. */
    MORE_THAN,
    /** "about 150", "some 30", "an estimated 40". */
    ABOUT,
    /** "nearly 40", "up to 30", "fewer than ten": the stated number is a ceiling. */
    AT_MOST,
    /** "dozens", "several", "hundreds": no figure, ACLED's conventional value (vague-counts.tsv). */
    VAGUE
}
