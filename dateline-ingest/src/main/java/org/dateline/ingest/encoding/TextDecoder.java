package org.dateline.ingest.encoding;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Optional;

/**
 * Turns the bytes of a text document into NFC-normalized text, or says clearly why it cannot.
 *
 * <p>Order of evidence: a byte-order mark; then strict UTF-8 (the web's default); then a charset
 * the document declares, if it decodes cleanly; then ICU's statistical detector for legacy 8-bit
 * text. Bytes that mix valid UTF-8 sequences with invalid ones are "broken", not legacy: guessing
 * would corrupt the valid part, so they are refused.
 */
public final class TextDecoder {

  private static final int DETECTOR_MIN_CONFIDENCE = 30;

  /**
   * Decodes {@code bytes}.
   *
   * @param declared a charset name the document itself declares (an HTML meta tag, an HTTP
   *     header), or empty
   * @throws UndecodableException if the bytes are empty, binary or in no encoding that fits
   */
  public String decode(byte[] bytes, Optional<String> declared) throws UndecodableException {
    if (bytes.length == 0) {
      throw new UndecodableException("empty file");
    }
    Bom bom = Bom.of(bytes);
    if (bom != Bom.NONE) {
      return normalize(strict(bom.charset(), bytes, bom.length())
          .orElseThrow(() -> new UndecodableException("broken encoding: not valid " + bom.charset().name()
              + " despite its byte-order mark")));
    }
    if (BinarySniffer.isBinary(bytes)) {
      throw new UndecodableException("binary content, not text");
    }
    Optional<String> utf8 = strict(StandardCharsets.UTF_8, bytes, 0);
    if (utf8.isPresent()) {
      return normalize(utf8.get());
    }
    if (Utf8Scan.hasValidMultibyteSequence(bytes)) {
      throw new UndecodableException("broken encoding: valid UTF-8 mixed with invalid bytes (first at byte "
          + Utf8Scan.firstInvalidOffset(bytes) + ")");
    }
    Optional<String> fromDeclared = declared.flatMap(TextDecoder::charset)
        .filter(cs -> !cs.equals(StandardCharsets.UTF_8))
        .flatMap(cs -> strict(cs, bytes, 0));
    if (fromDeclared.isPresent()) {
      return normalize(fromDeclared.get());
    }
    return normalize(detectLegacy(bytes));
  }

  private static String detectLegacy(byte[] bytes) throws UndecodableException {
    CharsetDetector detector = new CharsetDetector();
    detector.setText(bytes);
    for (CharsetMatch match : detector.detectAll()) {
      if (match.getConfidence() < DETECTOR_MIN_CONFIDENCE) {
        break;
      }
      Optional<String> text = charset(match.getName()).flatMap(cs -> strict(cs, bytes, 0));
      if (text.isPresent()) {
        return text.get();
      }
    }
    throw new UndecodableException("broken encoding: not UTF-8 and no other encoding fits");
  }

  private static Optional<Charset> charset(String name) {
    try {
      return Optional.of(Charset.forName(name.strip()));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private static Optional<String> strict(Charset charset, byte[] bytes, int offset) {
    CharsetDecoder decoder = charset.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    try {
      CharBuffer chars = decoder.decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset));
      return Optional.of(chars.toString());
    } catch (CharacterCodingException e) {
      return Optional.empty();
    }
  }

  private static String normalize(String text) {
    return Normalizer.isNormalized(text, Normalizer.Form.NFC)
        ? text
        : Normalizer.normalize(text, Normalizer.Form.NFC);
  }
}
