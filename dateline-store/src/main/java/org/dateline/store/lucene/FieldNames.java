package org.dateline.store.lucene;

/**
 * The Lucene fields one article becomes. Names a user may type in a query ({@link #TITLE},
 * {@link #TEXT}, {@link #OUTLET}) are part of the search syntax; all names are part of the
 * on-disk schema, so renaming one needs a new {@link SchemaVersion}.
 */
final class FieldNames {

  /** Article id: exact keyword (stored), sorted doc values for id order. */
  static final String ID = "id";

  /**
   * {@code Article.fingerprint()}, then {@code |} and the analysis revision (empty without
   * analysis): stored, and binary doc values read at open.
   */
  static final String FINGERPRINT = "fingerprint";

  /** Where the article was read from: stored only. */
  static final String SOURCE = "source";

  /** Stored only. */
  static final String URL = "url";

  /**
   * The outlet: the name as written is stored, the name lowercased is an exact keyword for
   * filtering and {@code outlet:"Name"} queries.
   */
  static final String OUTLET = "outlet";

  /** Stored only. */
  static final String BYLINE = "byline";

  /** The headline: analyzed for search and stored. */
  static final String TITLE = "title";

  /** Publication date as an epoch day: point (range filters), doc values (sorting), stored. */
  static final String PUBLISHED = "published";

  /** Credits, one stored value each, in order. */
  static final String CREDITS = "credits";

  /** Stored only. */
  static final String DATELINE = "dateline";

  /** The body: analyzed with offsets in the postings (for snippets) and stored. */
  static final String TEXT = "text";

  /** Furniture, one stored value each, in order. */
  static final String FURNITURE = "furniture";

  /** The article's {@code Analysis} as JSON: stored only. */
  static final String ANALYSIS = "analysis";

  /** Ids of the actors the article mentions: exact keywords, for filtering. */
  static final String ACTOR = "actor";

  /** The order in which articles first arrived in the store: numeric doc values only. */
  static final String ARRIVAL = "arrival";

  private FieldNames() {}
}
