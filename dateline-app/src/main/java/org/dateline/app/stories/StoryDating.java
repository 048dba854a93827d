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
 * The story pass at the end of an ingest: the new articles are grouped into stories, and an
 * undated article whose story holds a dated one is read again with that partner's date
 * ({@link Annotator#annotate(Article, Optional)}), so its publication window narrows and its
 * relative dates ("on Thursday") and its events get days.
 *
 * <p><b>Incremental.</b> When the last pass saved its clusterer ({@link SavedClusterer}) for the
 * store as this ingest found it, and the ingest only added articles, the pass continues from that
 * clusterer with the articles that arrived since, and looks for partners only in the stories that
 * changed: its cost follows the new articles and their stories, not the size of the store.
 * Otherwise (the first ingest, an updated article, a missing, stale or damaged file) it clusters
 * the whole store in arrival order. Either way the stories are those of clustering every article
 * in arrival order; a replay reads each article as stored now, so an article already read again
 * with a partner's date brings the days that reading resolved, which can shift a close call.
 *
 * <p><b>Stories are decided on arrival.</b> An article read again with its partner's date keeps
 * its story: the pass does not cluster again with what the re-reading found. So an article's
 * story does not depend on how the store's articles were split into ingests.
 *
 * <p>The partner is the story's earliest dated article, with the days all its dated articles
 * name ({@link StoryPartner}). An article already analysed with the same partner is left alone,
 * so running this again after an unchanged ingest reads nothing.
 */
public final class StoryDating {

  /** What the pass needs of an article to choose a partner: its date, and the days it names. */
  private record Dates(Optional<LocalDate> published, List<LocalDate> namedDays) {

    static Dates of(ArticleFeatures features) {
      return new Dates(features.published(), features.published().isPresent() ? features.mentionedDays() : List.of());
    }
  }

  /** A clustering brought up to date, the stories to look for partners in, and what is known of their dates. */
  private record Clustered(StoryClusterer clusterer, long lastArrival, int added, List<Story> changed,
      Map<String, Dates> dates) {}

  private final Store store;
  private final Annotator annotator;

  public StoryDating(Store store, Annotator annotator) {
    this.store = store;
    this.annotator = annotator;
  }

  /**
   * Clusters what arrived (or the whole store), re-reads the undated articles that gained a
   * partner, commits, and saves the stories and the clusterer at the store's new version.
   *
   * @param versionBefore the store's version before the ingest wrote anything
   * @param onlyAdded whether the ingest only added articles, updating none already stored
   */
  public StoryPass run(long versionBefore, boolean onlyAdded) throws IOException {
    Optional<SavedClusterer> saved = onlyAdded ? SavedClusterer.read(store.directory(), versionBefore)
        : Optional.empty();
    Clustered clustered = saved.isPresent() ? continueFrom(saved.get()) : replay();
    int reread = 0;
    for (Story story : clustered.changed()) {
      Optional<StoryPartner> partner = partner(story.articleIds(), clustered.dates());
      if (partner.isEmpty()) {
        continue;
      }
      for (String id : story.articleIds()) {
        if (clustered.dates().get(id).published().isEmpty() && reread(id, partner.get())) {
          reread++;
        }
      }
    }
    store.commit();
    long version = store.version();
    if (saved.isEmpty() || version != versionBefore) {
      SavedStories.write(store.directory(), version, clustered.clusterer().stories());
      SavedClusterer.write(store.directory(), version, clustered.lastArrival(), clustered.clusterer());
    }
    return new StoryPass(clustered.added(), saved.isPresent(), reread);
  }

  /** Every stored article clustered afresh; every story may have gained a partner. */
  private Clustered replay() throws IOException {
    StoryClusterer clusterer = new StoryClusterer();
    Map<String, Dates> dates = new HashMap<>();
    long last = addArrivedAfter(Long.MIN_VALUE, clusterer, dates);
    return new Clustered(clusterer, last, dates.size(), clusterer.stories(), dates);
  }

  /** The articles that arrived since {@code saved} added to it; only the stories they changed are looked at. */
  private Clustered continueFrom(SavedClusterer saved) throws IOException {
    StoryClusterer clusterer = saved.clusterer();
    long mark = clusterer.mark();
    Map<String, Dates> dates = new HashMap<>();
    long last = addArrivedAfter(saved.lastArrival(), clusterer, dates);
    int added = dates.size();
    List<Story> changed = clusterer.storiesChangedSince(mark);
    for (Story story : changed) {
      for (String id : story.articleIds()) {
        if (!dates.containsKey(id)) {
          dates.put(id, storedDates(id));
        }
      }
    }
    return new Clustered(clusterer, last, added, changed, dates);
  }

  /**
   * Adds the articles that arrived after {@code after} to {@code clusterer}, noting their dates;
   * returns the last arrival number.
   */
  private long addArrivedAfter(long after, StoryClusterer clusterer, Map<String, Dates> dates) throws IOException {
    return store.forEachArrivedAfter(after, (article, analysis) -> {
      ArticleFeatures features = ArticleFeatures.of(article, analysis);
      clusterer.add(features);
      dates.put(article.id(), Dates.of(features));
    });
  }

    private Dates storedDates(String id) throws IOException {
    Optional<Article> article = store.get(id);
    if (article.isEmpty()) {
      throw new IOException("story article " + id + " is not in the store: its saved clusterer is out of step");
    }
    return Dates.of(ArticleFeatures.of(article.get(), store.analysis(id)));
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

  private static Optional<StoryPartner> partner(List<String> storyArticles, Map<String, Dates> dates) {
    String earliest = null;
    Set<LocalDate> days = new HashSet<>();
    for (String id : storyArticles) {
      Optional<LocalDate> date = dates.get(id).published();
      if (date.isPresent()) {
        days.addAll(dates.get(id).namedDays());
        if (earliest == null || date.get().isBefore(dates.get(earliest).published().get())) {
          earliest = id;
        }
      }
    }
    return earliest == null ? Optional.empty()
        : Optional.of(new StoryPartner(earliest, dates.get(earliest).published().get(), days));
  }
}
