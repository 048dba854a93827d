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
    double weighted = config.textWeight() * story.words.cosine(article.words())
        + config.specificWeight() * story.specifics.cosine(article.specifics());
    double weights = config.textWeight() + config.specificWeight();
    if (!article.actors().isEmpty()) {
      weighted += config.actorWeight() * story.actors.cosine(article.actors());
      weights += config.actorWeight();
    }
    double combined = weights == 0 ? 0 : weighted / weights;
    double agreement = story.publishedWithin(features.published(), config.dateScaleDays())
        ? 1 + config.sameDaysBonus() : 1;
    return combined * agreement
        / (1 + story.daysApart(features.when(), config.textDateGraceDays()) / config.dateScaleDays());
  }
}
