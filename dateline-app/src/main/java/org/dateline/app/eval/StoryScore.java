package org.dateline.app.eval;

import java.util.List;
import java.util.Locale;

/**
 * How the system's story clusters compare with the gold ones, over the gold's articles.
 *
 * @param goldArticles articles the gold assigns to stories
 * @param goldStories gold stories
 * @param systemStories system stories holding at least one gold article
 * @param pairwise precision and recall over pairs of articles put in one story
 * @param bcubed precision and recall averaged over articles (B-cubed)
 * @param misses one line per gold story split by the system and per system story merging
 *     gold stories
 */
public record StoryScore(
    int goldArticles, int goldStories, int systemStories, ClusterScore pairwise, ClusterScore bcubed,
    List<String> misses) {

  public StoryScore {
    misses = List.copyOf(misses);
  }

  /** Three lines: the counts, then pairwise, then B-cubed. */
  public String describe() {
    return String.format(Locale.ROOT, "stories   gold %4d articles in %d stories  system %d stories%n  %s%n  %s",
        goldArticles, goldStories, systemStories, pairwise.describe(), bcubed.describe());
  }
}
