package org.dateline.link.stories;

/**
 * How well a new article fits a story, from 0 to 1: the weighted cosines of its words, actors and
 * specifics with the story's centroids, lowered the further its date lies from the story's dates.
 * An article without actors (one clustered without analysis) is judged on the other two alone.
 */
final class StorySimilarity {

  private final ClusteringConfig config;

  StorySimilarity(ClusteringConfig config) {
    this.config = config;
  }

  double score(StoryProfile story, ArticleVectors article, ArticleFeatures features) {
    return combine(story.words.cosine(article.words()), story.actors.cosine(article.actors()),
        story.specifics.cosine(article.specifics()), story, article, features);
  }

  /**
   * How well a report of {@code story} fits the rest of it: the same measure with the report's
   * own vectors taken out of the centroids, so a member is judged as if it arrived now.
   */
  double scoreWithout(StoryProfile story, StoryProfile.Report report) {
    ArticleVectors article = report.vectors();
    return combine(story.words.cosineWithout(article.words()), story.actors.cosineWithout(article.actors()),
        story.specifics.cosineWithout(article.specifics()), story, article, report.article());
  }

  private double combine(double words, double actors, double specifics, StoryProfile story,
      ArticleVectors article, ArticleFeatures features) {
    double weighted = config.textWeight() * words + config.specificWeight() * specifics;
    double weights = config.textWeight() + config.specificWeight();
    if (!article.actors().isEmpty()) {
      weighted += config.actorWeight() * actors;
      weights += config.actorWeight();
    }
    double combined = weights == 0 ? 0 : weighted / weights;
    double agreement = story.publishedWithin(features.published(), config.dateScaleDays())
        ? 1 + config.sameDaysBonus() : 1;
    return combined * agreement
        / (1 + story.daysApart(features.when(), config.textDateGraceDays()) / config.dateScaleDays());
  }
}
