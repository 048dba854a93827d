package org.dateline.ingest.warc;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.dateline.ingest.ArticleSink;
import org.dateline.ingest.FormatReader;
import org.dateline.ingest.IngestOptions;
import org.dateline.ingest.ReadError;
import org.dateline.ingest.html.DocumentSizeLimit;
import org.dateline.ingest.html.HtmlArticleExtractor;
import org.netpreserve.jwarc.WarcRecord;

/**
 * Reads a WARC file ({@code .warc} or {@code .warc.gz}), streaming it record by record, into one
 * article per captured HTML page: id and url are the {@code WARC-Target-URI}, source is
 * {@code path#record N}.
 *
 * <p>A page larger than {@link IngestOptions#maxDocumentBytes()}, or that cannot be decoded or
 * holds no text, is a {@link ReadError} for its record, and reading goes on. A file cut off in
 * the middle of a record ends with a "truncated" error for that record, after every earlier
 * record has been delivered. A file that is not WARC at all is one error for the file.
 */
public final class WarcReader implements FormatReader {

  private final CaptureSelector selector;
  private final PageConverter converter = new PageConverter(new HtmlArticleExtractor());

  public WarcReader(IngestOptions options) {
    this.selector = new CaptureSelector(new DocumentSizeLimit(options.maxDocumentBytes()));
  }

  @Override
  public void read(Path file, ArticleSink sink) throws IOException {
    String location = file.toString();
    if (Files.size(file) == 0) {
      sink.fail(new ReadError(location, "empty file"));
      return;
    }
    // A stream, not a seekable channel: skipped records are read through rather than seeked
    // over, so a file cut off inside one of them is noticed.
    try (InputStream in = Files.newInputStream(file);
        org.netpreserve.jwarc.WarcReader warc = new org.netpreserve.jwarc.WarcReader(in)) {
      int number = 0;
      while (true) {
        String source = location + "#record " + (number + 1);
        Optional<WarcRecord> record;
        try {
          record = warc.next();
        } catch (EOFException e) {
          sink.fail(new ReadError(source, truncated(e)));
          return;
        } catch (IOException | IllegalArgumentException e) {
          sink.fail(number == 0
              ? new ReadError(location, "not a WARC file: " + Messages.oneLine(e))
              : new ReadError(source, "not a valid WARC record: " + Messages.oneLine(e)));
          return;
        }
        if (record.isEmpty()) {
          return;
        }
        number++;
        if (!readRecord(record.get(), source, sink)) {
          return;
        }
      }
    }
  }

  /** Reads one record to its end; false if the file cannot be read past it. */
  private boolean readRecord(WarcRecord record, String source, ArticleSink sink) {
    try {
      Optional<CapturedPage> page = selector.select(record);
      record.body().consume();
      page.ifPresent(p -> converter.convert(p, source, sink));
      return true;
    } catch (OversizedRecordException e) {
      sink.fail(new ReadError(source, e.getMessage()));
    } catch (EOFException e) {
      sink.fail(new ReadError(source, truncated(e)));
      return false;
    } catch (IOException | IllegalArgumentException e) {
      sink.fail(new ReadError(source, "unreadable record: " + Messages.oneLine(e)));
    }
    return skipRest(record, source, sink);
  }

  private static boolean skipRest(WarcRecord record, String source, ArticleSink sink) {
    try {
      record.body().consume();
      return true;
    } catch (EOFException e) {
      sink.fail(new ReadError(source, truncated(e)));
      return false;
    } catch (IOException e) {
      sink.fail(new ReadError(source, "cannot read past this record: " + Messages.oneLine(e)));
      return false;
    }
  }

  private static String truncated(EOFException e) {
    String reason = "truncated: the file ends inside this record";
    return e.getMessage() == null ? reason : reason + " (" + Messages.oneLine(e) + ")";
  }
}
