package org.dateline.link.stories;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.dateline.model.Story;

/**
 * A story as it grows: its articles, dates and outlets, and the centroids new articles meet.
 * Its most recent reports (but never its first article, whose id is the story's) are kept with
 * their vectors so a correction can move one of them to a story it fits better; everything a
 * report added is then taken back. The first report is kept too, so that a story small enough
 * to have every report at hand can be absorbed whole into another ({@link StoryAbsorption}).
 */
final class StoryProfile {

  /**
   * A report the story can still give up: its features (without text), vectors and arrival
   * number.
   */
  record Report(ArticleFeatures article, ArticleVectors vectors, long arrival) {}

  /** A near-duplicate: its features (without text), its original and its arrival number. */
  record Copy(ArticleFeatures article, String originalId, long arrival) {}

  final String id;
  final String firstArticleId;
  final Centroid words = new Centroid();
  final Centroid actors = new Centroid();
  final Centroid specifics = new Centroid();
  private final String firstTitle;
  private final boolean firstHeadlined;
  private String title;
  private String titledBy;
  private final int movableReports;
  private final Deque<Report> recent = new ArrayDeque<>();
  private final TreeMap<Long, String> articleIds = new TreeMap<>();
  private final Map<String, Copy> copies = new LinkedHashMap<>();
  private final Map<String, Integer> outlets = new LinkedHashMap<>();
  private final DayCounts published = new DayCounts();
  private final DayCounts earliest = new DayCounts();
  private final DayCounts latest = new DayCounts();
  private int statedRanges;
  private Report firstReport;
  private int reports;
  private final List<String> mergedIds = new ArrayList<>();

  /**
   * A story started by {@code first}, keeping up to {@code movableReports} recent reports open
   * to correction.
   */
  StoryProfile(ArticleFeatures first, int movableReports) {
    this.id = StoryIds.of(first.id());
    this.firstArticleId = first.id();
    this.firstTitle = StoryTitles.of(first);
    this.firstHeadlined = StoryTitles.hasHeadline(first);
    this.title = firstTitle;
    this.titledBy = firstHeadlined ? first.id() : null;
    this.movableReports = movableReports;
  }

  /** Adds an independent report, with its vectors and its arrival number. */
  void addReport(ArticleFeatures article, ArticleVectors vectors, long arrival) {
    addArticle(article, arrival);
    reports++;
    if (article.id().equals(firstArticleId)) {
      firstReport = new Report(withoutText(article), vectors, arrival);
    }
    words.add(vectors.words());
    actors.add(vectors.actors());
    specifics.add(vectors.specifics());
    if (!article.id().equals(firstArticleId) && movableReports > 0) {
      recent.addLast(new Report(withoutText(article), vectors, arrival));
      if (recent.size() > movableReports) {
        recent.removeFirst();
      }
    }
  }

  /** Adds a near-duplicate of {@code originalId}: listed, dated, but not counted in the centroids. */
  void addCopy(ArticleFeatures article, String originalId, long arrival) {
    addArticle(article, arrival);
    copies.put(article.id(), new Copy(withoutText(article), originalId, arrival));
  }

  /** The reports open to correction, oldest first. */
  List<Report> movable() {
    return List.copyOf(recent);
  }

  /**
   * Every report of the story, first one included, if all are still at hand (the story has
   * no more reports than are kept open to correction, plus its first); else empty.
   */
  Optional<List<Report>> allReports() {
    if (firstReport == null || reports != recent.size() + 1) {
      return Optional.empty();
    }
    List<Report> all = new ArrayList<>();
    all.add(firstReport);
    all.addAll(recent);
    return Optional.of(all);
  }

  /** The near-duplicates of the story's reports. */
  List<Copy> copies() {
    return List.copyOf(copies.values());
  }

  /**
   * Records that {@code absorbed} was merged into this story: its id, and the ids merged into
   * it before, now name this story.
   */
  void recordMerge(StoryProfile absorbed) {
    mergedIds.add(absorbed.id);
    mergedIds.addAll(absorbed.mergedIds);
  }

  int size() {
    return articleIds.size();
  }

