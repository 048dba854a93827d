package org.dateline.ingest.clean;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads bylines: "By Jane Doe" gives "Jane Doe"; a byline naming a team, "Palestine Chronicle
 * Staff", also names its outlet, "Palestine Chronicle" (suffixes from {@link Vocabulary}).
 */
public final class Bylines {

  private static final int MAX_BYLINE_CHARS = 100;
  private static final int MAX_BYLINE_WORDS = 12;
  private static final Pattern BY = Pattern.compile("(?i:by)\\s*:?\\s+(\\p{Lu}.*)");
  private static final Pattern EDGE_MARKS = Pattern.compile("[\\s,|–—-]+$");

  private final Vocabulary vocabulary;

  public Bylines(Vocabulary vocabulary) {
    this.vocabulary = vocabulary;
  }

  /** Bylines read with the bundled vocabulary. */
  public static Bylines standard() {
    return new Bylines(Vocabulary.bundled());
  }

  /**
   * The author part of a line that is a byline and nothing else ("By Jane Doe" gives "Jane
   * Doe"), or empty if the line is not one: too long, ending a sentence, or not starting with
   * "By" and a capitalised name.
   */
  public Optional<String> parse(String line) {
    String s = line.strip();
    Matcher m = BY.matcher(s);
    if (s.length() > MAX_BYLINE_CHARS || !m.matches() || LineShape.endsSentence(s)) {
      return Optional.empty();
    }
    String name = EDGE_MARKS.matcher(m.group(1)).replaceFirst("");
    if (name.isEmpty() || name.split("\\s+").length > MAX_BYLINE_WORDS) {
      return Optional.empty();
    }
    return Optional.of(name);
  }

  /**
   * The outlet a team byline names: "Harbor Gazette Staff" gives "Harbor Gazette";
   * a person's name gives empty.
   */
  public Optional<String> outletOf(String byline) {
    String s = byline.strip();
    String lower = s.toLowerCase(Locale.ROOT);
    for (String suffix : vocabulary.bylineSuffixes()) {
      String tail = " " + suffix.toLowerCase(Locale.ROOT);
      if (lower.endsWith(tail)) {
        String outlet = EDGE_MARKS.matcher(s.substring(0, s.length() - tail.length())).replaceFirst("");
        return outlet.isEmpty() || !Character.isUpperCase(outlet.codePointAt(0))
            ? Optional.empty()
            : Optional.of(outlet);
      }
    }
    return Optional.empty();
  }
}
