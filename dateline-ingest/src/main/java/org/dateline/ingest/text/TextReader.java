package org.dateline.ingest.text;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.dateline.ingest.ArticleSink;
import org.dateline.ingest.FormatReader;
import org.dateline.ingest.IngestOptions;
import org.dateline.ingest.ReadError;
import org.dateline.ingest.clean.Vocabulary;
import org.dateline.ingest.encoding.TextDecoder;
import org.dateline.ingest.encoding.UndecodableException;
import org.dateline.model.Article;

/**
 * Reads a plain-text file (optionally gzip-compressed) as one article. The id is the file name
 * without its extension, the source the file's path. Files over
 * {@link IngestOptions#maxDocumentBytes()}, empty, binary or undecodable files, and files with
 * no body left after the header and furniture are reported to the sink, not thrown.
 */
public final class TextReader implements FormatReader {

  private final IngestOptions options;
  private final TextDecoder decoder = new TextDecoder();
  private final PlainTextParser parser;

  /** A reader with the bundled {@link Vocabulary}. */
  public TextReader(IngestOptions options) {
    this(options, Vocabulary.bundled());
  }

  /** A reader with the given limits and word lists. */
  public TextReader(IngestOptions options, Vocabulary vocabulary) {
    this.options = options;
    this.parser = new PlainTextParser(vocabulary);
  }

  @Override
  public void read(Path file, ArticleSink sink) throws IOException {
    String location = file.toString();
    String text;
    try {
      byte[] bytes = DocumentBytes.read(file, options.maxDocumentBytes());
      text = decoder.decode(bytes, Optional.empty());
    } catch (DocumentTooLargeException | UndecodableException e) {
      sink.fail(new ReadError(location, e.getMessage()));
      return;
    }
    Optional<Article> article = parser.parse(idOf(file), location, text);
    if (article.isPresent()) {
      sink.accept(article.get());
    } else {
      sink.fail(new ReadError(location, "no article text: only header lines or site furniture"));
    }
  }

  /** The file name without ".gz" and without its extension: "000_abc.txt" gives "000_abc". */
  static String idOf(Path file) {
    String name = String.valueOf(file.getFileName());
    String bare = name.endsWith(".gz") ? name.substring(0, name.length() - 3) : name;
    int dot = bare.lastIndexOf('.');
    String id = dot > 0 ? bare.substring(0, dot) : bare;
    return id.isBlank() ? name : id;
  }
}
