package org.dateline.ingest.encoding;

/** Bytes that are not readable text; the message is a one-line reason for the user. */
public final class UndecodableException extends Exception {

  public UndecodableException(String reason) {
    super(reason);
  }
}
