package org.dateline.ingest.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads agency and source credits: a line that is only a parenthesised list ({@code (PC, AJA)}),
 * or a credit closing a photo caption ({@code Someone, some title. (MEHR)}).
 */
public final class Credits {

  private static final int MAX_CREDIT_CHARS = 60;
  private static final int MAX_WORDS_PER_CREDIT = 4;
  private static final Pattern CREDIT_LINE = Pattern.compile("\\(\\s*([^()]{1,60})\\s*\\)");
  private static final Pattern AFTER_SENTENCE = Pattern.compile(
      "(.*[.!?…][”’\"']?)\\s*\\(\\s*([^()]{1,60})\\s*\\)");
  private static final Pattern PHOTO_LABEL = Pattern.compile(
      "(?i)^(?:file\\s+)?(?:photo|image|picture|photograph)s?(?:\\s+credit)?\\s*(?::|by)\\s*");
  private static final Pattern SEPARATORS = Pattern.compile("\\s*[,/;]\\s*");

  private Credits() {}

  /** The credits of a line that is nothing but a parenthesised credit list, e.g. "(PC, AJA)". */
  public static Optional<List<String>> ofCreditLine(String line) {
    Matcher m = CREDIT_LINE.matcher(line.strip());
    return m.matches() ? parseList(m.group(1)) : Optional.empty();
  }

  /**
   * The credit closing a caption-like line: a sentence followed by a parenthesised credit, e.g.
   * "Someone, some title. (MEHR)" gives ["MEHR"].
   */
  public static Optional<List<String>> closingCaption(String line) {
    Matcher m = AFTER_SENTENCE.matcher(line.strip());
    return m.matches() ? parseList(m.group(2)) : Optional.empty();
  }

  /**
   * Splits a credit list ("AFP/Getty Images", "PC, AJA", "Photo: Reuters") into credits, or
   * empty if it does not look like one: every credit a few words long with an upper-case letter.
   */
  public static Optional<List<String>> parseList(String list) {
    String body = PHOTO_LABEL.matcher(list.strip()).replaceFirst("");
    if (body.isEmpty() || body.length() > MAX_CREDIT_CHARS) {
      return Optional.empty();
    }
    List<String> credits = new ArrayList<>();
    for (String part : SEPARATORS.split(body)) {
      String credit = part.strip();
      if (!isCredit(credit)) {
        return Optional.empty();
      }
      credits.add(credit);
    }
    return Optional.of(List.copyOf(credits));
  }

  private static boolean isCredit(String credit) {
    if (credit.isEmpty() || credit.split("\\s+").length > MAX_WORDS_PER_CREDIT
        || !Character.isLetter(credit.codePointAt(0))) {
      return false;
    }
    return credit.chars().anyMatch(Character::isUpperCase)
        && credit.chars().allMatch(c -> Character.isLetterOrDigit(c) || " .&'’-".indexOf(c) >= 0);
  }
}
