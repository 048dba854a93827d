package org.dateline.link.stories;

import static org.dateline.link.stories.SnapshotValues.readCount;
import static org.dateline.link.stories.SnapshotValues.readString;
import static org.dateline.link.stories.SnapshotValues.writeString;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.Collection;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Map;

/**
 * Postings from a key (a word or an actor id) to the stories that hold it, each list capped at
 * the stories most recently joined under that key. Finding candidates costs at most the number
 * of keys looked up times the cap, however many stories there are.
 */
final class CandidateIndex {

  private final int storiesPerKey;
  private final Map<String, LinkedHashSet<Integer>> postings = new HashMap<>();

  CandidateIndex(int storiesPerKey) {
    this.storiesPerKey = storiesPerKey;
  }

  /** Files {@code story} under each key as its most recent story, dropping the oldest past the cap. */
  void add(int story, Collection<String> keys) {
    for (String key : keys) {
      LinkedHashSet<Integer> stories = postings.computeIfAbsent(key, k -> new LinkedHashSet<>());
      stories.remove(story);
      stories.add(story);
      if (stories.size() > storiesPerKey) {
        Iterator<Integer> oldest = stories.iterator();
        oldest.next();
        oldest.remove();
      }
    }
  }

  /**
   * Adds to {@code into}, for each story filed under any of {@code keys}, the weights of the
   * keys it is filed under: a cheap first estimate of how close it is.
   */
  void collect(Map<String, Double> keys, Map<Integer, Double> into) {
    keys.forEach((key, weight) -> {
      LinkedHashSet<Integer> stories = postings.get(key);
      if (stories != null) {
        stories.forEach(story -> into.merge(story, weight, Double::sum));
      }
    });
  }

  /** Writes every posting list, oldest story first: the order decides which story drops out next. */
  void writeTo(DataOutput out) throws IOException {
    out.writeInt(postings.size());
    for (Map.Entry<String, LinkedHashSet<Integer>> e : postings.entrySet()) {
      writeString(out, e.getKey());
      out.writeInt(e.getValue().size());
      for (int story : e.getValue()) {
        out.writeInt(story);
      }
    }
  }

  /** An index written by {@link #writeTo}, whose story numbers must be below {@code stories}. */
  static CandidateIndex readFrom(DataInput in, int storiesPerKey, int stories) throws IOException {
    CandidateIndex index = new CandidateIndex(storiesPerKey);
    for (int i = 0, keys = readCount(in); i < keys; i++) {
      LinkedHashSet<Integer> list = new LinkedHashSet<>();
      index.postings.put(readString(in), list);
      for (int j = 0, n = readCount(in); j < n; j++) {
        int story = in.readInt();
        if (story < 0 || story >= stories) {
          throw new IOException("damaged snapshot: story " + story + " of " + stories + " in the candidate index");
        }
        list.add(story);
      }
    }
    return index;
  }
}
