package org.dateline.ingest.encoding;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/** Byte-order marks and the encodings they announce. */
enum Bom {
  UTF_8(StandardCharsets.UTF_8, 3),
  UTF_16BE(StandardCharsets.UTF_16BE, 2),
  UTF_16LE(StandardCharsets.UTF_16LE, 2),
  NONE(StandardCharsets.UTF_8, 0);

  private final Charset charset;
  private final int length;

  Bom(Charset charset, int length) {
    this.charset = charset;
    this.length = length;
  }

  Charset charset() {
    return charset;
  }

  int length() {
    return length;
  }

  static Bom of(byte[] b) {
    if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
      return UTF_8;
    }
    if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
      return UTF_16BE;
    }
    if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
      return UTF_16LE;
    }
    return NONE;
  }
}
