package org.dateline.ingest.text;

import java.util.List;
import java.util.regex.Pattern;
import org.dateline.ingest.clean.LineShape;

/**
 * Lays out plain-text lines as paragraphs separated by blank lines. Most copy already is; copy
 * written one paragraph a line with no blank line at all (most of its lines ending a sentence)
 * gets a blank line between lines. Hard-wrapped copy, whose lines mostly stop mid-sentence, is
 * left as it is.
 */
final class ParagraphLayout {

  private static final double MIN_SENTENCE_LINES = 0.6;
  private static final Pattern LINE_BREAK = Pattern.compile("\r\n|[\r\n\u2028\u2029\u0085]");

  private ParagraphLayout() {}

  /** {@code text} split at any kind of line break, each line stripped. */
  static List<String> lines(String text) {
    return LINE_BREAK.splitAsStream(text).map(String::strip).toList();
  }

  /** The lines joined into text, with blank lines between paragraphs written one a line. */
  static String join(List<String> lines) {
    List<String> content = lines.stream().filter(line -> !line.isEmpty()).toList();
    boolean blankInside = content.size() > 0 && hasBlankBetweenContent(lines);
    long sentenceLines = content.stream().filter(LineShape::endsSentence).count();
    boolean onePerLine = !blankInside && content.size() > 1
        && sentenceLines >= MIN_SENTENCE_LINES * content.size();
    return String.join(onePerLine ? "\n\n" : "\n", onePerLine ? content : lines).strip();
  }

  private static boolean hasBlankBetweenContent(List<String> lines) {
    boolean seenContent = false;
    boolean blankAfterContent = false;
    for (String line : lines) {
      if (line.isEmpty()) {
        blankAfterContent = seenContent;
      } else if (blankAfterContent) {
        return true;
      } else {
        seenContent = true;
      }
    }
    return false;
  }
}
