package org.dateline.link.stories;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dateline.model.Story;

/** A story as it grows: its articles, dates and outlets, and the centroids new articles meet. */
final class StoryProfile {

  final String id;
  final Centroid words = new Centroid();
  final Centroid actors = new Centroid();
  final Centroid specifics = new Centroid();
  private String title;
  private boolean headlined;
  private final List<String> articleIds = new ArrayList<>();
  private final Map<String, String> copies = new LinkedHashMap<>();
  private final Set<String> outlets = new LinkedHashSet<>();
  private LocalDate firstPublished;
  private LocalDate lastPublished;
  private LocalDate earliest;
  private LocalDate latest;
  private boolean rangeStated;

  StoryProfile(ArticleFeatures first) {
    this.id = StoryIds.of(first.id());
    this.title = StoryTitles.of(first);
    this.headlined = StoryTitles.hasHeadline(first);
  }

  /** Adds an independent report, with its vectors. */
  void addReport(ArticleFeatures article, ArticleVectors vectors) {
    addArticle(article);
    words.add(vectors.words());
    actors.add(vectors.actors());
    specifics.add(vectors.specifics());
  }

  /** Adds a near-duplicate of {@code originalId}: listed, dated, but not counted in the centroids. */
  void addCopy(ArticleFeatures article, String originalId) {
    addArticle(article);
    copies.put(article.id(), originalId);
  }

  /**
   * Days between {@code date} and the story's date range, and how far they count: 0 when they
   * overlap or either is undated; when the date or the whole range was read from text rather
   * than stated, the gap only counts past {@code graceDays}.
   */
  double daysApart(Optional<ArticleDate> date, double graceDays) {
    if (date.isEmpty() || earliest == null) {
      return 0;
    }
    ArticleDate d = date.get();
    long apart = 0;
    if (d.latest().isBefore(earliest)) {
      apart = ChronoUnit.DAYS.between(d.latest(), earliest);
    } else if (d.earliest().isAfter(latest)) {
      apart = ChronoUnit.DAYS.between(latest, d.earliest());
    }
    return d.stated() && rangeStated ? apart : Math.max(0, apart - graceDays);
  }

  /**
   * Whether {@code published} lies within {@code days} of the publication dates of the story's
   * articles; false when either is undated.
   */
  boolean publishedWithin(Optional<LocalDate> published, double days) {
    if (published.isEmpty() || firstPublished == null) {
      return false;
    }
    LocalDate day = published.get();
    long apart = day.isBefore(firstPublished) ? ChronoUnit.DAYS.between(day, firstPublished)
        : day.isAfter(lastPublished) ? ChronoUnit.DAYS.between(lastPublished, day) : 0;
    return apart <= days;
  }

  Story toStory() {
    return new Story(id, title, articleIds, copies, Optional.ofNullable(firstPublished),
        Optional.ofNullable(lastPublished), List.copyOf(outlets));
  }

  private void addArticle(ArticleFeatures article) {
    articleIds.add(article.id());
    if (!headlined && StoryTitles.hasHeadline(article)) { // a headline reads better than a first sentence
      title = StoryTitles.of(article);
      headlined = true;
    }
    article.outlet().ifPresent(outlets::add);
    article.published().ifPresent(day -> {
      firstPublished = min(firstPublished, day);
      lastPublished = max(lastPublished, day);
    });
    article.when().ifPresent(date -> {
      earliest = min(earliest, date.earliest());
      latest = max(latest, date.latest());
      rangeStated |= date.stated();
    });
  }

  private static LocalDate min(LocalDate current, LocalDate day) {
    return current == null || day.isBefore(current) ? day : current;
  }

  private static LocalDate max(LocalDate current, LocalDate day) {
    return current == null || day.isAfter(current) ? day : current;
  }
}
