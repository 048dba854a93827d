package org.dateline.link.stories;

import java.util.Optional;

/**
 * How well a new article fits a story, from 0 to 1: the weighted cosines of its words and its
 * actors with the story's centroids, lowered the further its date lies from the story's dates.
 * Without actors the words alone decide.
 */
final class StorySimilarity {

  private final ClusteringConfig config;

  StorySimilarity(ClusteringConfig config) {
    this.config = config;
  }

  double score(StoryProfile story, SparseVector words, SparseVector actors, Optional<ArticleDate> when) {
    double text = story.words.cosine(words);
    double combined;
    if (actors.isEmpty() || config.actorWeight() == 0) {
      combined = text;
    } else {
      double actor = story.actors.cosine(actors);
      combined = (config.textWeight() * text + config.actorWeight() * actor)
          / (config.textWeight() + config.actorWeight());
    }
    return combined / (1 + story.daysApart(when, config.textDateGraceDays()) / config.dateScaleDays());
  }
}
