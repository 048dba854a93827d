package org.dateline.link.stories;

import java.util.List;

/**
 * Whether a small story tells the event of another. An article that arrives before its event's
 * story has found its words (a blog's aside, a short brief, an early report that names no one)
 * starts a story of its own, and corrections cannot move it: it is its story's first article.
 * Once the right story has grown, such a story is absorbed whole when every one of its reports
 * fits the other story well enough to have joined it, and better than it fits the rest of its
 * own. Only stories whose every report is still at hand are looked at (see
 * {@link StoryProfile#allReports()}), so the work stays bounded per article.
 */
final class StoryAbsorption {

  private final StorySimilarity similarity;
  private final double joinThreshold;

  StoryAbsorption(StorySimilarity similarity, ClusteringConfig config) {
    this.similarity = similarity;
    this.joinThreshold = config.joinThreshold();
  }

  /** Whether {@code small}, whose reports are {@code reports}, belongs in {@code target}. */
  boolean belongs(StoryProfile small, List<StoryProfile.Report> reports, StoryProfile target) {
    for (StoryProfile.Report report : reports) {
      double fit = similarity.score(target, report.vectors(), report.article());
      double stay = reports.size() == 1 ? 0 : similarity.scoreWithout(small, report);
      if (fit < joinThreshold || fit <= stay) {
        return false;
      }
    }
    return true;
  }
}
