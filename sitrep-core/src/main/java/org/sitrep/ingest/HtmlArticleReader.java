package org.sitrep.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.Elements;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.jsoup.select.QueryParser;
import org.jsoup.select.Selector;
import org.sitrep.model.Document;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One HTML page to one {@link Document}: the article's own text (the articleBody, the largest
 * &lt;article&gt;, &lt;main&gt;, else the block holding most paragraph text) with paragraph breaks as blank
 * lines, and its metadata from the tags outlets use (Open Graph, schema.org JSON-LD and microdata,
 * Dublin Core, Parse.ly, Sailthru, &lt;time&gt;). Furniture selectors are data ({@code page-furniture.txt}).
 */
final class HtmlArticleReader {
    /** Deeper nesting is broken or hostile markup; jsoup flattens it instead of recursing. */
    static final int MAX_DEPTH = 512;

    private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "main", "h1", "h2", "h3", "h4",
            "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "blockquote", "pre", "table", "tr", "td", "th",
            "figure", "hr", "address", "center", "header", "footer", "body");
    private static final String[] PUBLISHED_META = {"article:published_time", "og:published_time", "datePublished",
            "pubdate", "publishdate", "publish-date", "date", "DC.date.issued", "dc.date", "dcterms.issued",
            "sailthru.date", "parsely-pub-date", "article.published", "original-publish-date"};
    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]{0,200}?charset\\s*=\\s*[\"']?([A-Za-z0-9_:.-]{2,40})", Pattern.CASE_INSENSITIVE);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final List<String> furniture;
    private final BoilerplateRemover remover;

    HtmlArticleReader(BoilerplateRemover remover) {
        this.remover = remover;
        this.furniture = loadSelectors(HtmlArticleReader.class.getResourceAsStream("page-furniture.txt"));
    }

    /** The charset a page declares in its first bytes (meta charset or http-equiv), or null. */
    static String declaredCharset(byte[] bytes) {
        int n = Math.min(bytes.length, 4096);
        Matcher m = META_CHARSET.matcher(new String(bytes, 0, n, StandardCharsets.ISO_8859_1));
        return m.find() ? m.group(1) : null;
    }

    /**
     * @param html    the decoded page
     * @param id      the document id (file name, WARC record id)
     * @param pageUrl where the page was fetched from, or null; used as base and as url fallback
     * @param origin  for error messages
     * @param notes   told about dropped dates
     * @throws RejectedInput when the page holds no article text
     */
    Document read(String html, String id, String pageUrl, String origin, Consumer<ReadError> notes) throws RejectedInput {
        Parser parser = Parser.htmlParser().setMaxDepth(MAX_DEPTH);
        org.jsoup.nodes.Document page = Jsoup.parse(html, pageUrl == null ? "" : pageUrl, parser);

        String siteName = meta(page, "og:site_name");
        String url = firstNonBlank(absolute(page.selectFirst("link[rel=canonical][href]")), meta(page, "og:url"), pageUrl);
        JsonLd jsonLd = jsonLd(page);
        if (siteName == null) siteName = jsonLd.publisher();
        LocalDate published = published(page, jsonLd, origin, notes);
        String title = title(page, siteName, jsonLd); // before furniture goes: the headline often sits in a <header>
        String text = text(mainText(page));
        title = InvisibleCharacters.strip(title).replaceAll("\\s+", " ").strip();
        String body = remover.clean(text);
        if (body.isBlank() || body.equals(title)) throw new RejectedInput("no article text in the HTML page");
        // the headline leads the text, as in a JSONL corpus, so that evidence offsets can point into it
        String cleaned = title.isEmpty() || body.startsWith(title) ? body : title + "\n\n" + body;
        return new Document(id, blankToNull(url), clean(siteName), published, false, title, cleaned, origin);
    }

    private Element mainText(org.jsoup.nodes.Document page) {
        Element body = page.body();
        for (Element e : page.select("script, style, noscript, template")) e.remove();
        // never removed: the article's own containers and everything around them
        Set<Element> protectedElements = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Element k : page.select("[itemprop=articleBody], article, main, [role=main]")) {
            for (Element a = k; a != null; a = a.parent()) {
                if (!protectedElements.add(a)) break;
            }
        }
        Map<Element, Integer> paragraphText = paragraphTextBySubtree(body);
        int pageText = paragraphText.getOrDefault(body, 0);
        for (String selector : furniture) {
            for (Element e : page.select(selector)) {
                if (e == body || protectedElements.contains(e) || e.parent() == null) continue;
                if ("html".equals(e.normalName()) || "head".equals(e.normalName())) continue;
                // a wrapper holding most of the page's paragraphs is layout, not furniture (ASP.NET's page-wide <form>)
                if (pageText > 0 && paragraphText.getOrDefault(e, 0) * 2 > pageText) continue;
                e.remove();
            }
        }
        Element best = largest(page.select("[itemprop=articleBody]"));
        if (best == null) best = largest(page.select("article"));
        if (best == null) best = largest(page.select("main, [role=main]"));
        if (best == null) best = densestBlock(body);
        return best == null ? body : best;
    }

    /** For every element, the length of the text of the paragraphs inside it, in one pass without recursion. */
    private static Map<Element, Integer> paragraphTextBySubtree(Element root) {
        Map<Element, Integer> sums = new IdentityHashMap<>();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) { }

            @Override
            public void tail(Node node, int depth) {
                if (!(node instanceof Element e)) return;
                int own = sums.getOrDefault(e, 0);
                if (e.normalName().equals("p")) own = e.text().length();
                if (own == 0) return;
                sums.put(e, own);
                Element parent = e.parent();
                if (parent != null) sums.merge(parent, own, Integer::sum);
            }
        }, root);
        return sums;
    }

    /** The element whose own paragraphs hold most text: the article body of a page without markup for it. */
    private static Element densestBlock(Element body) {
        Map<Element, Integer> score = new IdentityHashMap<>();
        for (Element p : body.select("p, pre, blockquote")) {
            Element parent = p.parent();
            if (parent != null) score.merge(parent, p.text().length(), Integer::sum);
        }
        Element best = null;
        int bestScore = 0;
        for (Map.Entry<Element, Integer> e : score.entrySet()) {
            if (e.getValue() > bestScore) {
                best = e.getKey();
                bestScore = e.getValue();
            }
        }
        // a lone short paragraph is no article: read the whole body then
        return bestScore >= 200 ? best : null;
    }

    private static Element largest(Elements candidates) {
        Element best = null;
        int bestLength = 0;
        for (Element e : candidates) {
            int length = e.text().length();
            if (length > bestLength) {
                best = e;
                bestLength = length;
            }
        }
        return best;
    }

    /** Text with one paragraph a block element, paragraphs separated by blank lines; iterative, so nesting depth costs no stack. */
    static String text(Element root) {
        StringBuilder out = new StringBuilder();
        StringBuilder paragraph = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    paragraph.append(t.getWholeText().replace('\n', ' ')); // source line breaks are spaces
                } else if (node instanceof Element e && e.normalName().equals("br")) {
                    paragraph.append('\n'); // a line break inside a paragraph, not a new one
                } else if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                    flush(out, paragraph);
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && BLOCKS.contains(e.normalName())) flush(out, paragraph);
            }
        }, root);
        flush(out, paragraph);
        return out.toString();
    }

    /** Appends the paragraph with its whitespace runs collapsed, its lines (from <br>) kept; one pass, no regex. */
    private static void flush(StringBuilder out, StringBuilder paragraph) {
        if (paragraph.length() == 0) return;
        int mark = out.length();
        if (mark > 0) out.append("\n\n");
        int start = out.length();
        boolean space = false;
        for (int i = 0; i < paragraph.length(); i++) {
            char c = paragraph.charAt(i);
            if (c == '\n') {
                trimEnd(out, start);
                if (out.length() > start && out.charAt(out.length() - 1) != '\n') out.append('\n');
                space = false;
            } else if (Character.isWhitespace(c) || c == '\u00A0') {
                space = true;
            } else {
                if (space && out.length() > start && out.charAt(out.length() - 1) != '\n') out.append(' ');
                space = false;
                out.append(c);
            }
        }
        trimEnd(out, start);
        while (out.length() > start && out.charAt(out.length() - 1) == '\n') out.setLength(out.length() - 1);
        if (out.length() == start) out.setLength(mark); // nothing but whitespace
        paragraph.setLength(0);
    }

    private static void trimEnd(StringBuilder out, int start) {
        while (out.length() > start && out.charAt(out.length() - 1) == ' ') out.setLength(out.length() - 1);
    }

    private static String title(org.jsoup.nodes.Document page, String siteName, JsonLd jsonLd) {
        String og = meta(page, "og:title");
        if (og != null) return withoutSiteName(og, siteName);
        if (jsonLd.headline() != null) return jsonLd.headline();
        Element h1 = page.selectFirst("article h1, [itemprop=articleBody] h1, main h1");
        if (h1 == null) h1 = page.selectFirst("h1");
        if (h1 != null && !h1.text().isBlank()) return h1.text();
        return withoutSiteName(page.title(), siteName);
    }

    private static String withoutSiteName(String title, String siteName) {
        if (siteName != null && !siteName.isBlank()) {
            // "Headline | Outlet" and "Headline - Outlet": the outlet is the source, not the headline
            for (String sep : new String[] {" | ", " - ", " – ", " — ", " :: "}) {
                String suffix = sep + siteName.strip();
                if (title.endsWith(suffix)) return title.substring(0, title.length() - suffix.length());
            }
        }
        return title;
    }

    private static LocalDate published(org.jsoup.nodes.Document page, JsonLd jsonLd, String origin, Consumer<ReadError> notes) {
        List<String> candidates = new ArrayList<>();
        for (String name : PUBLISHED_META) {
            String v = meta(page, name);
            if (v != null) candidates.add(v);
        }
        for (Element e : page.select("[itemprop=datePublished]")) {
            candidates.add(firstNonBlank(e.attr("content"), e.attr("datetime"), e.text()));
        }
        candidates.addAll(jsonLd.dates());
        Element time = page.selectFirst("time[pubdate][datetime], article time[datetime], time[datetime]");
        if (time != null) candidates.add(time.attr("datetime"));
        for (String candidate : candidates) {
            if (candidate == null || candidate.isBlank()) continue;
            try {
                return PublishedDate.parse(candidate);
            } catch (IllegalArgumentException e) {
                notes.accept(new ReadError(origin, e.getMessage() + "; date ignored, " + ReadError.KEPT));
            }
        }
        return null;
    }

    /** What a page's schema.org JSON-LD says about the article: every datePublished, the first headline and publisher name. */
    record JsonLd(List<String> dates, String headline, String publisher) {}

    /** Read without recursion and with a node budget: JSON-LD is often broken or huge, never worth rejecting a page for. */
    private static JsonLd jsonLd(org.jsoup.nodes.Document page) {
        List<String> dates = new ArrayList<>();
        String headline = null;
        String publisher = null;
        for (Element script : page.select("script[type=application/ld+json]")) {
            JsonNode root;
            try {
                root = JSON.readTree(script.data());
            } catch (IOException | RuntimeException e) {
                continue;
            }
            Deque<JsonNode> todo = new ArrayDeque<>();
            if (root != null) todo.add(root);
            int visited = 0;
            while (!todo.isEmpty() && visited++ < 10_000) {
                JsonNode node = todo.poll();
                if (node.isObject()) {
                    JsonNode date = node.get("datePublished");
                    if (date != null && date.isTextual()) dates.add(date.asText());
                    JsonNode h = node.get("headline");
                    if (headline == null && h != null && h.isTextual() && !h.asText().isBlank()) headline = h.asText().strip();
                    JsonNode p = node.path("publisher").path("name");
                    if (publisher == null && p.isTextual() && !p.asText().isBlank()) publisher = p.asText().strip();
                }
                for (Iterator<JsonNode> it = node.elements(); it.hasNext(); ) todo.add(it.next());
            }
        }
        return new JsonLd(dates, headline, publisher);
    }

    /** content of meta[property=name] or meta[name=name] or meta[itemprop=name]. */
    private static String meta(org.jsoup.nodes.Document page, String name) {
        for (Element m : page.head().select("meta[content]")) {
            if (name.equalsIgnoreCase(m.attr("property")) || name.equalsIgnoreCase(m.attr("name"))
                    || name.equalsIgnoreCase(m.attr("itemprop"))) {
                String v = m.attr("content").strip();
                if (!v.isEmpty()) return v;
            }
        }
        return null;
    }

    private static String absolute(Element link) {
        if (link == null) return null;
        String abs = link.absUrl("href");
        return abs.isEmpty() ? link.attr("href") : abs;
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) if (v != null && !v.isBlank()) return v.strip();
        return null;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    private static String clean(String s) {
        return s == null ? null : InvisibleCharacters.strip(s).strip();
    }

    private static List<String> loadSelectors(InputStream in) {
        List<String> selectors = new ArrayList<>();
        for (DataLines.Line line : DataLines.read(in, "page-furniture.txt")) {
            String selector = line.text().strip();
            try {
                QueryParser.parse(selector); // a typo in the data fails at start-up, not silently per page
            } catch (Selector.SelectorParseException e) {
                throw line.error("bad selector: " + e.getMessage());
            }
            selectors.add(selector);
        }
        return List.copyOf(selectors);
    }
}
