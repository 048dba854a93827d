package org.dateline.link.stories;

import java.util.HashMap;
import java.util.Map;

/**
 * How many of the documents seen so far hold each key (a word or an actor), updated one
 * document at a time, and the inverse document frequency that follows: rare keys weigh more.
 */
final class DocumentFrequencies {

  private final Map<String, Integer> counts = new HashMap<>();
  private int documents;

  /** Counts one more document holding {@code keys} (each key once). */
  void add(Iterable<String> keys) {
    documents++;
    for (String key : keys) {
      counts.merge(key, 1, Integer::sum);
    }
  }

  /** Smoothed inverse document frequency: {@code ln((N + 1) / (df + 1)) + 1}, at least 1. */
  double idf(String key) {
    return Math.log((documents + 1.0) / (counts.getOrDefault(key, 0) + 1.0)) + 1;
  }
}
