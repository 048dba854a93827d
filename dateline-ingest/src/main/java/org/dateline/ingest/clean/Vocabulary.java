package org.dateline.ingest.clean;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The word lists cleaning relies on, read from data files:
 *
 * <ul>
 *   <li>{@value #FURNITURE}: lines that are site furniture wherever they stand ("Back to top
 *       button", "Share this", "*All rights reserved*");
 *   <li>{@value #RELATED}: headings introducing related-article links ("Related articles"); the
 *       headline-like lines after them are furniture too;
 *   <li>{@value #BYLINE_SUFFIXES}: words closing a byline that names an outlet, not a person
 *       ("Staff" in "By Harbor Gazette Staff");
 *   <li>{@value #LABELS}: capitalised words that open a paragraph with a colon without being an
 *       agency ("UPDATE:", "BREAKING:").
 * </ul>
 *
 * The bundled lists live in this package's resources; {@link #extendedFrom(Path)} adds the
 * entries of same-named files in a user's directory. Instances are immutable.
 */
public final class Vocabulary {

  public static final String FURNITURE = "furniture-lines.txt";
  public static final String RELATED = "related-headings.txt";
  public static final String BYLINE_SUFFIXES = "byline-outlet-suffixes.txt";
  public static final String LABELS = "label-prefixes.txt";

  private static final Vocabulary BUNDLED = new Vocabulary(WordList.bundled(FURNITURE),
      WordList.bundled(RELATED), WordList.bundled(BYLINE_SUFFIXES), WordList.bundled(LABELS));

  private final List<String> furnitureEntries;
  private final List<String> relatedEntries;
  private final List<LinePattern> furniture;
  private final List<LinePattern> related;
  private final List<String> bylineSuffixes;
  private final Set<String> labels;

  private Vocabulary(List<String> furniture, List<String> related, List<String> bylineSuffixes,
      List<String> labels) {
    this.furnitureEntries = List.copyOf(furniture);
    this.relatedEntries = List.copyOf(related);
    this.furniture = furniture.stream().map(LinePattern::of).toList();
    this.related = related.stream().map(LinePattern::of).toList();
    this.bylineSuffixes = bylineSuffixes.stream()
        .sorted(Comparator.comparingInt(String::length).reversed()).toList();
    this.labels = labels.stream().map(s -> s.toUpperCase(Locale.ROOT)).collect(Collectors.toSet());
  }

  /** The lists shipped with Dateline. */
  public static Vocabulary bundled() {
    return BUNDLED;
  }

  /**
   * This vocabulary plus the entries of any of the four list files found in {@code directory}
   * (missing files add nothing).
   *
   * @throws IOException if a list file exists but cannot be read
   */
  public Vocabulary extendedFrom(Path directory) throws IOException {
    return new Vocabulary(plus(furnitureEntries, directory, FURNITURE),
        plus(relatedEntries, directory, RELATED), plus(bylineSuffixes, directory, BYLINE_SUFFIXES),
        plus(List.copyOf(labels), directory, LABELS));
  }

  /** Whether {@code line} is site furniture by the furniture list. */
  public boolean isFurniture(String line) {
    return matchesAny(furniture, line);
  }

  /** Whether {@code line} is a heading that introduces related-article links. */
  public boolean isRelatedHeading(String line) {
    return matchesAny(related, line);
  }

  /** Byline suffixes naming a team rather than a person, longest first. */
  public List<String> bylineSuffixes() {
    return bylineSuffixes;
  }

  /** Whether the capitalised word before a colon is a label, not an agency. */
  public boolean isLabel(String word) {
    return labels.contains(word.toUpperCase(Locale.ROOT));
  }

  private static boolean matchesAny(List<LinePattern> patterns, String line) {
    String normalized = LinePattern.normalize(line);
    int length = line.strip().length();
    for (LinePattern pattern : patterns) {
      if (pattern.matchesNormalized(normalized, length)) {
        return true;
      }
    }
    return false;
  }

  private static List<String> plus(List<String> base, Path directory, String name)
      throws IOException {
    Path file = directory.resolve(name);
    if (!Files.isRegularFile(file)) {
      return base;
    }
    List<String> all = new ArrayList<>(base);
    all.addAll(WordList.read(Files.newBufferedReader(file, StandardCharsets.UTF_8)));
    return all;
  }
}
