package org.dateline.ingest.text;

/** A document over the size limit; the message says by how much, in one line. */
final class DocumentTooLargeException extends Exception {

  DocumentTooLargeException(String reason) {
    super(reason);
  }
}
