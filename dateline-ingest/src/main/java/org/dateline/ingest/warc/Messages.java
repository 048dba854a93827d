package org.dateline.ingest.warc;

/** Exception messages as one short line for a {@link org.dateline.ingest.ReadError}. */
final class Messages {

  private static final int MAX_LENGTH = 200;

  private Messages() {}

  static String oneLine(Throwable e) {
    String message = e.getMessage();
    if (message == null || message.isBlank()) {
      return e.getClass().getSimpleName();
    }
    String flat = message.replaceAll("\\s+", " ").strip();
    return flat.length() > MAX_LENGTH ? flat.substring(0, MAX_LENGTH) + "…" : flat;
  }
}
