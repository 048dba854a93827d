package org.dateline.ingest.jsonl;

/** A line that is not a readable article; the message is a one-line reason for the user. */
final class BadLineException extends Exception {

  BadLineException(String reason) {
    super(reason);
  }
}
