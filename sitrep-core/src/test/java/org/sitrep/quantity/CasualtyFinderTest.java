package org.sitrep.quantity;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CasualtyFinderTest {
    private static final CasualtyFinder FINDER = new CasualtyFinder();

    private static Casualty only(String sentence) {
        List<Casualty> found = FINDER.find(sentence);
        assertEquals(1, found.size(), () -> "expected one report in '" + sentence + "', got " + found);
        Casualty c = found.get(0);
        if (c.victimsSpan() != null) assertEquals(c.victims(), c.victimsSpan().of(sentence));
        assertTrue(c.span().end() <= sentence.length());
        return c;
    }

    private static void killed(String sentence, int count, String victims) {
        Casualty c = only(sentence);
        assertEquals(Casualty.Kind.KILLED, c.kind(), sentence);
        assertEquals(count, c.count(), sentence);
        assertEquals(victims, c.victims(), sentence);
    }

    @Test
    void passiveCounts() {
        killed("Over 30 Nusra members were reportedly killed in the fighting.", 30, "Nusra members");
        killed("The spokesman claimed that 9 service members were killed overnight.", 9, "service members");
        killed("More than 45 fighters of ISIS were reportedly killed near the dam.", 45, "fighters of ISIS");
        killed("At least 17 people have been killed in the market blast.", 17, "people");
    }

    @Test
    void activeCounts() {
        killed("The bomb went off at noon, killing at least 11 women and children.", 11, "women and children");
        killed("Gunmen killed 8 civilians at the checkpoint.", 8, "civilians");
        killed("The raid killed scores of farmers.", 20, "farmers");
        killed("Shelling killed dozens of residents.", 12, "residents");
    }

    @Test
    void coordinatedCountsAddUp() {
        Casualty c = only("Militiamen shot dead two men and four children in the square.");
        assertEquals(6, c.count());
        assertEquals(Casualty.Kind.KILLED, c.kind());
        c = only("Officials said 90 soldiers and a colonel were killed in the ambush.");
        assertEquals(91, c.count());
    }

    @Test
    void tolls() {
        assertEquals(150, only("The attack raised the death toll to 150.").count());
        assertEquals(37, only("Medics reported a death toll of 37 by evening.").count());
        assertEquals(37, only("Medics counted 37 dead by evening.").count());
        assertEquals(37, only("By evening the dead numbered 37.").count());
        Casualty heavy = only("Sources said the gunmen suffered a heavy death toll in the raids.");
        assertEquals(Casualty.Kind.KILLED, heavy.kind());
        assertNull(heavy.count());
    }

    @Test
    void deadAndWoundedTogetherAreNoDeathToll() {
        Casualty c = only("The barrage killed and injured more than 40 people.");
        assertEquals(Casualty.Kind.KILLED_OR_INJURED, c.kind());
        assertEquals(40, c.count());
        assertEquals(Casualty.Kind.KILLED_OR_INJURED, only("More than 40 were killed and wounded in the barrage.").kind());
        assertEquals(Casualty.Kind.KILLED_OR_INJURED, only("The blast caused 14 casualties.").kind());
    }

    @Test
    void otherOutletsWordings() {
        assertEquals(50, only("The death toll from the twin blasts has risen to 50.").count());
        killed("The fire claimed 12 lives in the camp.", 12, null);
        assertTrue(FINDER.find("The patrol took 12 prisoners.").isEmpty());
        killed("Four of them were killed by snipers.", 4, null);
        Casualty c = only("Medics treated hundreds of casualties.");
        assertEquals(Casualty.Kind.KILLED_OR_INJURED, c.kind());
        assertEquals(100, c.count());
        killed("The bomber killed himself and 5 others were killed nearby.", 5, "others");
    }

    @Test
    void numbersInsideDatesAreNoCounts() {
        String s = "By Jan. 5 killed militants were buried.";
        int at = s.indexOf("Jan. 5");
        assertTrue(FINDER.find(s, List.of(new org.sitrep.model.Span(at, at + 6))).isEmpty());
        assertTrue(FINDER.find("In 2016 were killed in the town.").isEmpty());
    }

    @Test
    void wounded() {
        Casualty c = only("The mortar round wounded 9 near the gate.");
        assertEquals(Casualty.Kind.INJURED, c.kind());
        assertEquals(9, c.count());
        assertEquals(Casualty.Kind.INJURED, only("Four guards were injured.").kind());
    }

    @Test
    void reportedZero() {
        for (String s : new String[]{"The shell hit an empty school and there were no casualties.",
                "No one was hurt when the rocket landed.", "The patrol returned without casualties."}) {
            Casualty c = only(s);
            assertEquals(Casualty.Kind.NO_CASUALTIES, c.kind(), s);
            assertEquals(0, c.count(), s);
        }
    }

    @Test
    void aSingleVictimIsOne() {
        killed("An air strike killed the ISIS oil chief near the border.", 1, "ISIS oil chief");
        killed("A police officer was killed at the roadblock.", 1, "police officer");
        killed("Abu Bakr al-Tunisi was killed in a drone strike.", 1, "Abu Bakr al-Tunisi");
    }

    @Test
    void losingFightersIsKilledButLosingVillagesIsNot() {
        killed("The group lost at least 35 militants in a week.", 35, "militants");
        killed("The group loses 35 militiamen near the river.", 35, "militiamen");
        assertTrue(FINDER.find("The group lost 12 villages and 3 tanks.").isEmpty());
    }

    @Test
    void countsWithoutATriggerAreNothing() {
        for (String s : new String[]{"Six bombers struck 129 targets.", "More than 500 recruits gathered in the city.",
                "On January 30, two convoys left.", "The coalition cleared 150 villages in 2016.", ""})
            assertTrue(FINDER.find(s).isEmpty(), s);
        assertTrue(FINDER.find(null).isEmpty());
    }

    @Test
    void namedPeopleRelativesAndPeoples() {
        killed("Hamid was mortally wounded near the bridge.", 1, "Hamid");
        killed("The brother of the mayor said his son was killed at dawn.", 1, "son");
        killed("The defence ministry named the pilot who was killed in the crash.", 1, "pilot");
        killed("A tribal leader in Manbij was shot and killed on the road.", 1, "tribal leader");
        // a capitalised word after "in" is a place, not the victim
        assertTrue(FINDER.find("A trader in Manbij was shot and killed on the road.").stream().noneMatch(c -> "Manbij".equals(c.victims())));
        killed("Some 300 Yazidis died in the siege.", 300, "Yazidis");
        killed("Eight members of his family died when the roof fell.", 8, "members of his family");
        killed("Since spring more than 1,500 people - most of them farmers - have been killed.", 1500, "people");
        Casualty c = only("Two women and four children were allegedly shot dead at the well.");
        assertEquals(6, c.count());
    }

    @Test
    void neverThrowsOnOddText() {
        java.util.Random random = new java.util.Random(11);
        String[] words = {"killed", "dead", "over", "20", "and", "a", "general", "were", "no", "casualties", "-", ",", "toll", "of",
                "dozens", "Abu", "Omar", "was", "lost", "militants", "tens", "thousands", "1,200", "the", "wounded", "in", "Raqqa", "."};
        for (int i = 0; i < 3000; i++) {
            StringBuilder sb = new StringBuilder();
            int n = random.nextInt(25);
            for (int k = 0; k < n; k++) sb.append(words[random.nextInt(words.length)]).append(random.nextInt(5) == 0 ? "" : " ");
            String s = sb.toString();
            for (Casualty c : FINDER.find(s)) {
                assertTrue(c.span().end() <= s.length(), s);
                if (c.count() != null) assertTrue(c.count() >= 0, s);
                if (c.victimsSpan() != null) assertEquals(c.victims(), c.victimsSpan().of(s));
            }
        }
    }

    @Test
    void longRepetitiveTextStaysFast() {
        org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(20), () -> {
            FINDER.find("one ".repeat(20000));
            assertEquals(2000, FINDER.find("killed 3 men and ".repeat(2000)).size());
        });
    }

    @Test
    void agesAreNoCounts() {
        killed("A 10-year-old boy was killed by the shell.", 1, "10-year-old boy");
        killed("The three-day battle killed 40 fighters.", 40, "fighters");
    }

    @Test
    void headlineStyle() {
        Casualty c = only("Car bomb kills dozens in border town");
        assertEquals(12, c.count());
        assertEquals(Casualty.Kind.KILLED, c.kind());
    }
}
