/**
 * Scoring extraction against gold with exactly the rules of ../shared/eval/score.py (the figures and lines it
 * prints are the same), plus what the script cannot give: each miss and extra explained with its evidence.
 *
 * <pre>{@code
 * Scorer scorer = new Scorer();
 * Score score = scorer.score(GoldEvent.read(goldFile, System.err::println), Prediction.read(predFile, System.err::println));
 * ScoreReport report = new ScoreReport(score, scorer.criteria());
 * report.printFigures(System.out);                        // score.py's lines, headline last
 * report.printExplanations(System.out, documentsById, false);
 * }</pre>
 *
 * The pieces mirror the script's functions: {@link org.sitrep.eval.PlaceNames} (norm_place, norm_admin1),
 * {@link org.sitrep.eval.MatchCriteria} (place_matches, date_matches), {@link org.sitrep.eval.FieldAgreement}
 * (fields, actor_ok, pair_score), {@link org.sitrep.eval.Matching} (max_matching) and
 * {@link org.sitrep.eval.PythonJson} for the places where Python's view of a value decides an outcome (the
 * sort key that breaks matching ties, str() of a doc id, int() of a count, rounding of the printed figures).
 */
package org.sitrep.eval;
