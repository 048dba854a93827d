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
import org.dateline.model.Mention;
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
 * <p>The partner is the story's dated article sharing most of its actors (the earliest of equals).
 * An article already analysed with the same partner is left alone, so running this again after
 * an unchanged ingest reads nothing.
 */
public final class StoryDating {

  private final Store store;
  private final Annotator annotator;

  public StoryDating(Store store, Annotator annotator) {
    this.store = store;
    this.annotator = annotator;
  }

  /** Clusters the store, re-reads the undated articles that gained a partner and commits; returns how many. */
  public int run() throws IOException {
    StoryClusterer clusterer = new StoryClusterer();
    Map<String, Optional<LocalDate>> published = new HashMap<>();
    Map<String, Set<String>> actors = new HashMap<>();
    store.forEachWithAnalysis((article, analysis) -> {
      clusterer.add(ArticleFeatures.of(article, analysis));
      published.put(article.id(), article.published());
      actors.put(article.id(), actorIds(analysis));
    });
    int reread = 0;
    for (Story story : clusterer.stories()) {
      for (String id : story.articleIds()) {
        if (published.get(id).isEmpty()) {
          Optional<StoryPartner> partner = partner(id, story.articleIds(), published, actors);
          if (partner.isPresent() && reread(id, partner.get())) {
            reread++;
          }
        }
      }
    }
    store.commit();
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

  private static Optional<StoryPartner> partner(String id, List<String> storyArticles,
      Map<String, Optional<LocalDate>> published, Map<String, Set<String>> actors) {
    Set<String> own = actors.get(id);
    StoryPartner best = null;
    double bestOverlap = -1;
    for (String other : storyArticles) {
      Optional<LocalDate> date = published.get(other);
      if (date.isEmpty()) {
        continue;
      }
      double overlap = jaccard(own, actors.get(other));
      if (overlap > bestOverlap) {
        best = new StoryPartner(other, date.get());
        bestOverlap = overlap;
      }
    }
    return Optional.ofNullable(best);
  }

  private static double jaccard(Set<String> a, Set<String> b) {
    if (a.isEmpty() && b.isEmpty()) {
      return 0;
    }
    Set<String> union = new HashSet<>(a);
    union.addAll(b);
    return (double) a.stream().filter(b::contains).count() / union.size();
  }

  private static Set<String> actorIds(Optional<Analysis> analysis) {
    Set<String> ids = new HashSet<>();
    analysis.ifPresent(a -> a.mentions().stream().map(Mention::actorId).forEach(ids::add));
    return ids;
  }
}
