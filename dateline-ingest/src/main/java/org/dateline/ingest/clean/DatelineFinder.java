package org.dateline.ingest.clean;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a dateline at the start of an article's first line: {@code TEHRAN-}, {@code TEHRAN —},
 * {@code WASHINGTON (Reuters) -}, {@code NAIROBI, Kenya (AP) _}, {@code Tehran, May 13 (IRNA) -},
 * {@code (CNN) —}. A place in capitals needs no agency; a place in title case needs one, so that
 * an ordinary sentence opening with a name and a dash is not taken for a dateline. The dash must
 * be followed by a space or the end of the line.
 */
public final class DatelineFinder {

  private static final String CAPS_PLACE = "(?<place>\\p{Lu}[\\p{Lu}\\p{M}'’. -]{0,38}\\p{Lu}\\.?)";
  private static final String TITLE_PLACE = "(?<place>\\p{Lu}\\p{Ll}+(?:[ -]\\p{Lu}\\p{Ll}+){0,2})";
  private static final String EXTRA = "(?:,\\s*[^,()\\n–—_]{1,30}?){0,2}";
  private static final String AGENCY = "\\((?<agency>[^()\\n]{1,40})\\)";
  private static final String DASH = "\\s*(?:--|[-–—_])(?=\\s|$)";
  private static final List<Pattern> FORMS = List.of(
      Pattern.compile(CAPS_PLACE + EXTRA + "\\s*(?:" + AGENCY + ")?" + DASH),
      Pattern.compile(TITLE_PLACE + EXTRA + "\\s*" + AGENCY + DASH),
      Pattern.compile(AGENCY + DASH));

  private final Vocabulary vocabulary;

  public DatelineFinder(Vocabulary vocabulary) {
    this.vocabulary = vocabulary;
  }

  /** The dateline opening {@code line}, if it has one. */
  public Optional<Dateline> find(String line) {
    String s = line.strip();
    for (Pattern form : FORMS) {
      Matcher m = form.matcher(s);
      if (m.lookingAt()) {
        Optional<Dateline> found = accept(m);
        if (found.isPresent()) {
          return found;
        }
      }
    }
    return Optional.empty();
  }

  private Optional<Dateline> accept(Matcher m) {
    Optional<String> place = group(m, "place").map(String::strip);
    if (place.isPresent() && vocabulary.isLabel(place.get())) {
      return Optional.empty();
    }
    Optional<String> agency = group(m, "agency");
    if (agency.isEmpty()) {
      return Optional.of(new Dateline(place, List.of(), m.end()));
    }
    Optional<List<String>> credits = Credits.parseList(agency.get());
    if (credits.isEmpty() && place.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new Dateline(place, credits.orElse(List.of()), m.end()));
  }

  private static Optional<String> group(Matcher m, String name) {
    try {
      return Optional.ofNullable(m.group(name));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
