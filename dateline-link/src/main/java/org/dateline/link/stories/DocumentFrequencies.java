package org.dateline.link.stories;

import static org.dateline.link.stories.SnapshotValues.readCount;
import static org.dateline.link.stories.SnapshotValues.readString;
import static org.dateline.link.stories.SnapshotValues.writeString;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
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

  void writeTo(DataOutput out) throws IOException {
    out.writeInt(documents);
    out.writeInt(counts.size());
    for (Map.Entry<String, Integer> e : counts.entrySet()) {
      writeString(out, e.getKey());
      out.writeInt(e.getValue());
    }
  }

  static DocumentFrequencies readFrom(DataInput in) throws IOException {
    DocumentFrequencies frequencies = new DocumentFrequencies();
    frequencies.documents = readCount(in);
    for (int i = 0, n = readCount(in); i < n; i++) {
      frequencies.counts.put(readString(in), readCount(in));
    }
    return frequencies;
  }
}
