package org.dateline.store.lucene;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * The version of the document schema a store was written with, kept in every commit's user data.
 *
 * <p>Raise {@link #CURRENT} whenever a change to {@link FieldNames} or {@link ArticleDocuments}
 * makes old stores read wrongly. A store is opened only if it carries a version this code can
 * read; a store written by a newer Dateline is refused rather than misread or half-rewritten.
 */
final class SchemaVersion {

  /** The key in the commit user data. */
  static final String KEY = "dateline.schema";

  /** The schema this code writes. */
  static final int CURRENT = 1;

  private SchemaVersion() {}

  /** The user data to commit with. */
  static Map<String, String> userData() {
    return Map.of(KEY, Integer.toString(CURRENT));
  }

  /**
   * Checks the user data of an existing store's last commit.
   *
   * @throws IOException naming {@code dir} if the store is not a Dateline store or was written
   *     by a newer schema
   */
  static void check(Path dir, Iterable<Map.Entry<String, String>> userData) throws IOException {
    Map<String, String> data = new HashMap<>();
    userData.forEach(entry -> data.put(entry.getKey(), entry.getValue()));
    String value = data.get(KEY);
    if (value == null) {
      throw new IOException(
          "directory " + dir + " holds a Lucene index that is not a Dateline store (no " + KEY
              + " in its commit data)");
    }
    int version;
    try {
      version = Integer.parseInt(value);
    } catch (NumberFormatException e) {
      throw new IOException("store " + dir + " has an unreadable schema version: " + value, e);
    }
    if (version > CURRENT) {
      throw new IOException(
          "store " + dir + " was written by a newer Dateline (store schema " + version
              + "); this version reads schema " + CURRENT + " and older: upgrade Dateline");
    }
    if (version < 1) {
      throw new IOException("store " + dir + " has an invalid schema version: " + version);
    }
  }
}
