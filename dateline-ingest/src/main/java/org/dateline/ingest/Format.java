package org.dateline.ingest;

import org.dateline.ingest.feed.FeedReader;
import org.dateline.ingest.html.HtmlReader;
import org.dateline.ingest.jsonl.JsonlReader;
import org.dateline.ingest.text.TextReader;
import org.dateline.ingest.warc.WarcReader;

/** The input formats Dateline reads, each with its reader. */
public enum Format {
  TEXT,
  HTML,
  FEED,
  WARC,
  JSONL;

  /** A reader for this format under the given limits. */
  public FormatReader reader(IngestOptions options) {
    return switch (this) {
      case TEXT -> new TextReader(options);
      case HTML -> new HtmlReader(options);
      case FEED -> new FeedReader(options);
      case WARC -> new WarcReader(options);
      case JSONL -> new JsonlReader(options);
    };
  }
}
