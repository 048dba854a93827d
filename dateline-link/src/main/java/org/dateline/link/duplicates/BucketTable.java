package org.dateline.link.duplicates;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.Arrays;

/**
 * LSH buckets: an open-addressing map from a band's 64-bit key to the first article (by its
 * number) that fell into it. Primitive arrays, so a million buckets cost megabytes, not
 * hundreds of them.
 */
final class BucketTable {

  private static final int EMPTY = -1;

  private long[] keys = new long[1024];
  private int[] values = new int[1024];
  private int size;

  BucketTable() {
    Arrays.fill(values, EMPTY);
  }

  /** The article number in bucket {@code key}, or -1 if the bucket is empty. */
  int get(long key) {
    int mask = keys.length - 1;
    for (int slot = slot(key, mask); ; slot = (slot + 1) & mask) {
      if (values[slot] == EMPTY) {
        return EMPTY;
      }
      if (keys[slot] == key) {
        return values[slot];
      }
    }
  }

  /** Puts {@code article} into bucket {@code key} unless the bucket already holds one. */
  void putIfAbsent(long key, int article) {
    if (2 * (size + 1) > keys.length) {
      grow();
    }
    int mask = keys.length - 1;
    for (int slot = slot(key, mask); ; slot = (slot + 1) & mask) {
      if (values[slot] == EMPTY) {
        keys[slot] = key;
        values[slot] = article;
        size++;
        return;
      }
      if (keys[slot] == key) {
        return;
      }
    }
  }

  int size() {
    return size;
  }

  /** Writes the filled buckets; their slots are not kept, a lookup finds a bucket wherever it lies. */
  void writeTo(DataOutput out) throws IOException {
    out.writeInt(size);
    for (int slot = 0; slot < keys.length; slot++) {
      if (values[slot] != EMPTY) {
        out.writeLong(keys[slot]);
        out.writeInt(values[slot]);
      }
    }
  }

  /** A table written by {@link #writeTo}, whose article numbers must be below {@code articles}. */
  static BucketTable readFrom(DataInput in, int articles) throws IOException {
    BucketTable table = new BucketTable();
    int size = in.readInt();
    if (size < 0) {
      throw new IOException("damaged snapshot: " + size + " buckets");
    }
    for (int i = 0; i < size; i++) {
      long key = in.readLong();
      int article = in.readInt();
      if (article < 0 || article >= articles) {
        throw new IOException("damaged snapshot: article " + article + " of " + articles + " in a bucket");
      }
      table.putIfAbsent(key, article);
    }
    return table;
  }

  private void grow() {
    long[] oldKeys = keys;
    int[] oldValues = values;
    keys = new long[oldKeys.length * 2];
    values = new int[oldValues.length * 2];
    Arrays.fill(values, EMPTY);
    size = 0;
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldValues[i] != EMPTY) {
        putIfAbsent(oldKeys[i], oldValues[i]);
      }
    }
  }

  private static int slot(long key, int mask) {
    return (int) MinHasher.mix(key) & mask;
  }
}