  /**
   * Takes {@code report} (one of {@link #movable()}) out of the story with every copy of it, and
   * returns those copies.
   */
  List<Copy> removeReport(Report report) {
    reports--;
    recent.remove(report);
    words.remove(report.vectors().words());
    actors.remove(report.vectors().actors());
    specifics.remove(report.vectors().specifics());
    removeArticle(report.article(), report.arrival());
    List<Copy> removedCopies = copies.values().stream()
        .filter(copy -> copy.originalId().equals(report.article().id()))
        .toList();
    removedCopies.forEach(copy -> {
      copies.remove(copy.article().id());
      removeArticle(copy.article(), copy.arrival());
    });
    return removedCopies;
  }

  /**
   * Days between {@code date} and the story's date range, and how far they count: 0 when they
   * overlap or either is undated; when the date or the whole range was read from text rather
   * than stated, the gap only counts past {@code graceDays}.
   */
  double daysApart(Optional<ArticleDate> date, double graceDays) {
    if (date.isEmpty() || earliest.isEmpty()) {
      return 0;
    }
    ArticleDate d = date.get();
    LocalDate from = earliest.first().orElseThrow();
    LocalDate to = latest.last().orElseThrow();
    long apart = 0;
    if (d.latest().isBefore(from)) {
      apart = ChronoUnit.DAYS.between(d.latest(), from);
    } else if (d.earliest().isAfter(to)) {
      apart = ChronoUnit.DAYS.between(to, d.earliest());
    }
    return d.stated() && statedRanges > 0 ? apart : Math.max(0, apart - graceDays);
  }

  /**
   * Whether {@code day} lies within {@code days} of the publication dates of the story's
   * articles; false when either is undated.
   */
  boolean publishedWithin(Optional<LocalDate> day, double days) {
    if (day.isEmpty() || published.isEmpty()) {
      return false;
    }
    LocalDate first = published.first().orElseThrow();
    LocalDate last = published.last().orElseThrow();
    LocalDate d = day.get();
    long apart = d.isBefore(first) ? ChronoUnit.DAYS.between(d, first)
        : d.isAfter(last) ? ChronoUnit.DAYS.between(last, d) : 0;
    return apart <= days;
  }

  Story toStory() {
    Map<String, String> originals = new LinkedHashMap<>();
    copies.values().stream().sorted(Comparator.comparingLong(Copy::arrival))
        .forEach(copy -> originals.put(copy.article().id(), copy.originalId()));
    return new Story(id, title, List.copyOf(articleIds.values()), originals, published.first(), published.last(),
        List.copyOf(outlets.keySet()), mergedIds);
  }

  private void addArticle(ArticleFeatures article, long arrival) {
    articleIds.put(arrival, article.id());
    if (titledBy == null && StoryTitles.hasHeadline(article)) { // a headline reads better than a first sentence
      title = StoryTitles.of(article);
      titledBy = article.id();
    }
    article.outlet().ifPresent(outlet -> outlets.merge(outlet, 1, Integer::sum));
    article.published().ifPresent(published::add);
    article.when().ifPresent(date -> {
      earliest.add(date.earliest());
      latest.add(date.latest());
      statedRanges += date.stated() ? 1 : 0;
    });
  }

  private void removeArticle(ArticleFeatures article, long arrival) {
    articleIds.remove(arrival);
    if (article.id().equals(titledBy)) { // the next headline to come titles the story
      title = firstTitle;
      titledBy = firstHeadlined ? firstArticleId : null;
    }
    article.outlet().ifPresent(outlet -> outlets.computeIfPresent(outlet, (o, n) -> n == 1 ? null : n - 1));
    article.published().ifPresent(published::remove);
    article.when().ifPresent(date -> {
      earliest.remove(date.earliest());
      latest.remove(date.latest());
      statedRanges -= date.stated() ? 1 : 0;
    });
  }

  /** The features without the body text: all a correction needs, at a fraction of the memory. */
  private static ArticleFeatures withoutText(ArticleFeatures article) {
    return new ArticleFeatures(article.id(), article.title(), "", article.outlet(), article.published(),
        article.publishedInferred(), article.actorIds(), article.mentionedDays());
  }
}
