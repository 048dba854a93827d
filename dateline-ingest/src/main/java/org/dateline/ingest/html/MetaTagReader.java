package org.dateline.ingest.html;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/**
 * Reads article metadata from the page's markup other than JSON-LD: Open Graph and
 * {@code article:} meta tags first, then plain and Dublin Core meta tags ({@code author},
 * {@code date}, {@code pubdate}, {@code dc.date}...), then microdata and {@code <time datetime>},
 * then {@code <link rel=canonical>}, {@code <title>} and the first {@code <h1>}.
 */
final class MetaTagReader {

  /** How many marked-up elements to try for one field; real pages have one or two. */
  private static final int MAX_CANDIDATES = 10;
  private static final List<String> TITLE_KEYS = List.of("og:title", "twitter:title", "dc.title");
  private static final List<String> OUTLET_KEYS = List.of("og:site_name", "application-name");
  private static final List<String> DATE_KEYS = List.of("article:published_time",
      "og:article:published_time", "og:published_time", "date", "pubdate", "publishdate",
      "publish-date", "publish_date", "dc.date", "dc.date.issued", "dcterms.date",
      "dcterms.issued", "dcterms.created", "parsely-pub-date", "sailthru.date", "datepublished");
  private static final List<String> AUTHOR_KEYS = List.of("author", "article:author",
      "dc.creator", "dcterms.creator", "parsely-author", "sailthru.author");

  PageMetadata read(Document page) {
    Map<String, String> meta = metaTags(page);
    return new PageMetadata(
        first(meta, TITLE_KEYS).or(() -> text(page.selectFirst("title")))
            .or(() -> text(page.selectFirst("h1"))),
        first(meta, OUTLET_KEYS),
        first(meta, AUTHOR_KEYS).filter(a -> !a.startsWith("http")).map(Bylines::withoutBy)
            .or(() -> markedAuthors(page)),
        published(page, meta),
        first(meta, List.of("og:url")).filter(u -> u.startsWith("http"))
            .or(() -> canonical(page)));
  }

  private static Optional<LocalDate> published(Document page, Map<String, String> meta) {
    Stream<String> fromMeta = DATE_KEYS.stream().map(meta::get).filter(v -> v != null);
    Stream<String> fromMarkup = page
        .select("[itemprop=datePublished], time[pubdate], time[datetime]")
        .stream().limit(MAX_CANDIDATES)
        .map(e -> Stream.of(e.attr("content"), e.attr("datetime"), e.text())
            .filter(v -> !v.isBlank()).findFirst().orElse(""));
    return Stream.concat(fromMeta, fromMarkup)
        .map(PublicationDateParser::parse).flatMap(Optional::stream).findFirst();
  }

  /** Authors marked up as microdata ({@code itemprop=author}) or {@code rel=author} links. */
  private static Optional<String> markedAuthors(Document page) {
    List<String> names = new ArrayList<>();
    List<Element> authors =
        page.select("[itemprop=author]").stream().limit(MAX_CANDIDATES).toList();
    for (Element author : authors) {
      Element name = author.selectFirst("[itemprop=name]");
      Element holder = name != null ? name : author;
      names.add(holder.attr("content").isBlank() ? holder.text() : holder.attr("content"));
    }
    if (names.isEmpty()) {
      page.select("a[rel=author]").stream().limit(MAX_CANDIDATES).forEach(a -> names.add(a.text()));
    }
    return Bylines.join(names.stream().map(Bylines::withoutBy).toList());
  }

  private static Optional<String> canonical(Document page) {
    Element link = page.selectFirst("link[rel=canonical][href]");
    return link == null ? Optional.empty()
        : Optional.of(link.attr("abs:href")).filter(href -> href.startsWith("http"));
  }

  private static Map<String, String> metaTags(Document page) {
    Map<String, String> found = new HashMap<>();
    for (Element meta : page.select("meta[content]")) {
      String content = meta.attr("content");
      for (String attribute : List.of("property", "name", "itemprop")) {
        String key = meta.attr(attribute).strip().toLowerCase(Locale.ROOT);
        if (!key.isEmpty() && !content.isBlank()) {
          found.putIfAbsent(key, content);
        }
      }
    }
    return found;
  }

  private static Optional<String> first(Map<String, String> meta, List<String> keys) {
    return keys.stream().map(meta::get).filter(v -> v != null && !v.isBlank()).findFirst();
  }

  private static Optional<String> text(@Nullable Element element) {
    return element == null ? Optional.empty() : Optional.of(element.text());
  }
}
