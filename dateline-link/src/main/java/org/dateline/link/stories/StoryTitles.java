package org.dateline.link.stories;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A story's title: the headline of its first article that has one, else the first sentence of
 * its first article's first real line: not a web address, and not a date line ("MONDAY, MAY 23,
 * 2005", "Updated: January 6, 2011, 11:34 AM ET") that pages put above the text.
 */
final class StoryTitles {

  private static final int MAX_LENGTH = 120;
  private static final Pattern ADDRESS = Pattern.compile("^\\s*(https?:|www\\.)");
  private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s");
  private static final Pattern WORD = Pattern.compile("\\p{L}+");
  private static final Set<String> DATE_LINE_WORDS = Set.of(
      "jan", "january", "feb", "february", "mar", "march", "apr", "april", "may", "jun", "june",
      "jul", "july", "aug", "august", "sep", "sept", "september", "oct", "october", "nov",
      "november", "dec", "december", "mon", "monday", "tue", "tues", "tuesday", "wed",
      "wednesday", "thu", "thurs", "thursday", "fri", "friday", "sat", "saturday", "sun", "sunday",
      "st", "nd", "rd", "th", "posted", "updated", "published", "last", "on", "at", "am", "pm",
      "a", "p", "m", "gmt", "utc", "et", "est", "edt", "pt", "pst", "pdt", "ct", "cst", "cdt");

  private StoryTitles() {}

  static boolean hasHeadline(ArticleFeatures article) {
    return article.title().isPresent() && !article.title().get().isBlank();
  }

  static String of(ArticleFeatures article) {
    if (hasHeadline(article)) {
      return shorten(article.title().get().strip());
    }
    String lead = lead(article.text());
    return lead.isEmpty() ? article.id() : lead;
  }

  /** The first sentence of the text's first real line, shortened; empty if there is none. */
  static String lead(String text) {
    for (String line : text.split("\n")) {
      if (!line.isBlank() && !ADDRESS.matcher(line).find() && !isDateLine(line)) {
        return shorten(SENTENCE_END.split(line.strip(), 2)[0]);
      }
    }
    return "";
  }

  private static boolean isDateLine(String line) {
    if (line.chars().noneMatch(Character::isDigit)) {
      return false;
    }
    Matcher words = WORD.matcher(line);
    while (words.find()) {
      if (!DATE_LINE_WORDS.contains(words.group().toLowerCase(Locale.ROOT))) {
        return false;
      }
    }
    return true;
  }

  private static String shorten(String text) {
    return text.length() <= MAX_LENGTH ? text : text.substring(0, MAX_LENGTH - 1).stripTrailing() + "…";
  }
}
