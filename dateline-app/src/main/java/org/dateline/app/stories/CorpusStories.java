package org.dateline.app.stories;

import java.io.IOException;
import java.util.List;
import org.dateline.link.stories.ArticleFeatures;
import org.dateline.link.stories.StoryClusterer;
import org.dateline.model.Story;
import org.dateline.store.Store;

/**
 * The stories of a whole store, clustered afresh in arrival order from the stored articles and
 * their analyses (an article without analysis is clustered from its text alone).
 */
public final class CorpusStories {

  private CorpusStories() {}

  /** Clusters every article of {@code store}; the clusterer holds the assignments. */
  public static StoryClusterer cluster(Store store) throws IOException {
    StoryClusterer clusterer = new StoryClusterer();
    store.forEachInArrivalOrder((article, analysis) -> clusterer.add(ArticleFeatures.of(article, analysis)));
    return clusterer;
  }

  /** The stories of {@code store}, in the order they started. */
  public static List<Story> of(Store store) throws IOException {
    return cluster(store).stories();
  }
}
