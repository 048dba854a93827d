package org.dateline.link.stories;

import java.time.LocalDate;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A multiset of days: a story's dates must shrink back when a report is moved out of it, so it
 * counts each day rather than keeping only the extremes.
 */
final class DayCounts {

  private final TreeMap<LocalDate, Integer> counts = new TreeMap<>();

  void add(LocalDate day) {
    counts.merge(day, 1, Integer::sum);
  }

  void remove(LocalDate day) {
    counts.computeIfPresent(day, (d, n) -> n == 1 ? null : n - 1);
  }

  Optional<LocalDate> first() {
    return counts.isEmpty() ? Optional.empty() : Optional.of(counts.firstKey());
  }

  Optional<LocalDate> last() {
    return counts.isEmpty() ? Optional.empty() : Optional.of(counts.lastKey());
  }

  boolean isEmpty() {
    return counts.isEmpty();
  }
}
