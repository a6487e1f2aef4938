package org.sitrep.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.sitrep.geo.PlaceQuery.Relation;
import org.sitrep.model.Span;

class RelativePlaceParserTest {
    private final RelativePlaceParser parser = new RelativePlaceParser();

    private Optional<PlaceQuery> parse(String text, String mention) {
        int i = text.indexOf(mention);
        return parser.parse(text, new Span(i, i + mention.length()));
    }

    private PlaceQuery must(String text, String mention) {
        return parse(text, mention).orElseThrow(() -> new AssertionError("no relation in: " + text));
    }

    @Test void distanceAndDirectionBeforeTheAnchor() {
        PlaceQuery q = must("Shelling hit a position 12 km east of al-Bab on Sunday.", "al-Bab");
        assertEquals(Relation.EAST, q.relation());
        assertEquals(12.0, q.distanceKm());
        assertEquals("al-Bab", q.anchor());
        assertTrue(q.placeIsAnchor());
        PlaceQuery m = must("a checkpoint about 5 miles to the south-west of Hama", "Hama");
        assertEquals(Relation.SOUTHWEST, m.relation());
        assertEquals(8.05, m.distanceKm(), 0.01);
        assertEquals(Relation.NORTHEAST, must("two kilometres northeast of the town of Saraqib", "Saraqib").relation());
    }

    @Test void bareDirectionHasNoDistance() {
        PlaceQuery q = must("Clashes erupted north of the Kuweires airbase.", "Kuweires");
        assertEquals(Relation.NORTH, q.relation());
        assertNull(q.distanceKm());
        assertEquals(Relation.WEST, must("fighting west of Aleppo", "Aleppo").relation());
    }

    @Test void nearAndOutskirts() {
        assertEquals(Relation.NEAR, must("an airstrike near Ariha killed two", "Ariha").relation());
        assertEquals(Relation.NEAR, must("in the vicinity of Tadef", "Tadef").relation());
        assertEquals(Relation.OUTSKIRTS, must("troops reached the outskirts of Manbij", "Manbij").relation());
        PlaceQuery h = must("on the southern outskirts of Damascus", "Damascus");
        assertEquals(Relation.OUTSKIRTS, h.relation());
        assertEquals(Relation.SOUTH, h.heading());
    }

    @Test void countrysideWithAHeading() {
        PlaceQuery q = must("in the western countryside of Aleppo", "Aleppo");
        assertEquals(Relation.COUNTRYSIDE, q.relation());
        assertEquals(Relation.WEST, q.heading());
        PlaceQuery p = must("shelling in Idlib's southern countryside", "Idlib");
        assertEquals(Relation.COUNTRYSIDE, p.relation());
        assertEquals(Relation.SOUTH, p.heading());
        PlaceQuery r = must("raids in eastern Hama countryside", "Hama");
        assertEquals(Relation.COUNTRYSIDE, r.relation());
        assertEquals(Relation.EAST, r.heading());
    }

    @Test void provinceAndRegion() {
        assertEquals(Relation.PROVINCE, must("in the Latakia province", "Latakia").relation());
        assertEquals(Relation.PROVINCE, must("in the province of Deir ez-Zor", "Deir ez-Zor").relation());
        PlaceQuery n = must("in northern Hama province", "Hama");
        assertEquals(Relation.PROVINCE, n.relation());
        assertEquals(Relation.NORTH, n.heading());
        assertEquals(Relation.REGION, must("across the Qalamoun region", "Qalamoun").relation());
    }

    @Test void aNamedPlaceWithAnotherAnchor() {
        PlaceQuery q = must("They captured Tadef, south of al-Bab, after a week.", "Tadef");
        assertEquals(Relation.SOUTH, q.relation());
        assertEquals("al-Bab", q.anchor());
        assertEquals("Tadef", q.mention());
        PlaceQuery d = must("the village of Qabasin, 5 km east of al-Bab", "Qabasin");
        assertEquals(Relation.EAST, d.relation());
        assertEquals(5.0, d.distanceKm());
        assertEquals("al-Bab", d.anchor());
        PlaceQuery v = must("Kafr Nabl, a town in the southern countryside of Idlib", "Kafr Nabl");
        assertEquals(Relation.COUNTRYSIDE, v.relation());
        assertEquals("Idlib", v.anchor());
        assertEquals(Relation.SOUTH, v.heading());
        PlaceQuery w = must("Kafrnaha in Aleppo's western countryside", "Kafrnaha");
        assertEquals(Relation.COUNTRYSIDE, w.relation());
        assertEquals("Aleppo", w.anchor());
        assertEquals(Relation.WEST, w.heading());
        PlaceQuery p = must("clashes in Kabani in the Latakia province", "Kabani");
        assertEquals(Relation.PROVINCE, p.relation());
        assertEquals("Latakia", p.anchor());
        PlaceQuery c = must("Kafr Halab, western countryside of Aleppo", "Kafr Halab");
        assertEquals(Relation.COUNTRYSIDE, c.relation());
        assertEquals(Relation.WEST, c.heading());
        PlaceQuery n = must("Jurin, near Jisr al-Shughur, was shelled", "Jurin");
        assertEquals(Relation.NEAR, n.relation());
        assertEquals("Jisr al-Shughur", n.anchor());
    }

    @Test void aListSharesTheRelationAfterItsLastItem() {
        PlaceQuery q = must("troops took Tal Faris and Tal Bayda in the Izraa countryside", "Tal Faris");
        assertEquals(Relation.COUNTRYSIDE, q.relation());
        assertEquals("Izraa", q.anchor());
        PlaceQuery f = must("raids on Xyz farms, Abc and Defg in the eastern countryside of Aleppo city", "Xyz");
        assertEquals(Relation.COUNTRYSIDE, f.relation());
        assertEquals(Relation.EAST, f.heading());
        assertEquals("Aleppo", f.anchor());
        PlaceQuery r = must("raids on Ariha, Mhambel, and Bsanqul, south of Idlib", "Mhambel");
        assertEquals(Relation.SOUTH, r.relation());
        assertEquals("Idlib", r.anchor());
    }

    @Test void aPlainMentionHasNoRelation() {
        assertTrue(parse("Government forces shelled Ariha on Monday.", "Ariha").isEmpty());
        assertTrue(parse("The north of Syria is cold. Ariha was shelled.", "Ariha").isEmpty(), "another sentence");
    }
}
