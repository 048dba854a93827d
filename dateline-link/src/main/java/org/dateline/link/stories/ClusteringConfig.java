package org.dateline.link.stories;

/**
 * The knobs of story clustering. {@link #standard()} is the one configuration Dateline uses for
 * every corpus; the others exist for tests and experiments.
 *
 * @param textWeight weight of the TF-IDF cosine of content words (title words count twice)
 * @param actorWeight weight of the TF-IDF cosine of actor ids (rare actors weigh more)
 * @param specificWeight weight of the TF-IDF cosine of the article's specifics: proper names,
 *     numbers and the calendar days it names, which tell two events of one kind apart
 * @param joinThreshold combined similarity from which an article joins its best story
 * @param dateScaleDays days apart at which the similarity is halved; the factor is
 *     {@code 1 / (1 + days / scale)}, days counted from the story's date range
 * @param textDateGraceDays days a date that is not a stated publication date (an inferred
 *     publication window, or a day read from the text) may lie outside the story's range before
 *     it counts: such dates are often background
 * @param sameDaysBonus how much the similarity rises (as a fraction) when the article's stated
 *     publication date lies within {@code dateScaleDays} of the story's publication dates: two
 *     reports of the same days need less shared wording than two undated ones
 * @param lookupTerms the article's heaviest words used to find candidate stories
 * @param lookupActors the article's heaviest actors used to find candidate stories
 * @param storiesPerKey stories kept per word or actor in the candidate index: the most recently
 *     joined ones, so a lookup costs at most {@code (lookupTerms + lookupActors) * storiesPerKey}
 * @param scoredCandidates candidates scored in full: those sharing the most lookup weight
 * @param movableReports a story's most recent reports that a correction may move to another
 *     story (see {@link StoryCorrection}); a story with no more reports than these and its
 *     first can be absorbed whole into another ({@link StoryAbsorption}); 0 turns corrections
 *     and absorption off
 * @param rivals besides the story an article joins, how many of its best other candidates a
 *     correction looks at
 * @param moveMargin how much better a report must fit another story than the rest of its own
 *     before it moves
 * @param movesPerArticle the most reports moved after one article joins
 * @param splitMinReports the fewest reports on each side of a split (see {@link StorySplit});
 *     0 turns splits off
 * @param splitMargin how much better, on average, the reports split off must fit one another
 *     than the rest of their story
 */
public record ClusteringConfig(
    double textWeight,
    double actorWeight,
    double specificWeight,
    double joinThreshold,
    double dateScaleDays,
    double textDateGraceDays,
    double sameDaysBonus,
    int lookupTerms,
    int lookupActors,
    int storiesPerKey,
    int scoredCandidates,
    int movableReports,
    int rivals,
    double moveMargin,
    int movesPerArticle,
    int splitMinReports,
    double splitMargin) {

  public ClusteringConfig {
    if (textWeight < 0 || actorWeight < 0 || specificWeight < 0 || textWeight + actorWeight + specificWeight == 0) {
      throw new IllegalArgumentException("weights must be non-negative and not all zero");
    }
    if (movableReports < 0 || rivals < 0 || moveMargin <= 0 || movesPerArticle < 0 || splitMinReports < 0 || splitMargin < 0) {
      throw new IllegalArgumentException("correction bounds must be non-negative and the move margin positive");
    }
    if (dateScaleDays <= 0 || textDateGraceDays < 0 || sameDaysBonus < 0 || lookupTerms < 1 || lookupActors < 0 || storiesPerKey < 1 || scoredCandidates < 1) {
      throw new IllegalArgumentException("dateScaleDays, lookupTerms, storiesPerKey and scoredCandidates must be positive");
    }
  }

  /**
   * The configuration used for every corpus, news wire or web, dated or not.
   *
   * <ul>
   *   <li>Words 0.5, actors 0.15, specifics 0.35: the words say what kind of event it is, the
   *       names, numbers and days say which one. Two earthquakes a week apart share most of
   *       their words; they rarely share a town, a governor and a magnitude.
   *   <li>Join at 0.25: an article must share a quarter of its weighted wording with a story
   *       before it joins; below that it starts a story of its own. Reports published within
   *       the story's days get a 25% rise ({@code sameDaysBonus}), so outlets that word one
   *       event very differently (a wire and an advocacy site) still meet, while undated copy
   *       must carry the link on its words alone.
   *   <li>Dates 5 days to halve the similarity: news of one event is published within days.
   *       Dates that are not stated publication dates (inferred windows, days read in the
   *       text) count only past a year of grace: they are year-level evidence at best.
   *   <li>Corrections, because arrival order can interleave two similar events: after each
   *       join, the 16 most recent reports of the story and of its two closest rivals may move
   *       to one of them they fit better (by 0.01, up to 4 moves), and the story's recent
   *       reports split off as a story of their own when at least 5 of them fit one another
   *       0.2 better on average than the rest of the story (and 5 remain). Either rival,
   *       when all its reports are still open to correction, is absorbed whole into the story
   *       when each of them fits it well enough to have joined it (0.25) and better than the
   *       rest of its own: an early, thin report that found nothing to join is not left alone.
   *   <li>Lookup and index caps bound the cost per article, see the parameters.
   * </ul>
   */
  public static ClusteringConfig standard() {
    return new ClusteringConfig(0.5, 0.15, 0.35, 0.25, 5, 365, 0.25, 20, 10, 64, 24,
        16, 2, 0.01, 4, 5, 0.2);
  }
}
