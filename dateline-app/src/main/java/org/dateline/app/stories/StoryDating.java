package org.dateline.app.stories;

import java.io.IOException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dateline.link.stories.ArticleFeatures;
import org.dateline.link.stories.StoryClusterer;
import org.dateline.model.Analysis;
import org.dateline.model.Article;
import org.dateline.model.Story;
import org.dateline.nlp.Annotator;
import org.dateline.nlp.dates.StoryPartner;
import org.dateline.store.Store;
import org.dateline.store.UpsertOutcome;

/**
 * Evidence flowing across a story: an undated article whose story holds a dated one is read
 * again with that partner's date ({@link Annotator#annotate(Article, Optional)}), so its
 * publication window narrows and its relative dates ("on Thursday") and its events get days.
 *
 * <p>The partner is the story's earliest dated article, with the days all its dated articles
 * name ({@link StoryPartner}). An article already analysed with the same partner is left alone,
 * so running this again after an unchanged ingest reads nothing.
 */
public final class StoryDating {

  private final Store store;
  private final Annotator annotator;

  public StoryDating(Store store, Annotator annotator) {
    this.store = store;
    this.annotator = annotator;
  }

  /**
   * Clusters the store, re-reads the undated articles that gained a partner, commits, and saves
   * the store's stories; returns how many articles were read again.
   */
  public int run() throws IOException {
    long version = store.version();
    StoryClusterer clusterer = new StoryClusterer();
    Map<String, Optional<LocalDate>> published = new HashMap<>();
    Map<String, List<LocalDate>> namedDays = new HashMap<>();
    store.forEachInArrivalOrder((article, analysis) -> {
      ArticleFeatures features = ArticleFeatures.of(article, analysis);
      clusterer.add(features);
      published.put(article.id(), article.published());
      if (article.published().isPresent()) {
        namedDays.put(article.id(), features.mentionedDays());
      }
    });
    int reread = 0;
    for (Story story : clusterer.stories()) {
      for (String id : story.articleIds()) {
        if (published.get(id).isEmpty()) {
          Optional<StoryPartner> partner = partner(story.articleIds(), published, namedDays);
          if (partner.isPresent() && reread(id, partner.get())) {
            reread++;
          }
        }
      }
    }
    store.commit();
    if (store.version() == version) {
      SavedStories.write(store.directory(), version, clusterer.stories());
    } else {
      CorpusStories.of(store); // articles read again cluster a little differently: cluster and save anew
    }
    return reread;
  }

  private boolean reread(String id, StoryPartner partner) throws IOException {
    Optional<Article> article = store.get(id);
    String revision = annotator.revision(Optional.of(partner));
    if (article.isEmpty() || store.check(article.get(), revision) == UpsertOutcome.UNCHANGED) {
      return false;
    }
    Analysis analysis = annotator.annotate(article.get(), Optional.of(partner));
    store.upsert(article.get(), Optional.of(analysis), revision);
    return true;
  }

  private static Optional<StoryPartner> partner(List<String> storyArticles,
      Map<String, Optional<LocalDate>> published, Map<String, List<LocalDate>> namedDays) {
    String earliest = null;
    Set<LocalDate> days = new HashSet<>();
    for (String id : storyArticles) {
      Optional<LocalDate> date = published.get(id);
      if (date.isPresent()) {
        days.addAll(namedDays.getOrDefault(id, List.of()));
        if (earliest == null || date.get().isBefore(published.get(earliest).get())) {
          earliest = id;
        }
      }
    }
    return earliest == null ? Optional.empty()
        : Optional.of(new StoryPartner(earliest, published.get(earliest).get(), days));
  }
}
