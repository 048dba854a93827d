package org.dateline.app.stories;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.dateline.link.stories.ArticleFeatures;
import org.dateline.link.stories.StoryClusterer;
import org.dateline.model.Story;
import org.dateline.store.Store;

/**
 * The stories of a whole store: the link module's clusterer fed with every stored article and
 * its analysis (an article without analysis is clustered from its text alone) in the order the
 * articles arrived, so the same store always gives the same stories. The result is saved beside
 * the store ({@link SavedStories}) and read back while the store is unchanged.
 */
public final class CorpusStories {

  private CorpusStories() {}

  /** Clusters every article of {@code store} afresh; the clusterer holds the assignments. */
  public static StoryClusterer cluster(Store store) throws IOException {
    StoryClusterer clusterer = new StoryClusterer();
    store.forEachInArrivalOrder((article, analysis) -> clusterer.add(ArticleFeatures.of(article, analysis)));
    return clusterer;
  }

  /** The stories of {@code store}, in the order they started: saved ones if the store is unchanged. */
  public static List<Story> of(Store store) throws IOException {
    long version = store.version();
    Optional<List<Story>> saved = SavedStories.read(store.directory(), version);
    if (saved.isPresent()) {
      return saved.get();
    }
    List<Story> stories = cluster(store).stories();
    SavedStories.write(store.directory(), version, stories);
    return stories;
  }
}
