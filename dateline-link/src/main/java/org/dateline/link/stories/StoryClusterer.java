package org.dateline.link.stories;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dateline.link.duplicates.NearDuplicateIndex;
import org.dateline.link.text.ContentWords;
import org.dateline.link.text.SpecificWords;
import org.dateline.model.Story;

/**
 * Groups articles into stories as they arrive, in one pass: a near-duplicate joins its
 * original's story; any other article joins the most similar story among the candidates its
 * heaviest words and actors find in the index, if that similarity reaches the threshold, and
 * otherwise starts a story of its own. Document frequencies are updated as articles arrive.
 *
 * <p>After a join, bounded corrections make the result less dependent on arrival order: a recent
 * report of the joined story or of its closest rivals moves to one it fits clearly better
 * ({@link StoryCorrection}), and the joined story's recent reports split off as a story of their
 * own when they form a second event ({@link StorySplit}), and a small rival story whose reports
 * all tell the joined story's event is absorbed into it ({@link StoryAbsorption}). A story never
 * gives up its first article, so its id (that article's) never changes and no story is emptied
 * by a move; a story split off takes the id of its own first article; an absorbed story's id
 * lives on in {@link Story#mergedIds()} of the story that took it. {@link #storyOf} follows moves
 * and merges; an assignment returned by {@link #add} is where the article went at that moment.
 *
 * <p>The cost of an article depends on its length and the index and correction caps, not on how
 * many articles or stories came before. The result depends on arrival order; the same articles in
 * the same order always give the same stories. Not thread-safe.
 *
 * <p>A clusterer's whole state can be {@link #writeTo written} and {@link #readFrom read back}:
 * adding articles to the clusterer read back gives exactly what adding them to the one written
 * would have given, so a corpus that grows need not be clustered again from its first article.
 */
public final class StoryClusterer {

  final ClusteringConfig config;
  private final StorySimilarity similarity;
  private final StoryCorrection correction;
  private final StorySplit split;
  private final StoryAbsorption absorption;
  private final ContentWords contentWords = ContentWords.english();
  private final SpecificWords specificWords = new SpecificWords(contentWords);
  final NearDuplicateIndex duplicates;
  final DocumentFrequencies wordFrequencies;
  final DocumentFrequencies actorFrequencies;
  final DocumentFrequencies specificFrequencies;
  final List<StoryProfile> stories;
  final CandidateIndex wordIndex;
  final CandidateIndex actorIndex;
  final Map<String, StoryAssignment> assignments = new HashMap<>();
  final Map<String, Integer> storyOfArticle = new HashMap<>();
  long candidatesExamined;
  long arrivals;

  /** A clusterer with the {@link ClusteringConfig#standard() standard} configuration. */
  public StoryClusterer() {
    this(ClusteringConfig.standard());
  }

  public StoryClusterer(ClusteringConfig config) {
    this(config, NearDuplicateIndex.standard(), new DocumentFrequencies(), new DocumentFrequencies(),
        new DocumentFrequencies(), new ArrayList<>(), new CandidateIndex(config.storiesPerKey()),
        new CandidateIndex(config.storiesPerKey()));
  }

  StoryClusterer(ClusteringConfig config, NearDuplicateIndex duplicates, DocumentFrequencies wordFrequencies,
      DocumentFrequencies actorFrequencies, DocumentFrequencies specificFrequencies, List<StoryProfile> stories,
      CandidateIndex wordIndex, CandidateIndex actorIndex) {
    this.config = config;
    this.similarity = new StorySimilarity(config);
    this.correction = new StoryCorrection(similarity, config);
    this.split = new StorySplit(config);
    this.absorption = new StoryAbsorption(similarity, config);
    this.duplicates = duplicates;
    this.wordFrequencies = wordFrequencies;
    this.actorFrequencies = actorFrequencies;
    this.specificFrequencies = specificFrequencies;
    this.stories = stories;
    this.wordIndex = wordIndex;
    this.actorIndex = actorIndex;
  }

  /**
   * Assigns {@code article} to a story. Adding an article id a second time changes nothing and
   * returns its first assignment.
   */
  public StoryAssignment add(ArticleFeatures article) {
    StoryAssignment known = assignments.get(article.id());
    if (known != null) {
      return known;
    }
    StoryAssignment assignment = duplicates.add(article.id(), article.text())
        .filter(storyOfArticle::containsKey)
        .map(original -> joinAsCopy(article, original))
        .orElseGet(() -> place(article));
    assignments.put(article.id(), assignment);
    return assignment;
  }

  /** Every story so far, in the order they started. */
  public List<Story> stories() {
    List<Story> live = new ArrayList<>();
    for (int i = 0; i < stories.size(); i++) {
      if (!stories.get(i).absorbed) {
        live.add(stories.get(i).toStory());
      }
    }
    return live;
  }

  /** The story id an article was assigned to, if it was added. */
  public Optional<String> storyOf(String articleId) {
    return Optional.ofNullable(assignments.get(articleId)).map(StoryAssignment::storyId);
  }

