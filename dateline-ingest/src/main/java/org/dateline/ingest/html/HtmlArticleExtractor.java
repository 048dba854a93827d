package org.dateline.ingest.html;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import org.dateline.ingest.clean.CleanText;
import org.dateline.ingest.clean.TextCleaner;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Turns HTML into article text and metadata. The front door of this package for other readers:
 * {@link org.dateline.ingest.feed.FeedReader} uses {@link #extractFragment} for item content,
 * {@link org.dateline.ingest.warc.WarcReader} uses {@link #extract} for captured pages.
 *
 * <pre>{@code
 * ExtractedArticle page = new HtmlArticleExtractor().extract(html, "https://example.org/a/1");
 * Article article = page.toBuilder("a-1").source("pages/a-1.html").build();
 * }</pre>
 *
 * The body then goes through the text-level {@link TextCleaner} that plain-text articles get, so
 * furniture lines, closing credits and datelines are handled alike in every format.
 *
 * <p>Instances are immutable and may be shared between threads.
 */
public final class HtmlArticleExtractor {

  private final MainTextExtractor mainText;
  private final JsonLdReader jsonLd = new JsonLdReader();
  private final MetaTagReader metaTags = new MetaTagReader();

  public HtmlArticleExtractor() {
    this.mainText = new MainTextExtractor(FurnitureVocabulary.standard());
  }

  /**
   * Reads a whole page.
   *
   * @param baseUri the page's address, to resolve relative links against; "" if unknown
   */
  public ExtractedArticle extract(String html, String baseUri) {
    return extract(Jsoup.parse(html, baseUri));
  }

  /** Reads a parsed page. The document is changed: furniture and captions are removed from it. */
  public ExtractedArticle extract(Document page) {
    PageMetadata markup = jsonLd.read(page).orElse(metaTags.read(page));
    return fromContainer(mainText.container(page), markup);
  }

  /**
   * Reads an HTML fragment that is all article, such as a feed item's content: furniture and
   * captions are still removed, but no container is chosen and there is no page metadata.
   */
  public ExtractedArticle extractFragment(String html, String baseUri) {
    Document fragment = Jsoup.parseBodyFragment(html, baseUri);
    return fromContainer(mainText.fragmentContainer(fragment), PageMetadata.empty());
  }

  private static ExtractedArticle fromContainer(Element container, PageMetadata markup) {
    PageMetadata stated = markup.outlet()
        .map(outlet -> markup.withTitle(markup.title().map(t -> TitleSuffix.strip(t, outlet))))
        .orElse(markup);
    CaptionCollector.Captions captions = CaptionCollector.take(container);
    LeadLines.Lead lead = LeadLines.take(TextBlocks.of(container), stated.title());
    PageMetadata fromText = new PageMetadata(
        Optional.empty(), Optional.empty(), lead.byline(), lead.published(), Optional.empty());
    CleanText body = TextCleaner.standard().clean(String.join("\n\n", lead.body()));
    PageMetadata fromFooter = new PageMetadata(
        Optional.empty(), body.outlet(), Optional.empty(), Optional.empty(), Optional.empty());
    PageMetadata metadata = stated.orElse(fromText).orElse(fromFooter);
    List<String> furniture = new ArrayList<>(captions.captions());
    furniture.addAll(lead.removed());
    furniture.addAll(body.furniture());
    LinkedHashSet<String> credits = new LinkedHashSet<>(captions.credits());
    credits.addAll(body.credits());
    return new ExtractedArticle(body.text(), metadata, List.copyOf(credits), furniture,
        body.dateline());
  }
}
