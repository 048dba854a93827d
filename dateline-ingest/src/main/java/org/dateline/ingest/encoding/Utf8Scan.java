package org.dateline.ingest.encoding;

/** Scans bytes for well-formed and ill-formed UTF-8 sequences. */
final class Utf8Scan {

  private Utf8Scan() {}

  /** Whether the bytes hold at least one well-formed multi-byte UTF-8 sequence. */
  static boolean hasValidMultibyteSequence(byte[] bytes) {
    for (int i = 0; i < bytes.length; i++) {
      int length = sequenceLength(bytes, i);
      if (length > 1) {
        return true;
      }
    }
    return false;
  }

  /** The offset of the first byte that starts no well-formed UTF-8 sequence, or -1. */
  static int firstInvalidOffset(byte[] bytes) {
    int i = 0;
    while (i < bytes.length) {
      int length = sequenceLength(bytes, i);
      if (length == 0) {
        return i;
      }
      i += length;
    }
    return -1;
  }

  /** Length of the well-formed sequence starting at {@code i}, or 0 if none starts there. */
  private static int sequenceLength(byte[] b, int i) {
    int lead = b[i] & 0xFF;
    if (lead < 0x80) {
      return 1;
    }
    int length;
    int min;
    if (lead >= 0xC2 && lead <= 0xDF) {
      length = 2;
      min = 0x80;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
      length = 3;
      min = 0x800;
    } else if (lead >= 0xF0 && lead <= 0xF4) {
      length = 4;
      min = 0x10000;
    } else {
      return 0;
    }
    if (i + length > b.length) {
      return 0;
    }
    int code = lead & (0xFF >> (length + 1));
    for (int k = 1; k < length; k++) {
      int next = b[i + k] & 0xFF;
      if ((next & 0xC0) != 0x80) {
        return 0;
      }
      code = (code << 6) | (next & 0x3F);
    }
    boolean surrogate = code >= 0xD800 && code <= 0xDFFF;
    return code < min || code > 0x10FFFF || surrogate ? 0 : length;
  }
}
