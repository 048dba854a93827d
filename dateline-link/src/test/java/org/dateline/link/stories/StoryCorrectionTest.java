package org.dateline.link.stories;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dateline.link.stories.Fixtures.interleavedArrests;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dateline.model.Story;
import org.junit.jupiter.api.Test;

/** Corrections keep two similar events apart when their reports arrive interleaved. */
class StoryCorrectionTest {

  @Test
  void twoSimilarEventsArrivingInterleavedEndInTwoStories() {
    StoryClusterer clusterer = new StoryClusterer();
    interleavedArrests(8).forEach(clusterer::add);

    // Without corrections all 16 reports form one story (see below). The split takes the
    // Brandt reports that arrived late out into a story of their own; earlier ones that had
    // settled beside the Reiter reports stay there, so the split is a strong improvement, not
    // a perfect partition.
    List<Story> stories = clusterer.stories();
    assertThat(stories).hasSize(2);
    Story brandt = stories.stream().filter(s -> s.articleIds().contains("brandt-7")).findFirst().orElseThrow();
    Story reiter = stories.stream().filter(s -> s != brandt).findFirst().orElseThrow();
    assertThat(brandt.articleIds()).allMatch(id -> id.startsWith("brandt")).hasSizeGreaterThanOrEqualTo(5);
    assertThat(reiter.articleIds()).filteredOn(id -> id.startsWith("reiter")).hasSize(8);
  }

  @Test
  void everyStoryIsTitledByItsFirstReportsLeadSplitOffOnesToo() {
    StoryClusterer clusterer = new StoryClusterer();
    interleavedArrests(8).forEach(clusterer::add);

    assertThat(clusterer.stories()).hasSizeGreaterThan(1)
        .allSatisfy(story -> assertThat(story.title()).startsWith("Police in").endsWith("on drunk driving charges."));
  }

  @Test
  void aStoryIdIsAlwaysTheIdOfTheFirstArticleItKeeps() {
    StoryClusterer clusterer = new StoryClusterer();
    Map<String, String> idWhenStarted = new HashMap<>();
    for (ArticleFeatures article : interleavedArrests(8)) {
      StoryAssignment assignment = clusterer.add(article);
      if (assignment.startedStory()) {
        idWhenStarted.put(article.id(), assignment.storyId());
      }
    }

    idWhenStarted.forEach((first, id) -> assertThat(clusterer.storyOf(first)).contains(id));
    for (Story story : clusterer.stories()) {
      assertThat(story.id()).isEqualTo(StoryIds.of(story.articleIds().get(0)));
      story.articleIds().forEach(article -> assertThat(clusterer.storyOf(article)).contains(story.id()));
    }
  }

  @Test
  void storiesListTheirArticlesInArrivalOrderAfterMoves() {
    StoryClusterer clusterer = new StoryClusterer();
    List<ArticleFeatures> articles = interleavedArrests(8);
    articles.forEach(clusterer::add);

    List<String> arrival = articles.stream().map(ArticleFeatures::id).toList();
    for (Story story : clusterer.stories()) {
      List<Integer> positions = story.articleIds().stream().map(arrival::indexOf).toList();
      assertThat(positions).isSorted();
    }
  }

  @Test
  void withoutCorrectionsTheInterleavedEventsMerge() {
    ClusteringConfig s = ClusteringConfig.standard();
    ClusteringConfig plain = new ClusteringConfig(s.textWeight(), s.actorWeight(), s.specificWeight(),
        s.joinThreshold(), s.dateScaleDays(), s.textDateGraceDays(), s.sameDaysBonus(), s.lookupTerms(),
        s.lookupActors(), s.storiesPerKey(), s.scoredCandidates(), 0, 0, s.moveMargin(), 0, 0, 0);
    StoryClusterer clusterer = new StoryClusterer(plain);
    interleavedArrests(8).forEach(clusterer::add);

    assertThat(clusterer.stories()).hasSize(1);
  }

  @Test
  void aRemovedReportLeavesTheCentroidAsBefore() {
    Centroid centroid = new Centroid();
    DocumentFrequencies frequencies = new DocumentFrequencies();
    SparseVector a = SparseVector.of(Map.of("harbor", 2, "kings", 1), frequencies);
    SparseVector b = SparseVector.of(Map.of("kings", 1, "arrest", 3), frequencies);
    centroid.add(a);
    double alone = centroid.cosine(b);
    centroid.add(b);
    assertThat(centroid.cosineWithout(b)).isCloseTo(alone, org.assertj.core.data.Offset.offset(1e-9));
    centroid.remove(b);
    assertThat(centroid.cosine(b)).isCloseTo(alone, org.assertj.core.data.Offset.offset(1e-9));
  }
}
