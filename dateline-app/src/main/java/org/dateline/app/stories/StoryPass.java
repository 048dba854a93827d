package org.dateline.app.stories;

/**
 * What bringing a store's stories up to date after an ingest did.
 *
 * @param clustered articles handed to the clusterer: only those that arrived in this ingest when
 *     it continued from the saved clusterer, else every stored article
 * @param incremental whether it continued from the clusterer saved by the last ingest
 * @param datedByStory undated articles read again with the date of a story partner
 */
public record StoryPass(int clustered, boolean incremental, int datedByStory) {

  /** No story pass: an ingest without the language layer. */
  public static final StoryPass NONE = new StoryPass(0, false, 0);
}
