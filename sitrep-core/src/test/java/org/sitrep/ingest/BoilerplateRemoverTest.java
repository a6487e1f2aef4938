package org.sitrep.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BoilerplateRemoverTest {
    private final BoilerplateRemover remover = new BoilerplateRemover();

    /** Strings no cleaned seed may hold: the artefacts and notices of the seeds' site furniture. */
    private static final List<String> FORBIDDEN = List.of("[email", "email protected", "disclaimer", "fair use",
            "paypal", "patreon", "skip to", "back to top", "droit d'auteur", "non-responsabilit", "articles by",
            "articles par", "note to readers", "share buttons", "subscribe", "follow us", "theme:", "in-depth report",
            "| ©", "copyright", "utilisation équitable", "media inquiries", "contact média", "infopartners");

    /**
     * Per seed, read by a person: how many paragraphs (lines) of the original are the report
     * (headline included), and the index of the original line that is the report's last paragraph.
     */
    private static final Map<String, int[]> SEED_EXPECTATIONS = Map.of(
            "000", new int[] {7, 6},   // headline, section line, five report paragraphs; appeal and notices follow
            "001", new int[] {8, 9},   // headline, two theme labels, seven report paragraphs
            "002", new int[] {9, 9},   // headline, a photo credit, eight report paragraphs; French notices follow
            "003", new int[] {10, 9},  // headline, nine report paragraphs; "*", share prompt, notices follow
            "004", new int[] {5, 5});  // skip link, headline, two lead+body pairs, back-to-top link

    @Test
    void seedsKeepEveryReportParagraphAndNoFurniture() {
        List<JsonNode> seeds = SharedCorpus.documents("seeds.jsonl");
        assertEquals(5, seeds.size());
        for (JsonNode seed : seeds) {
            String id = seed.get("id").asText();
            String original = seed.get("text").asText();
            String cleaned = remover.clean(original);
            List<String> originalParagraphs = paragraphs(InvisibleCharacters.strip(original));
            List<String> kept = paragraphs(cleaned);
            int[] expected = SEED_EXPECTATIONS.get(id);

            assertEquals(expected[0], kept.size(), id + ": kept paragraphs " + kept);
            String lastReport = originalParagraphs.get(expected[1]);
            assertEquals(lastReport, kept.get(kept.size() - 1), id + ": last kept paragraph is the report's last");
            assertTrue(cleaned.endsWith(lastReport), id);
            assertEquals(originalParagraphs.get(0).length() > 0, true);

            // the patterns' complement: every paragraph the rules call report text is still there, in order
            boolean trailer = false;
            int from = 0;
            for (String p : originalParagraphs) {
                BoilerplateRemover.Verdict verdict = remover.judge(p, trailer);
                if (verdict == BoilerplateRemover.Verdict.TRAILER) trailer = true;
                if (verdict == BoilerplateRemover.Verdict.REPORT) {
                    int at = cleaned.indexOf(stripEmail(p), from);
                    assertTrue(at >= 0, id + ": report paragraph lost: " + p.substring(0, Math.min(60, p.length())));
                    from = at;
                }
            }
            String lower = cleaned.toLowerCase(Locale.ROOT).replace('\u00A0', ' ').replace('’', '\'');
            for (String bad : FORBIDDEN) assertFalse(lower.contains(bad), id + " still holds '" + bad + "'");
            // nothing of the report is cut: the kept paragraphs are whole lines of the original
            for (String p : kept) assertTrue(originalParagraphs.contains(p), id + ": altered paragraph " + p);
        }
    }

    /** re3d documents, read by a person: the only furniture is a social-media follow prompt closing r11. */
    private static final Map<String, Integer> RE3D_FURNITURE = Map.of("r11", 1);

    @Test
    void re3dDocumentsLoseNoReportParagraph() {
        List<JsonNode> docs = SharedCorpus.documents("re3d-conflict.jsonl");
        assertEquals(40, docs.size());
        for (JsonNode doc : docs) {
            String id = doc.get("id").asText();
            List<String> before = paragraphs(InvisibleCharacters.strip(doc.get("text").asText()));
            List<String> after = paragraphs(remover.clean(doc.get("text").asText()));
            int i = 0;
            int dropped = 0;
            for (String p : before) {
                if (i < after.size() && after.get(i).equals(p)) {
                    i++;
                    continue;
                }
                dropped++;
                System.out.println("re3d " + id + " furniture: " + p);
                assertTrue(p.length() <= 200, () -> id + ": a long paragraph was dropped: " + p);
                assertTrue(remover.judge(p, true) != BoilerplateRemover.Verdict.REPORT, id);
            }
            assertEquals(after.size(), i, id + ": kept text is not the original's paragraphs in order");
            assertEquals(RE3D_FURNITURE.getOrDefault(id, 0), dropped, id + ": paragraphs dropped");
        }
    }

    @Test
    void reportParagraphAfterAnAppealStays() {
        String text = "Headline of the report\n\nArmy units shelled the village on Monday.\n\n"
                + "Please support our work with a donation via PayPal.\n\n"
                + "A second attack on the same village was reported the next day by residents.\n\n"
                + "Visit us:\n\nContact: press@example.org";
        String cleaned = remover.clean(text);
        assertEquals("Headline of the report\n\nArmy units shelled the village on Monday.\n\n"
                + "A second attack on the same village was reported the next day by residents.", cleaned);
    }

    @Test
    void appealInMidArticleDoesNotSwallowReportTextAfterIt() {
        String text = "Headline\n\nThe offensive began at dawn.\n\n"
                + "If you value our reporting, please support our work.\n\n"
                + "Contact: desk@example.org\n\n"
                + "Our partners:\n\n"
                + "State media said the town was taken.\n\n"
                + "Contact with the besieged garrison was lost.\n\n"
                + "Militants posted on Telegram that their channel was hacked.\n\n"
                + "Commanders: the operation would continue.";
        assertEquals("Headline\n\nThe offensive began at dawn.\n\nState media said the town was taken.\n\n"
                + "Contact with the besieged garrison was lost.\n\n"
                + "Militants posted on Telegram that their channel was hacked.\n\n"
                + "Commanders: the operation would continue.", remover.clean(text));
    }

    @Test
    void noticesInOtherLanguagesGo() {
        String text = "Schlagzeile\n\nDie Armee meldete Kämpfe nahe der Stadt.\n\n"
                + "Haftungsausschluss: Für den Inhalt ist allein der Autor verantwortlich.\n\n"
                + "© 2020 Beispielverlag. Alle Rechte vorbehalten.\n\n"
                + "Aviso legal: los contenidos son responsabilidad del autor.\n\n"
                + "جميع الحقوق محفوظة";
        assertEquals("Schlagzeile\n\nDie Armee meldete Kämpfe nahe der Stadt.", remover.clean(text));
    }

    @Test
    void artefactsAreCutFromReportText() {
        String cleaned = remover.clean("The ministry wrote to [email\u00A0protected] about the strike on the depot.");
        assertEquals("The ministry wrote to about the strike on the depot.", cleaned);
    }

    @Test
    void longReportParagraphsThatMentionPromptWordsStay() {
        String report = "Follow-up strikes hit the same positions; officials said the share of civilian casualties "
                + "was rising and asked residents to subscribe to no rumours, as photo evidence was still being checked.";
        assertEquals(report, remover.clean(report));
        String said = "The Foreign Secretary said:";
        assertEquals(said, remover.clean(said)); // a label-like line outside the trailing block is report text
    }

    @Test
    void zeroWidthAndBidiControlsGoArabicStays() {
        String cleaned = remover.clean("Fighting near \u200Fحلب\u200E and Tal\u200B Rifaat\u202B.");
        assertEquals("Fighting near حلب and Tal Rifaat.", cleaned);
    }

    @Test
    void badRulesFileNamesTheLine() {
        String rules = "# comment\ndrop\t10\t^ok$\nwhatever\t10\tx\n";
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new BoilerplateRemover(
                new ByteArrayInputStream(rules.getBytes(StandardCharsets.UTF_8)), "test.tsv"));
        assertTrue(e.getMessage().startsWith("test.tsv:3"), e.getMessage());
    }

    private static String stripEmail(String p) {
        return BoilerplateRemover.trim(p.replaceAll("\\[email\\s*protected\\]", "").replaceAll("[ \\u00A0]{2,}", " "));
    }

    private static List<String> paragraphs(String text) {
        List<String> out = new ArrayList<>();
        for (String line : text.split("\n")) {
            String t = BoilerplateRemover.trim(line);
            if (!t.isEmpty()) out.add(t);
        }
        return out;
    }
}
