package org.dateline.ingest.html;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Takes the byline and date lines off the top of an article's paragraphs ("By Dana Okafor",
 * "Published 3 March 2026, 14:05", "Posted on 19 December 2025 by Kit Penhallow"), for pages
 * that state them only in the text, and the headline where the page repeats it there. Only the
 * first few paragraphs are looked at, and only short lines that are nothing but a byline, a date
 * or the headline.
 */
final class LeadLines {

  /**
   * The paragraphs left, what the removed lines said, and the removed lines verbatim.
   *
   * @param published a publication date; "Updated ..." lines are removed but not used
   */
  record Lead(List<String> body, Optional<String> byline, Optional<LocalDate> published,
      List<String> removed) {}

  /** What one byline or date line says. */
  private record Said(Optional<String> byline, Optional<LocalDate> published) {}

  private static final int LEAD_PARAGRAPHS = 4;
  private static final int MAX_BYLINE_LENGTH = 140;
  private static final int MAX_DATE_LINE_LENGTH = 120;
  private static final int MAX_LOWERCASE_WORDS = 2;
  private static final String CAPITALIZED = "\\p{Lu}[\\p{L}\\p{M}.'’-]*";
  private static final String NAME = CAPITALIZED + "(?:\\s+(?:" + CAPITALIZED
      + "|and|de|van|von|der|da|di|del|la|le|bin|al|el))*";
  private static final Pattern BY = Pattern.compile("^(?i:by)\\s*:?\\s+(\\p{Lu}.*)$");
  private static final Pattern TRAILING_BY_NAME =
      Pattern.compile("\\b(?i:by)\\s*:?\\s+(" + NAME + ")\\s*$");
  private static final Pattern SEPARATOR = Pattern.compile("\\s+[|·•—–-]\\s+|\\s*[|·•]\\s*");
  private static final Pattern TIME = Pattern.compile("\\d{1,2}[:.]\\d{2}(?:[:.]\\d{2})?");
  private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
  private static final Pattern TRAILING_LABEL = Pattern.compile(
      "(?i)[\\s,;:|·•—–-]*(?:\\b(?:published|posted|updated|on|date)\\b[\\s,;:]*)*$");
  private static final Set<String> NAME_PARTICLES = Set.of("and", "de", "van", "von", "der",
      "da", "di", "del", "la", "le", "bin", "al", "el", "in", "for", "of", "the", "staff");
  private static final Set<String> DATE_FILLER = Set.of("published", "posted", "updated", "last",
      "first", "on", "at", "date", "modified", "am", "pm", "a", "m", "p", "gmt", "utc", "bst",
      "cet", "cest", "est", "edt", "et", "pt", "pst", "pdt", "ist", "local", "time", "monday",
      "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tue", "tues",
      "wed", "thu", "thur", "thurs", "fri", "sat", "sun");

  private LeadLines() {}

  /**
   * Takes the lead lines off {@code paragraphs}.
   *
   * @param title the headline the page's markup states, if any
   */
  static Lead take(List<String> paragraphs, Optional<String> title) {
    List<String> body = new ArrayList<>(paragraphs);
    List<String> removed = new ArrayList<>();
    Optional<String> byline = Optional.empty();
    Optional<LocalDate> published = Optional.empty();
    int index = 0;
    for (int looked = 0; looked < LEAD_PARAGRAPHS && index < body.size(); looked++) {
      String line = body.get(index);
      boolean headline = title.filter(t -> t.equalsIgnoreCase(line)).isPresent();
      Optional<Said> said = headline ? Optional.empty() : bylineLine(line).or(() -> dateLine(line));
      if (!headline && said.isEmpty()) {
        index++;
        continue;
      }
      removed.add(body.remove(index));
      if (said.isPresent()) {
        byline = byline.or(said.get()::byline);
        published = published.or(said.get()::published);
      }
    }
    return new Lead(body, byline, published, removed);
  }

  /** "By Ana Sousa", "By Ana Sousa | Published 2 May 2025", "By Ana Sousa, Staff Writer". */
  private static Optional<Said> bylineLine(String line) {
    Matcher by = BY.matcher(line);
    if (line.length() > MAX_BYLINE_LENGTH || !by.matches()) {
      return Optional.empty();
    }
    String name = by.group(1);
    Optional<PublicationDateParser.Found> date = PublicationDateParser.find(name);
    if (date.isPresent()) {
      name = name.substring(0, date.get().start());
    }
    name = SEPARATOR.split(name, 2)[0];
    name = TRAILING_LABEL.matcher(name).replaceFirst("").strip();
    long lowercaseWords = Arrays.stream(name.split("[\\s,]+"))
        .filter(w -> !w.isEmpty() && Character.isLowerCase(w.charAt(0)))
        .filter(w -> !NAME_PARTICLES.contains(w))
        .count();
    boolean sentence = name.endsWith(".") && !name.matches(".*\\b\\p{Lu}[a-z]?\\.$");
    if (name.isEmpty() || lowercaseWords > MAX_LOWERCASE_WORDS || sentence) {
      return Optional.empty();
    }
    return Optional.of(new Said(Optional.of(name), publishedIn(line)));
  }

  /** "3 March 2026", "Published: Tuesday 3 March 2026 14.05 GMT", "Posted on 3 May 2026 by Ana". */
  private static Optional<Said> dateLine(String line) {
    if (line.length() > MAX_DATE_LINE_LENGTH) {
      return Optional.empty();
    }
    Optional<PublicationDateParser.Found> date = PublicationDateParser.find(line);
    if (date.isEmpty()) {
      return Optional.empty();
    }
    String after = line.substring(date.get().end());
    Optional<String> name = Optional.empty();
    Matcher byName = TRAILING_BY_NAME.matcher(after);
    if (byName.find()) {
      name = Optional.of(byName.group(1).strip());
      after = after.substring(0, byName.start());
    }
    String rest = line.substring(0, date.get().start()) + " " + after;
    boolean onlyFiller = Arrays.stream(NON_WORD.split(TIME.matcher(rest).replaceAll(" ")))
        .filter(word -> !word.isEmpty())
        .map(word -> word.toLowerCase(Locale.ROOT))
        .allMatch(word -> DATE_FILLER.contains(word) || word.matches("\\d{1,4}"));
    return onlyFiller ? Optional.of(new Said(name, publishedIn(line))) : Optional.empty();
  }

  /** The date of a line, unless the line gives it as an update ("Updated 4 March 2026"). */
  private static Optional<LocalDate> publishedIn(String line) {
    return PublicationDateParser.find(line)
        .filter(found -> !line.substring(0, found.start()).toLowerCase(Locale.ROOT)
            .matches("(?s).*\\b(updated|modified)\\b[^|·•]*$"))
        .map(PublicationDateParser.Found::date);
  }
}
