/**
 * Places: from the words of a report to coordinates with honest precision.
 * <pre>
 * GazetteerSources ──Gazetteer.openOrBuild──▶ Gazetteer (Lucene index: GeoNames dumps + alternateNamesV2,
 *                                              OCHA areas and neighbourhoods, the pack's places.tsv)
 * text ──PlaceRecognizer.find──▶ PlaceMention spans ──RelativePlaceParser.parse──▶ PlaceQuery ("12 km east of X")
 *      ──Geocoder.contextOf──▶ GeoContext (governorates, countries, unambiguous places of the document)
 * mention + PlaceQuery + GeoContext ──Geocoder.resolve──▶ model.Place (precision 1/2/3, admin1/2 by AdminAreas)
 * </pre>
 * Usage, once per process (all of it is safe to share between threads):
 * <pre>
 * Gazetteer gazetteer = Gazetteer.openOrBuild(Path.of(".sitrep/gazetteer"), GazetteerSources.defaults(shared, pack));
 * Geocoder geocoder = new Geocoder(gazetteer, AdminAreas.load(shared.resolve("data/ocha-syria-admin")), "SY");
 * // per document
 * GeoContext ctx = geocoder.contextOf(doc.text());
 * for (PlaceMention m : geocoder.recognizer().find(doc.text())) { Place p = geocoder.resolve(doc.text(), m, ctx); }
 * </pre>
 * Name matching: {@link org.sitrep.geo.NameKey} folds transliteration differences into one key; the gazetteer
 * then offers exact, fuzzy (1-2 edits) and phonetic (DoubleMetaphone) candidates; the geocoder ranks them by the
 * theatre's country, the governorates and places of the document, kind words (airbase, dam, hill) and population.
 * Knowledge lives in the resources beside these classes: name-variants.tsv, admin1-aliases.tsv, feature-words.tsv,
 * countries.tsv, not-places.tsv, person-titles.tsv, place-words.tsv, place-name-heads.tsv.
 */
package org.sitrep.geo;
