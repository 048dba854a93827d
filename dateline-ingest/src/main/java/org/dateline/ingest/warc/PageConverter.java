package org.dateline.ingest.warc;

import org.dateline.ingest.ArticleSink;
import org.dateline.ingest.ReadError;
import org.dateline.ingest.encoding.TextDecoder;
import org.dateline.ingest.encoding.UndecodableException;
import org.dateline.ingest.html.DeclaredCharset;
import org.dateline.ingest.html.ExtractedArticle;
import org.dateline.ingest.html.HtmlArticleExtractor;
import org.dateline.model.Article;

/**
 * Turns a captured page into an article: decodes it with the HTTP charset (else the one the page
 * declares), extracts its text, and names it by its target URI (by its source if it has none).
 */
final class PageConverter {

  private final TextDecoder decoder = new TextDecoder();
  private final HtmlArticleExtractor extractor;

  PageConverter(HtmlArticleExtractor extractor) {
    this.extractor = extractor;
  }

  void convert(CapturedPage page, String source, ArticleSink sink) {
    String html;
    try {
      html = decoder.decode(page.html(),
          page.declaredCharset().or(() -> DeclaredCharset.sniff(page.html())));
    } catch (UndecodableException e) {
      sink.fail(new ReadError(source, e.getMessage()));
      return;
    }
    ExtractedArticle article = extractor.extract(html, page.targetUri());
    if (article.isEmpty()) {
      sink.fail(new ReadError(source, "no article text found in the page"));
      return;
    }
    Article.Builder builder = page.targetUri().isEmpty()
        ? article.toBuilder(source)
        : article.toBuilder(page.targetUri()).url(page.targetUri());
    sink.accept(builder.source(source).build());
  }
}
