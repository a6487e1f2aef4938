/**
 * Numbers and casualty counts in report text.
 *
 * <p>Public API: {@link org.sitrep.quantity.NumberParser} (number expressions in digits and words with
 * their {@link org.sitrep.quantity.Modifier}, as {@link org.sitrep.quantity.Quantity}),
 * {@link org.sitrep.quantity.CasualtyFinder} (who was killed or hurt in a sentence, as
 * {@link org.sitrep.quantity.Casualty}), and {@link org.sitrep.quantity.LexiconFile}, the reader of the
 * tab-separated word lists both this package and {@code org.sitrep.time} keep their vocabulary in.
 *
 * <p>Figures follow ACLED's conservative rule: the value is always the stated number ("over 20" → 20
 * MORE_THAN, "at least 80" → 80 AT_LEAST, "about 150" → 150 ABOUT). "nearly 40" and "up to 30" are 40 and
 * 30 with AT_MOST: the report gives no other figure, and ACLED codes the figure given; a coder that wants
 * the strict lower reading can use the modifier. Vague words take ACLED's values (vague-counts.tsv):
 * "dozens" 12, "tens" 10, "scores" 20, "hundreds" 100, "thousands" 1000; "several" is 3 and "a few" 2,
 * our choice of the smallest count the word allows (ACLED asks for the most conservative figure).
 *
 * <p>Casualties: dead and wounded together ("killed and injured more than 60", "casualties") are
 * KILLED_OR_INJURED, never a death toll; a reported zero ("no one was hurt") is NO_CASUALTIES with 0; a toll
 * without a figure ("a heavy death toll") has a null count; "lost/loses N fighters" is N KILLED (war
 * reporting's sense; it needs a victim noun, so "lost 150 villages" is nothing). Counts joined by "and"
 * add up ("three women and three children" → 6, "120 soldiers and a general" → 121).
 */
package org.sitrep.quantity;
