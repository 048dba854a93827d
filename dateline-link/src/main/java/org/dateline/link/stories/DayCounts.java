package org.dateline.link.stories;

import static org.dateline.link.stories.SnapshotValues.readCount;
import static org.dateline.link.stories.SnapshotValues.readDay;
import static org.dateline.link.stories.SnapshotValues.writeDay;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Map;
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

  void writeTo(DataOutput out) throws IOException {
    out.writeInt(counts.size());
    for (Map.Entry<LocalDate, Integer> e : counts.entrySet()) {
      writeDay(out, e.getKey());
      out.writeInt(e.getValue());
    }
  }

  static DayCounts readFrom(DataInput in) throws IOException {
    DayCounts days = new DayCounts();
    for (int i = 0, n = readCount(in); i < n; i++) {
      days.counts.put(readDay(in), readCount(in));
    }
    return days;
  }
}