  /**
   * A point in the clusterer's history, to ask later which stories changed since: the number of
   * articles added so far (an id added again does not count).
   */
  public long mark() {
    return arrivals;
  }

  /**
   * The stories that gained or lost an article after {@code mark} (from {@link #mark()}),
   * including those split off since and those that absorbed another, in the order they started. Costs one check per story.
   */
  public List<Story> storiesChangedSince(long mark) {
    return stories.stream().filter(story -> story.lastChange > mark && !story.absorbed)
        .map(StoryProfile::toStory).toList();
  }

  /** Candidate stories scored in full so far: at most {@link ClusteringConfig#scoredCandidates()} per article. */
  public long candidatesExamined() {
    return candidatesExamined;
  }

  /**
   * Writes the clusterer's whole state (see {@link ClustererSnapshot}): adding articles to the
   * clusterer {@link #readFrom read back} gives exactly what adding them here would give. Article
   * texts are not written. The output is raw: the caller frames it (Dateline gzips it).
   */
  public void writeTo(DataOutput out) throws IOException {
    ClustererSnapshot.write(this, out);
  }

  /**
   * A clusterer {@link #writeTo written} earlier, to continue with {@code config}. Nothing is
   * returned unless the whole state was read.
   *
   * @throws IOException if the input ends early, is damaged, has another format version, or was
   *     written by a clusterer with other settings than {@code config}
   */
  public static StoryClusterer readFrom(DataInput in, ClusteringConfig config) throws IOException {
    return ClustererSnapshot.read(in, config);
  }

  private StoryAssignment joinAsCopy(ArticleFeatures article, String originalId) {
    int story = storyOfArticle.get(originalId);
    stories.get(story).addCopy(article, originalId, arrivals++);
    stories.get(story).lastChange = arrivals;
    storyOfArticle.put(article.id(), story);
    return new StoryAssignment(article.id(), stories.get(story).id, false, Optional.of(originalId), 1.0);
  }

  private StoryAssignment place(ArticleFeatures article) {
    Map<String, Integer> wordCounts = wordCounts(article);
    Map<String, Integer> actorCounts = counts(article.actorIds());
    Map<String, Integer> specificCounts = specificCounts(article);
    wordFrequencies.add(wordCounts.keySet());
    actorFrequencies.add(actorCounts.keySet());
    specificFrequencies.add(specificCounts.keySet());
    SparseVector words = SparseVector.of(wordCounts, wordFrequencies);
    SparseVector actors = SparseVector.of(actorCounts, actorFrequencies);
    ArticleVectors vectors = new ArticleVectors(words, actors, SparseVector.of(specificCounts, specificFrequencies));
    Map<String, Double> lookupWords = words.top(config.lookupTerms());
    Map<String, Double> lookupActors = actors.top(config.lookupActors());

    Map<Integer, Double> shared = new HashMap<>();
    wordIndex.collect(lookupWords, shared);
    actorIndex.collect(lookupActors, shared);
    shared.keySet().removeIf(candidate -> stories.get(candidate).absorbed); // the index still files them under their old keys
    Map<Integer, Double> scores = new HashMap<>();
    for (int candidate : mostShared(shared)) {
      candidatesExamined++;
      scores.put(candidate, similarity.score(stories.get(candidate), vectors, article));
    }
    List<Integer> ranked = scores.keySet().stream()
        .sorted(Comparator.<Integer, Double>comparing(scores::get, Comparator.reverseOrder()).thenComparing(Comparator.<Integer>naturalOrder()))
        .toList();
    double bestScore = ranked.isEmpty() ? 0 : scores.get(ranked.get(0));
    boolean starts = ranked.isEmpty() || bestScore < config.joinThreshold();
    int story = starts ? startStory(article) : ranked.get(0);
    stories.get(story).addReport(article, vectors, arrivals++);
    stories.get(story).lastChange = arrivals;
    storyOfArticle.put(article.id(), story);
    wordIndex.add(story, lookupWords.keySet());
    actorIndex.add(story, lookupActors.keySet());
    StoryAssignment assignment = new StoryAssignment(article.id(), stories.get(story).id, starts, Optional.empty(),
        starts ? 0 : bestScore);
    if (!starts) {
      assignments.put(article.id(), assignment);
      List<Integer> rivals = ranked.subList(1, Math.min(ranked.size(), 1 + config.rivals()));
      correct(story, rivals);
      split.split(stories.get(story)).ifPresent(leaving -> splitOff(story, leaving));
      rivals.forEach(rival -> absorbIfItBelongs(rival, story));
      return assignments.get(article.id());
    }
    return assignment;
  }

  /**
   * Moves reports between the story just joined and its {@code rivals} while one fits another
   * clearly better (see {@link StoryCorrection}), at most {@link ClusteringConfig#movesPerArticle()}
   * times. A moved report's copies follow it; no story loses its first article, so ids stay.
   */
  private void correct(int joined, List<Integer> rivals) {
    if (rivals.isEmpty()) {
      return;
    }
    List<Integer> involved = new ArrayList<>();
    involved.add(joined);
    involved.addAll(rivals);
    for (int i = 0; i < config.movesPerArticle(); i++) {
      Optional<StoryCorrection.Move> move = correction.bestMove(involved, stories);
      if (move.isEmpty()) {
        return;
      }
      apply(move.get());
    }
  }

