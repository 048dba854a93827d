package org.dateline.ingest.encoding;

/**
 * Tells binary data from text by its first bytes: text has no NUL bytes and few control
 * characters other than tab, newline, carriage return and form feed.
 */
final class BinarySniffer {

  private static final int SAMPLE = 8192;
  private static final double MAX_CONTROL_RATIO = 0.05;

  private BinarySniffer() {}

  static boolean isBinary(byte[] bytes) {
    int n = Math.min(bytes.length, SAMPLE);
    int control = 0;
    for (int i = 0; i < n; i++) {
      int b = bytes[i] & 0xFF;
      if (b == 0) {
        return true;
      }
      if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f') {
        control++;
      }
    }
    return n > 0 && control > n * MAX_CONTROL_RATIO;
  }
}
