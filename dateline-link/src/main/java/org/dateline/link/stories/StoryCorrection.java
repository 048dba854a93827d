package org.dateline.link.stories;

import java.util.List;
import java.util.Optional;

/**
 * Second thoughts after an article joins a story. Single-pass clustering places each report on
 * what it knew when the report arrived: the first report of a second, similar event (a second
 * arrest of a player of one team, a second patch of one browser) joins the first event's story
 * because nothing closer exists yet. Once the second event has a story of its own and the stories
 * have grown, a recent report may fit another story clearly better than the rest of its own.
 *
 * <p>The stories looked at are the one just joined and its closest rivals among the article's
 * candidates; within them only each story's most recent reports are open to a move, and never a
 * story's first article (its id is the story's, so a story never loses its id and never empties).
 * The work per article is therefore bounded by constants of the configuration.
 */
final class StoryCorrection {

  /** Moving {@code report} from story {@code from} to story {@code to}, where it fits {@code fit}. */
  record Move(StoryProfile.Report report, int from, int to, double fit) {}

  private final StorySimilarity similarity;
  private final ClusteringConfig config;

  StoryCorrection(StorySimilarity similarity, ClusteringConfig config) {
    this.similarity = similarity;
    this.config = config;
  }

  /**
   * The report among the {@code involved} stories that gains most by moving to another of them,
   * if any fits another by at least the move margin better than the rest of its own story, and
   * well enough to have joined it.
   */
  Optional<Move> bestMove(List<Integer> involved, List<StoryProfile> stories) {
    Move best = null;
    double bestGain = 0;
    for (int from : involved) {
      StoryProfile home = stories.get(from);
      for (StoryProfile.Report report : home.movable()) {
        double stay = similarity.scoreWithout(home, report);
        for (int to : involved) {
          if (to == from) {
            continue;
          }
          double fit = similarity.score(stories.get(to), report.vectors(), report.article());
          double gain = fit - stay;
          if (fit >= config.joinThreshold() && gain >= config.moveMargin() && gain > bestGain) {
            best = new Move(report, from, to, fit);
            bestGain = gain;
          }
        }
      }
    }
    return Optional.ofNullable(best);
  }
}
