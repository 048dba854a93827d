package org.dateline.ingest.html;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** Writes author names as one byline, the way a news page prints it; shared with the feeds. */
public final class Bylines {

  private static final Pattern BY = Pattern.compile("^(?i:by)\\s*:?\\s+");

  private Bylines() {}

  /** "A", "A and B", "A, B and C"; empty if there are no names. Repeated names count once. */
  public static Optional<String> join(List<String> names) {
    Set<String> distinct = new LinkedHashSet<>();
    names.stream().map(Whitespace::collapse).filter(n -> !n.isEmpty()).forEach(distinct::add);
    List<String> list = List.copyOf(distinct);
    if (list.isEmpty()) {
      return Optional.empty();
    }
    if (list.size() == 1) {
      return Optional.of(list.get(0));
    }
    String allButLast = String.join(", ", list.subList(0, list.size() - 1));
    return Optional.of(allButLast + " and " + list.get(list.size() - 1));
  }

  /** {@code line} without a leading "By" or "By:". */
  public static String withoutBy(String line) {
    return BY.matcher(Whitespace.collapse(line)).replaceFirst("");
  }
}
