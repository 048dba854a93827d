package org.dateline.ingest;

/**
 * Limits applied while reading.
 *
 * @param maxDocumentBytes the largest single document (a text file, an HTML page, one WARC
 *     record, one JSONL line) that is read; larger ones are reported as errors
 */
public record IngestOptions(long maxDocumentBytes) {

  /** 16 MB: far above any real article page, far below what would exhaust memory. */
  public static final long DEFAULT_MAX_DOCUMENT_BYTES = 16L * 1024 * 1024;

  public static IngestOptions defaults() {
    return new IngestOptions(DEFAULT_MAX_DOCUMENT_BYTES);
  }

  public IngestOptions {
    if (maxDocumentBytes <= 0) {
      throw new IllegalArgumentException("maxDocumentBytes must be positive: " + maxDocumentBytes);
    }
  }
}
