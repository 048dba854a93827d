package org.dateline.link.stories;

/**
 * The knobs of story clustering. {@link #standard()} is the one configuration Dateline uses for
 * every corpus; the others exist for tests and experiments.
 *
 * @param textWeight weight of the TF-IDF cosine of content words (title words count twice)
 * @param actorWeight weight of the TF-IDF cosine of actor ids (rare actors weigh more)
 * @param joinThreshold combined similarity from which an article joins its best story
 * @param dateScaleDays days apart at which the similarity is halved; the factor is
 *     {@code 1 / (1 + days / scale)}, days counted from the story's date range
 * @param textDateGraceDays days a date read from the text (not a stated or inferred publication
 *     date) may lie outside the story's range before it counts: such dates are often background
 * @param lookupTerms the article's heaviest words used to find candidate stories
 * @param lookupActors the article's heaviest actors used to find candidate stories
 * @param storiesPerKey stories kept per word or actor in the candidate index: the most recently
 *     joined ones, so a lookup costs at most {@code (lookupTerms + lookupActors) * storiesPerKey}
 * @param scoredCandidates candidates scored in full: those sharing the most lookup weight
 */
public record ClusteringConfig(
    double textWeight,
    double actorWeight,
    double joinThreshold,
    double dateScaleDays,
    double textDateGraceDays,
    int lookupTerms,
    int lookupActors,
    int storiesPerKey,
    int scoredCandidates) {

  public ClusteringConfig {
    if (textWeight < 0 || actorWeight < 0 || textWeight + actorWeight == 0) {
      throw new IllegalArgumentException("weights must be non-negative and not both zero");
    }
    if (dateScaleDays <= 0 || textDateGraceDays < 0 || lookupTerms < 1 || lookupActors < 0 || storiesPerKey < 1 || scoredCandidates < 1) {
      throw new IllegalArgumentException("dateScaleDays, lookupTerms, storiesPerKey and scoredCandidates must be positive");
    }
  }

  /** The configuration used for every corpus. */
  public static ClusteringConfig standard() {
    return new ClusteringConfig(0.85, 0.15, 0.2, 5, 30, 20, 10, 64, 24);
  }
}
