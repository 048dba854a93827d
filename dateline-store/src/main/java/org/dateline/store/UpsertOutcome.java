package org.dateline.store;

/** What an upsert did. */
public enum UpsertOutcome {
  /** No article had this id. */
  NEW,
  /** An article with this id had different content and was replaced. */
  UPDATED,
  /** An article with this id had identical content; nothing was written. */
  UNCHANGED
}
