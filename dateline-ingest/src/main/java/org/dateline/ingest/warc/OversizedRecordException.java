package org.dateline.ingest.warc;

/** A record whose page is larger than the reader accepts; the message is the user's reason. */
final class OversizedRecordException extends Exception {

  OversizedRecordException(String reason) {
    super(reason);
  }
}
