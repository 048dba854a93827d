package org.dateline.link.text;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words of a text that pin down one particular event rather than a kind of event: proper
 * names and numbers. Two earthquakes share "earthquake", "magnitude" and "rescuers"; they differ
 * in the town, the governor and the magnitude. A word counts as a name when it is written with a
 * capital inside a sentence and never in lower case in the same text (so "Rescuers" opening a
 * headline line is not a name when "rescuers" appears elsewhere). Numbers keep their decimal
 * point ("5.6" is one term, not two) and drop thousands separators; single digits are too
 * common to tell events apart and are left out. Stateless and thread-safe.
 */
public final class SpecificWords {

  private static final Pattern TOKEN = Pattern.compile("\\p{L}[\\p{L}\\p{N}'’]*|\\p{N}+(?:[.,]\\p{N}+)*");

  private final ContentWords contentWords;

  public SpecificWords(ContentWords contentWords) {
    this.contentWords = contentWords;
  }

  /** The names and numbers of {@code text}, in text order, lower case. */
  public List<String> specifics(String text) {
    Set<String> lowerCase = new HashSet<>();
    List<int[]> candidates = new ArrayList<>();
    Matcher m = TOKEN.matcher(text);
    int previousEnd = 0;
    while (m.find()) {
      String token = m.group();
      boolean opensSentence = opensSentence(text, previousEnd, m.start());
      previousEnd = m.end();
      int first = token.codePointAt(0);
      if (Character.isLowerCase(first)) {
        lowerCase.add(normal(token));
      } else if (Character.isDigit(first) || !opensSentence) {
        candidates.add(new int[] {m.start(), m.end()});
      }
    }
    List<String> specifics = new ArrayList<>();
    for (int[] span : candidates) {
      String token = text.substring(span[0], span[1]);
      if (Character.isDigit(token.codePointAt(0))) {
        String number = token.replace(",", "");
        if (number.length() > 1) {
          specifics.add(number);
        }
        continue;
      }
      String word = normal(token);
      if (word.length() > 1 && !lowerCase.contains(word) && !contentWords.isStopWord(word)) {
        specifics.add(word);
      }
    }
    return specifics;
  }

  /** Whether the gap before a token ends a sentence, a line or a quotation, or starts the text. */
  private static boolean opensSentence(String text, int gapStart, int tokenStart) {
    if (gapStart == 0) {
      return true;
    }
    for (int i = tokenStart - 1; i >= gapStart; i--) {
      char c = text.charAt(i);
      if (c == '.' || c == '!' || c == '?' || c == ':' || c == '\n' || c == '"' || c == '“') {
        return true;
      }
    }
    return false;
  }

  private static String normal(String token) {
    return token.toLowerCase(Locale.ROOT).replace("'", "").replace("’", "");
  }
}
