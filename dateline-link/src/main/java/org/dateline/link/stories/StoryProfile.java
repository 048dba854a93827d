package org.dateline.link.stories;

import static org.dateline.link.stories.SnapshotValues.readCount;
import static org.dateline.link.stories.SnapshotValues.readFeatures;
import static org.dateline.link.stories.SnapshotValues.readOptionalString;
import static org.dateline.link.stories.SnapshotValues.readString;
import static org.dateline.link.stories.SnapshotValues.writeFeatures;
import static org.dateline.link.stories.SnapshotValues.writeOptionalString;
import static org.dateline.link.stories.SnapshotValues.writeString;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
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
  final Centroid words;
  final Centroid actors;
  final Centroid specifics;
  /** The clusterer's {@link StoryClusterer#mark() mark} when the story last gained or lost an article. */
  long lastChange;
  private final String firstTitle;
  private final boolean firstHeadlined;
  private String title;
  private String titledBy;
  private final int movableReports;
  private final Deque<Report> recent = new ArrayDeque<>();
  private final TreeMap<Long, String> articleIds = new TreeMap<>();
  private final Map<String, Copy> copies = new LinkedHashMap<>();
  private final Map<String, Integer> outlets = new LinkedHashMap<>();
  private final DayCounts published;
  private final DayCounts earliest;
  private final DayCounts latest;
  private int statedRanges;
  private Report firstReport;
  private final List<String> mergedIds = new ArrayList<>();
  /** Whether the story was absorbed into another: it holds nothing any more and is not listed. */
  boolean absorbed;

  /**
   * A story started by {@code first}, keeping up to {@code movableReports} recent reports open
   * to correction.
   */
  StoryProfile(ArticleFeatures first, int movableReports) {
    this(first.id(), StoryTitles.of(first), StoryTitles.hasHeadline(first), movableReports,
        new Centroid(), new Centroid(), new Centroid(), new DayCounts(), new DayCounts(), new DayCounts());
  }

  private StoryProfile(String firstArticleId, String firstTitle, boolean firstHeadlined, int movableReports,
      Centroid words, Centroid actors, Centroid specifics, DayCounts published, DayCounts earliest,
      DayCounts latest) {
    this.id = StoryIds.of(firstArticleId);
    this.firstArticleId = firstArticleId;
    this.firstTitle = firstTitle;
    this.firstHeadlined = firstHeadlined;
    this.title = firstTitle;
    this.titledBy = firstHeadlined ? firstArticleId : null;
    this.movableReports = movableReports;
    this.words = words;
    this.actors = actors;
    this.specifics = specifics;
    this.published = published;
    this.earliest = earliest;
    this.latest = latest;
  }

  /** Adds an independent report, with its vectors and its arrival number. */
  void addReport(ArticleFeatures article, ArticleVectors vectors, long arrival) {
    addArticle(article, arrival);
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
    int reports = articleIds.size() - copies.size();
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

  /** Writes everything the story holds; its movable-report cap is the configuration's. */
  void writeTo(DataOutput out) throws IOException {
    writeString(out, firstArticleId);
    writeString(out, firstTitle);
    out.writeBoolean(firstHeadlined);
    writeString(out, title);
    writeOptionalString(out, Optional.ofNullable(titledBy));
    out.writeLong(lastChange);
    out.writeInt(statedRanges);
    for (Centroid centroid : List.of(words, actors, specifics)) {
      centroid.writeTo(out);
    }
    for (DayCounts days : List.of(published, earliest, latest)) {
      days.writeTo(out);
    }
    out.writeBoolean(absorbed);
    out.writeBoolean(firstReport != null);
    if (firstReport != null) {
      writeReport(out, firstReport);
    }
    out.writeInt(recent.size());
    for (Report report : recent) {
      writeReport(out, report);
    }
    out.writeInt(articleIds.size());
    for (Map.Entry<Long, String> e : articleIds.entrySet()) {
      out.writeLong(e.getKey());
      writeString(out, e.getValue());
    }
    out.writeInt(copies.size());
    for (Copy copy : copies.values()) {
      writeFeatures(out, copy.article());
      writeString(out, copy.originalId());
      out.writeLong(copy.arrival());
    }
    out.writeInt(outlets.size());
    for (Map.Entry<String, Integer> e : outlets.entrySet()) {
      writeString(out, e.getKey());
      out.writeInt(e.getValue());
    }
    out.writeInt(mergedIds.size());
    for (String merged : mergedIds) {
      writeString(out, merged);
    }
  }

  private static void writeReport(DataOutput out, Report report) throws IOException {
    writeFeatures(out, report.article());
    report.vectors().words().writeTo(out);
    report.vectors().actors().writeTo(out);
    report.vectors().specifics().writeTo(out);
    out.writeLong(report.arrival());
  }

  private static Report readReport(DataInput in) throws IOException {
    ArticleFeatures article = readFeatures(in);
    ArticleVectors vectors = new ArticleVectors(SparseVector.readFrom(in), SparseVector.readFrom(in),
        SparseVector.readFrom(in));
    return new Report(article, vectors, in.readLong());
  }

  /** A story written by {@link #writeTo}, keeping up to {@code movableReports} recent reports. */
  static StoryProfile readFrom(DataInput in, int movableReports) throws IOException {
    String firstArticleId = readString(in);
    String firstTitle = readString(in);
    boolean firstHeadlined = in.readBoolean();
    String title = readString(in);
    Optional<String> titledBy = readOptionalString(in);
    long lastChange = in.readLong();
    int statedRanges = in.readInt();
    Centroid words = Centroid.readFrom(in);
    Centroid actors = Centroid.readFrom(in);
    Centroid specifics = Centroid.readFrom(in);
    DayCounts published = DayCounts.readFrom(in);
    DayCounts earliest = DayCounts.readFrom(in);
    DayCounts latest = DayCounts.readFrom(in);
    StoryProfile story = new StoryProfile(firstArticleId, firstTitle, firstHeadlined, movableReports,
        words, actors, specifics, published, earliest, latest);
    story.title = title;
    story.titledBy = titledBy.orElse(null);
    story.lastChange = lastChange;
    story.statedRanges = statedRanges;
    story.absorbed = in.readBoolean();
    story.firstReport = in.readBoolean() ? readReport(in) : null;
    for (int i = 0, n = readCount(in); i < n; i++) {
      story.recent.addLast(readReport(in));
    }
    for (int i = 0, n = readCount(in); i < n; i++) {
      story.articleIds.put(in.readLong(), readString(in));
    }
    for (int i = 0, n = readCount(in); i < n; i++) {
      Copy copy = new Copy(readFeatures(in), readString(in), in.readLong());
      story.copies.put(copy.article().id(), copy);
    }
    for (int i = 0, n = readCount(in); i < n; i++) {
      story.outlets.put(readString(in), readCount(in));
    }
    for (int i = 0, n = readCount(in); i < n; i++) {
      story.mergedIds.add(readString(in));
    }
    return story;
  }

  /**
   * The features without the body text, whose lead sentence alone is kept: all a correction
   * needs, enough to title a story the report starts when split off, at a fraction of the memory.
   */
  private static ArticleFeatures withoutText(ArticleFeatures article) {
    String lead = StoryTitles.hasHeadline(article) ? "" : StoryTitles.lead(article.text());
    return new ArticleFeatures(article.id(), article.title(), lead, article.outlet(), article.published(),
        article.publishedInferred(), article.actorIds(), article.mentionedDays());
  }
}
