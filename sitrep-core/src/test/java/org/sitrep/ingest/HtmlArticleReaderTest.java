package org.sitrep.ingest;

import org.junit.jupiter.api.Test;
import org.sitrep.model.Document;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HtmlArticleReaderTest {
    private final HtmlArticleReader reader = new HtmlArticleReader(new BoilerplateRemover());
    private final List<ReadError> notes = new ArrayList<>();

    private static final String NEWS_PAGE = """
            <!DOCTYPE html><html><head>
            <title>Shelling reported near river crossing | Example Daily</title>
            <meta property="og:title" content="Shelling reported near river crossing">
            <meta property="og:site_name" content="Example Daily">
            <meta property="article:published_time" content="2021-03-04T08:15:00+03:00">
            <link rel="canonical" href="/news/2021/shelling-river-crossing">
            <script>var tracking = "should never appear";</script>
            <style>.x { color: red }</style>
            </head><body>
            <a href="#main">Skip to main content</a>
            <header><nav><ul><li>Home</li><li>World</li><li>Opinion</li></ul></nav></header>
            <div class="share-bar">Share on Facebook Share on Twitter</div>
            <article>
              <h1>Shelling reported near river crossing</h1>
              <p>Artillery fire hit positions near the river crossing on Tuesday, a local monitor said.</p>
              <!-- editor's note: hidden comment -->
              <p>Two fighters were killed and <b>three</b> wounded, according to the monitor.</p>
              <figure><img src="x.jpg"><figcaption>Smoke over the crossing | © Example Agency</figcaption></figure>
              <p>The crossing links two districts<br>held by rival groups.</p>
              <aside class="related"><h3>Related</h3><p>Another story entirely about elections somewhere else.</p></aside>
            </article>
            <section id="comments"><p>Comment by a reader who disagrees with everything and says so at length.</p></section>
            <form><input name="q"><button>Search</button></form>
            <footer><p>© 2021 Example Daily. All rights reserved.</p><p>Contact us</p></footer>
            </body></html>
            """;

    @Test
    void newsPageGivesArticleTextAndMetadata() throws Exception {
        Document doc = reader.read(NEWS_PAGE, "shelling", "https://example.org/a?utm=1", "shelling.html", notes::add);
        assertEquals("shelling", doc.id());
        assertEquals("Shelling reported near river crossing", doc.title());
        assertEquals("https://example.org/news/2021/shelling-river-crossing", doc.url());
        assertEquals("Example Daily", doc.source());
        assertEquals(LocalDate.of(2021, 3, 4), doc.published());
        assertFalse(doc.publishedInferred());
        assertEquals("shelling.html", doc.origin());
        List<String> paragraphs = List.of(doc.text().split("\n\n"));
        assertEquals("Shelling reported near river crossing", paragraphs.get(0));
        assertTrue(paragraphs.get(1).startsWith("Artillery fire hit positions"), doc.text());
        assertEquals("Two fighters were killed and three wounded, according to the monitor.", paragraphs.get(2));
        assertEquals("The crossing links two districts\nheld by rival groups.", paragraphs.get(3)); // <br> breaks a line only
        for (String furniture : List.of("tracking", "color", "Skip", "Home", "Share", "Smoke", "Agency", "elections",
                "Comment by", "Search", "rights reserved", "Contact", "editor's note")) {
            assertFalse(doc.text().contains(furniture), () -> "furniture '" + furniture + "' in " + doc.text());
        }
        assertTrue(notes.isEmpty(), notes.toString());
    }

    @Test
    void articleBodyAndJsonLdDateWithoutOpenGraph() throws Exception {
        String html = """
                <html><head><title>Ceasefire talks stall - Wire Service</title>
                <script type="application/ld+json">{"@context":"https://schema.org","@graph":[
                  {"@type":"WebPage","name":"x"},
                  {"@type":"NewsArticle","headline":"Ceasefire talks stall","datePublished":"2019-07-02T11:00:00Z"}]}
                </script></head><body>
                <div class="layout"><div class="sidebar"><p>Most read: a list of unrelated headlines, several of them.</p></div>
                <div itemprop="articleBody"><p>Negotiators left the talks without an agreement on Monday evening.</p>
                <p>Both delegations blamed the other side for the failure.</p></div></div>
                </body></html>""";
        Document doc = reader.read(html, "talks", null, "talks.html", notes::add);
        assertEquals(LocalDate.of(2019, 7, 2), doc.published());
        assertEquals("Ceasefire talks stall", doc.title()); // JSON-LD headline before <title>
        assertNull(doc.url());
        assertEquals("unknown", doc.source());
        assertFalse(doc.text().contains("Most read"));
        assertTrue(doc.text().endsWith("Both delegations blamed the other side for the failure."));
    }

    @Test
    void withoutMarkupTheLargestTextBlockWins() throws Exception {
        String html = "<html><body><div id='menu'><p>Home</p><p>World</p></div><div class='c'>"
                + "<p>" + "A convoy was stopped at the checkpoint by armed men in the morning. ".repeat(4) + "</p>"
                + "<p>" + "Officials later said the convoy had been allowed to continue its journey. ".repeat(3) + "</p>"
                + "</div><div class='links'><p>Terms</p></div>"
                + "<time datetime='2018-05-06'>6 May</time></body></html>";
        Document doc = reader.read(html, "convoy", null, "convoy.html", notes::add);
        assertTrue(doc.text().startsWith("A convoy was stopped"), doc.text());
        assertFalse(doc.text().contains("Terms"));
        assertEquals("", doc.title()); // no og:title, <h1> or <title>: no headline is made up
        assertEquals(LocalDate.of(2018, 5, 6), doc.published());
    }

    @Test
    void titleLosesTheSiteNameSuffix() throws Exception {
        String html = "<html><head><title>Airstrike hits depot | Example Daily</title>"
                + "<meta property='og:site_name' content='Example Daily'></head>"
                + "<body><p>An airstrike hit an ammunition depot outside the town overnight, residents said.</p></body></html>";
        Document doc = reader.read(html, "depot", null, "depot.html", notes::add);
        assertEquals("Airstrike hits depot", doc.title());
        assertTrue(doc.text().startsWith("Airstrike hits depot\n\nAn airstrike hit"), doc.text());
    }

    @Test
    void absurdDatesAreDroppedWithANoteAndTheNextTagIsUsed() throws Exception {
        String html = "<html><head><meta property='article:published_time' content='2999-01-01'>"
                + "<meta name='date' content='0000-01-01'><meta name='parsely-pub-date' content='2017-02-03'></head>"
                + "<body><p>Clashes continued in the old city for a third day.</p></body></html>";
        Document doc = reader.read(html, "clashes", null, "clashes.html", notes::add);
        assertEquals(LocalDate.of(2017, 2, 3), doc.published());
        assertEquals(2, notes.size(), notes.toString());
        assertTrue(notes.get(0).reason().contains("absurd published date 2999-01-01"), notes.toString());
        assertFalse(notes.get(0).rejectsDocument());
        assertEquals("clashes.html", notes.get(0).origin());
    }

    @Test
    void pageWithoutTextIsRejected() {
        RejectedInput e = assertThrows(RejectedInput.class, () -> reader.read(
                "<html><head><script>x()</script></head><body><nav>Home</nav></body></html>", "e", null, "e.html", notes::add));
        assertEquals("no article text in the HTML page", e.reason());
        RejectedInput titleOnly = assertThrows(RejectedInput.class, () -> reader.read(
                "<html><head><title>Live updates</title></head><body><nav>Home</nav></body></html>", "t", null, "t.html", notes::add));
        assertEquals("no article text in the HTML page", titleOnly.reason());
    }

    @Test
    void hundredThousandNestedUnclosedDivsNeitherHangNorOverflow() {
        StringBuilder html = new StringBuilder("<html><body>");
        html.append("<div>".repeat(100_000));
        html.append("<p>Deep inside the markup a sentence about the front line survives.</p>");
        html.append("<span><b><i>".repeat(20_000));
        Document doc = assertTimeoutPreemptively(Duration.ofSeconds(20),
                () -> reader.read(html.toString(), "deep", null, "deep.html", notes::add));
        assertTrue(doc.text().contains("a sentence about the front line survives"), doc.text());
    }

    @Test
    void declaredCharsetIsFoundInTheFirstBytes() {
        assertEquals("windows-1256", HtmlArticleReader.declaredCharset(
                "<html><head><meta charset=\"windows-1256\"></head>".getBytes()));
        assertEquals("ISO-8859-1", HtmlArticleReader.declaredCharset(
                "<meta http-equiv='Content-Type' content='text/html; charset=ISO-8859-1'>".getBytes()));
        assertNull(HtmlArticleReader.declaredCharset("<html><body>no declaration</body></html>".getBytes()));
    }
}
