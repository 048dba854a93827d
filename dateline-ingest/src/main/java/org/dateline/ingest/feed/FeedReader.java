package org.dateline.ingest.feed;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.dateline.ingest.ArticleSink;
import org.dateline.ingest.FormatReader;
import org.dateline.ingest.IngestOptions;
import org.dateline.ingest.ReadError;
import org.dateline.ingest.encoding.TextDecoder;
import org.dateline.ingest.encoding.UndecodableException;
import org.dateline.ingest.html.DeclaredCharset;
import org.dateline.ingest.html.DocumentSizeLimit;
import org.dateline.ingest.html.HtmlArticleExtractor;
import org.jdom2.Document;
import org.jdom2.Element;
import org.jdom2.JDOMException;

/**
 * Reads an RSS 2.0, RSS 1.0 or Atom feed file, one article per item or entry, with source
 * {@code path#item N} (N counted from 1 in document order).
 *
 * <p>A file that is too large, not text, not well-formed XML or not a feed is one
 * {@link ReadError} naming the file and the reason; an item without any text is a
 * {@code ReadError} for that item, and the others are still read.
 */
public final class FeedReader implements FormatReader {

  private final DocumentSizeLimit limit;
  private final TextDecoder decoder = new TextDecoder();
  private final FeedXmlParser parser = new FeedXmlParser();
  private final HtmlArticleExtractor extractor = new HtmlArticleExtractor();

  public FeedReader(IngestOptions options) {
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
    Document xml;
    try {
      xml = parser.parse(decoder.decode(bytes, DeclaredCharset.sniff(bytes)));
    } catch (UndecodableException e) {
      sink.fail(new ReadError(location, e.getMessage()));
      return;
    } catch (JDOMException e) {
      sink.fail(new ReadError(location, "not well-formed XML: " + oneLine(e.getMessage())));
      return;
    }
    Optional<SyndFeed> feed = feedOf(xml, location, sink);
    if (feed.isPresent()) {
      readEntries(file, xml, feed.get(), sink);
    }
  }

  private Optional<SyndFeed> feedOf(Document xml, String location, ArticleSink sink) {
    String root = xml.getRootElement().getQualifiedName();
    try {
      return Optional.of(new SyndFeedInput().build(xml));
    } catch (IllegalArgumentException e) {
      sink.fail(new ReadError(location, "not an RSS or Atom feed (root element <" + root + ">)"));
    } catch (FeedException e) {
      sink.fail(new ReadError(location,
          "not a valid " + root + " feed: " + oneLine(e.getMessage())));
    }
    return Optional.empty();
  }

  private void readEntries(Path file, Document xml, SyndFeed feed, ArticleSink sink) {
    List<SyndEntry> entries = feed.getEntries();
    List<Element> elements = ItemElements.of(xml);
    boolean aligned = elements.size() == entries.size();
    FeedItemReader items = new FeedItemReader(file.toString(), stem(file),
        FeedItemReader.nonBlank(feed.getTitle()), extractor);
    for (int i = 0; i < entries.size(); i++) {
      Optional<Element> element = aligned ? Optional.of(elements.get(i)) : Optional.empty();
      items.read(entries.get(i), element, i + 1, sink);
    }
  }

  private static String stem(Path file) {
    String name = file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }

  private static String oneLine(String message) {
    String flat = message == null ? "no details" : message.replaceAll("\\s+", " ").strip();
    return flat.length() > 200 ? flat.substring(0, 200) + "…" : flat;
  }
}
