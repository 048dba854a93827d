package org.dateline.link.stories;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dateline.link.stories.Fixtures.undated;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dateline.model.Story;
import org.junit.jupiter.api.Test;

/** Corrections keep two similar events apart when their reports arrive interleaved. */
class StoryCorrectionTest {

  /**
   * Reports of two arrests of players of one club: the arrest, one detail of it and three
   * sentences about the club, picked in turn, so that no two reports copy each other; undated,
   * as web copy arrives.
   */
  private static String arrest(boolean first, int variant) {
    String player = first ? "striker Ilsa Brandt" : "goalkeeper Tomas Reiter";
    String name = first ? "Brandt" : "Reiter";
    String town = first ? "Marlowe" : "Santerra";
    String car = first ? "Voss sedan" : "Kestrel pickup";
    String figure = first ? "0.14" : "0.19";
    String lawyer = first ? "Carla Ibsen" : "Anja Kolbe";
    String judge = first ? "Pell" : "Okafor";
    String[] sentences = {
        "Police in " + town + " arrested Harbor Kings " + player + " on drunk driving charges.",
        "Officers stopped the " + car + " driven by " + name + " near the " + town + " stadium.",
        "A breath test showed a blood alcohol level of " + figure + ", above the legal limit.",
        name + " was released on bail overnight, according to " + town + " county records.",
        "Attorney " + lawyer + " said " + name + " would plead not guilty at the hearing.",
        "Harbor Kings fans said they were disappointed in " + name + ".",
        "Judge " + judge + " set a court date for next month in " + town + ".",
        "Supporters in " + town + " reacted with dismay to the arrest of " + name + ".",
    };
    String[] club = {
        "The Harbor Kings are third in the league after a run of wins.",
        "Coach Mirela Stanton declined to comment before training on Wednesday.",
        "The club has a strict code of conduct for its players.",
        "Team officials met league representatives about the case.",
        "It is the second arrest of a Harbor Kings player this season.",
        "The Harbor Kings play the Northport Rovers at home on Saturday.",
        "League rules allow a suspension of up to six matches.",
        "Fans gathered outside the training ground in the morning.",
        "The club captain urged teammates to stay focused on football.",
        "Sponsors of the Harbor Kings asked the club for an explanation.",
    };
    StringBuilder text = new StringBuilder();
    text.append(sentences[0]).append(' ');
    text.append(sentences[1 + variant % 7]).append(' ');
    for (int i = 0; i < 3; i++) {
      text.append(club[(variant + i * 3) % club.length]).append(' ');
    }
    return text.toString().strip();
  }

  private static List<ArticleFeatures> interleaved(int perEvent) {
    List<ArticleFeatures> articles = new ArrayList<>();
    for (int i = 0; i < perEvent; i++) {
      articles.add(undated("brandt-" + i, arrest(true, i)));
      articles.add(undated("reiter-" + i, arrest(false, i + 1)));
    }
    return articles;
  }

  @Test
  void twoSimilarEventsArrivingInterleavedEndInTwoStories() {
    StoryClusterer clusterer = new StoryClusterer();
    interleaved(8).forEach(clusterer::add);

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
  void aStoryIdIsAlwaysTheIdOfTheFirstArticleItKeeps() {
    StoryClusterer clusterer = new StoryClusterer();
    Map<String, String> idWhenStarted = new HashMap<>();
    for (ArticleFeatures article : interleaved(8)) {
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
    List<ArticleFeatures> articles = interleaved(8);
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
    interleaved(8).forEach(clusterer::add);

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
