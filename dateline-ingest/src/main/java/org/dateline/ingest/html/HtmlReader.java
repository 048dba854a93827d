package org.dateline.ingest.html;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.dateline.ingest.ArticleSink;
import org.dateline.ingest.FormatReader;
import org.dateline.ingest.IngestOptions;
import org.dateline.ingest.ReadError;
import org.dateline.ingest.encoding.TextDecoder;
import org.dateline.ingest.encoding.UndecodableException;

/**
 * Reads one web page per file into one article. The article's id is the file name without its
 * extension, its source the file path, its url the page's canonical address if it states one.
 *
 * <p>Files larger than {@link IngestOptions#maxDocumentBytes()} are refused before they are
 * read. Bytes are decoded with {@link TextDecoder}, trusting the charset the page declares in its
 * first kilobytes; empty, binary and badly encoded files, and pages without article text, are
 * reported as {@link ReadError}s.
 */
public final class HtmlReader implements FormatReader {

  private final DocumentSizeLimit limit;
  private final TextDecoder decoder = new TextDecoder();
  private final HtmlArticleExtractor extractor = new HtmlArticleExtractor();

  public HtmlReader(IngestOptions options) {
    this.limit = new DocumentSizeLimit(options.maxDocumentBytes());
  }

  @Override
  public void read(Path file, ArticleSink sink) throws IOException {
    String location = file.toString();
    Optional<String> tooLarge = limit.refusal(file);
    if (tooLarge.isPresent()) {
      sink.fail(new ReadError(location, tooLarge.get()));
      return;
    }
    byte[] bytes = limit.read(file);
    String html;
    try {
      html = decoder.decode(bytes, DeclaredCharset.sniff(bytes));
    } catch (UndecodableException e) {
      sink.fail(new ReadError(location, e.getMessage()));
      return;
    }
    ExtractedArticle page = extractor.extract(html, "");
    if (page.isEmpty()) {
      sink.fail(new ReadError(location, "no article text found in the page"));
      return;
    }
    sink.accept(page.toBuilder(idOf(file)).source(location).build());
  }

  private static String idOf(Path file) {
    String name = file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }
}
