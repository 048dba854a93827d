package org.dateline.nlp;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;

/**
 * Thread time spent in each stage of the language layer, summed over every article annotated,
 * so a user can see which stage costs what ({@code ingest --timings}).
 */
public final class StageTimes {

  private final Map<String, LongAdder> nanos = new ConcurrentHashMap<>();
  private final Map<String, Integer> order = new ConcurrentHashMap<>();

  /** Runs {@code stage}, adding its time to {@code name}. */
  <T> T time(String name, Supplier<T> stage) {
    long start = System.nanoTime();
    try {
      return stage.get();
    } finally {
      order.putIfAbsent(name, order.size());
      nanos.computeIfAbsent(name, k -> new LongAdder()).add(System.nanoTime() - start);
    }
  }

  /** Seconds per stage, in the order the stages first ran. */
  public Map<String, Double> seconds() {
    Map<String, Double> result = new LinkedHashMap<>();
    order.entrySet().stream().sorted(Map.Entry.comparingByValue())
        .forEach(e -> result.put(e.getKey(), nanos.get(e.getKey()).sum() / 1e9));
    return result;
  }

  /** One line: each stage's share of the total. */
  public String describe() {
    Map<String, Double> seconds = seconds();
    double total = seconds.values().stream().mapToDouble(Double::doubleValue).sum();
    StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "analysis %.1f s thread time:", total));
    seconds.forEach((stage, s) -> line.append(String.format(Locale.ROOT, "  %s %.1f s (%.0f%%)",
        stage, s, total == 0 ? 0 : 100 * s / total)));
    return line.toString();
  }
}