  /**
   * Merges story {@code small} into {@code into}, reports and copies, if every report of it is
   * at hand and tells the event of {@code into} ({@link StoryAbsorption}).
   */
  private void absorbIfItBelongs(int small, int into) {
    StoryProfile from = stories.get(small);
    StoryProfile to = stories.get(into);
    Optional<List<StoryProfile.Report>> reports = from.allReports();
    if (config.movableReports() == 0 || small == into || from.absorbed || reports.isEmpty()
        || !absorption.belongs(from, reports.get(), to)) {
      return;
    }
    for (StoryProfile.Report report : reports.get()) {
      to.addReport(report.article(), report.vectors(), report.arrival());
      reassign(report.article().id(), into, Optional.empty(), 0);
    }
    for (StoryProfile.Copy copy : from.copies()) {
      to.addCopy(copy.article(), copy.originalId(), copy.arrival());
      reassign(copy.article().id(), into, Optional.of(copy.originalId()), 1.0);
    }
    to.recordMerge(from);
    from.absorbed = true;
    from.lastChange = arrivals;
    to.lastChange = arrivals;
    reports.get().forEach(report -> fileUnder(into, report.vectors()));
  }

  private void reassign(String articleId, int story, Optional<String> originalId, double score) {
    storyOfArticle.put(articleId, story);
    assignments.put(articleId, new StoryAssignment(articleId, stories.get(story).id, false, originalId, score));
  }

  /**
   * Moves {@code leaving} (recent reports of {@code from}, oldest first) to a new story started by
   * the oldest of them; {@code from} keeps its first article and so its id.
   */
  private void splitOff(int from, List<StoryProfile.Report> leaving) {
    stories.add(new StoryProfile(leaving.get(0).article(), config.movableReports()));
    int to = stories.size() - 1;
    for (StoryProfile.Report report : leaving) {
      apply(new StoryCorrection.Move(report, from, to, 0));
    }
  }

  private void apply(StoryCorrection.Move move) {
    StoryProfile.Report report = move.report();
    StoryProfile from = stories.get(move.from());
    StoryProfile to = stories.get(move.to());
    List<StoryProfile.Copy> copies = from.removeReport(report);
    from.lastChange = arrivals;
    to.lastChange = arrivals;
    to.addReport(report.article(), report.vectors(), report.arrival());
    copies.forEach(copy -> to.addCopy(copy.article(), copy.originalId(), copy.arrival()));
    reassign(report.article().id(), move.to(), Optional.empty(), move.fit());
    copies.forEach(copy -> reassign(copy.article().id(), move.to(), Optional.of(copy.originalId()), 1.0));
    fileUnder(move.to(), report.vectors());
  }

  /** Files {@code story} in the candidate index under a report's heaviest words and actors. */
  private void fileUnder(int story, ArticleVectors vectors) {
    wordIndex.add(story, vectors.words().top(config.lookupTerms()).keySet());
    actorIndex.add(story, vectors.actors().top(config.lookupActors()).keySet());
  }

  /** The candidates sharing the most lookup weight, at most {@link ClusteringConfig#scoredCandidates()}. */
  private List<Integer> mostShared(Map<Integer, Double> shared) {
    return shared.entrySet().stream()
        .sorted(Map.Entry.<Integer, Double>comparingByValue(Comparator.reverseOrder())
            .thenComparing(Map.Entry.comparingByKey()))
        .limit(config.scoredCandidates())
        .map(Map.Entry::getKey)
        .toList();
  }

  private int startStory(ArticleFeatures article) {
    stories.add(new StoryProfile(article, config.movableReports()));
    return stories.size() - 1;
  }

  private Map<String, Integer> wordCounts(ArticleFeatures article) {
    Map<String, Integer> counts = counts(contentWords.contentWords(article.text()));
    article.title().ifPresent(title -> contentWords.contentWords(title)
        .forEach(word -> counts.merge(word, 2, Integer::sum)));
    return counts;
  }

  /** Names and numbers of the title and text, and the calendar days the text names. */
  private Map<String, Integer> specificCounts(ArticleFeatures article) {
    Map<String, Integer> counts = counts(specificWords.specifics(article.text()));
    article.title().ifPresent(title -> specificWords.specifics(title)
        .forEach(word -> counts.merge(word, 1, Integer::sum)));
    article.mentionedDays().forEach(day -> counts.merge("day:" + day, 1, Integer::sum));
    return counts;
  }

  private static Map<String, Integer> counts(List<String> keys) {
    Map<String, Integer> counts = new HashMap<>();
    keys.forEach(key -> counts.merge(key, 1, Integer::sum));
    return counts;
  }
}
