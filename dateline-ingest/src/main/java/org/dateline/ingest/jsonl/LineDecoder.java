package org.dateline.ingest.jsonl;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes one line's bytes as strict UTF-8 (JSON Lines is UTF-8 by definition), naming the
 * first bad byte instead of replacing it. One instance per file: it reuses its buffers.
 */
final class LineDecoder {

  private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
      .onMalformedInput(CodingErrorAction.REPORT)
      .onUnmappableCharacter(CodingErrorAction.REPORT);
  private CharBuffer chars = CharBuffer.allocate(8 * 1024);

  /** The text of {@code line}, which must not be too long. */
  String decode(RawLine line) throws BadLineException {
    int length = (int) line.length();
    if (chars.capacity() < length) {
      chars = CharBuffer.allocate(length);
    }
    chars.clear();
    ByteBuffer bytes = ByteBuffer.wrap(line.bytes(), 0, length);
    decoder.reset();
    CoderResult result = decoder.decode(bytes, chars, true);
    if (!result.isError()) {
      result = decoder.flush(chars);
    }
    if (result.isError()) {
      throw new BadLineException("broken UTF-8: invalid byte sequence at byte "
          + (bytes.position() + 1) + " of the line");
    }
    chars.flip();
    return chars.toString();
  }
}
