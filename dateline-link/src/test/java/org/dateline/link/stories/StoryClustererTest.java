package org.dateline.link.stories;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dateline.link.stories.Fixtures.FLOOD_A;
import static org.dateline.link.stories.Fixtures.FLOOD_B;
import static org.dateline.link.stories.Fixtures.QUAKE_NORTH;
import static org.dateline.link.stories.Fixtures.QUAKE_NORTH_AGAIN;
import static org.dateline.link.stories.Fixtures.QUAKE_NORTH_OTHER;
import static org.dateline.link.stories.Fixtures.QUAKE_SOUTH;
import static org.dateline.link.stories.Fixtures.article;
import static org.dateline.link.stories.Fixtures.undated;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.dateline.model.DateWindow;
import org.dateline.model.Story;
import org.junit.jupiter.api.Test;

class StoryClustererTest {

  @Test
  void groupsTwoReportsOfOneFloodIntoOneStory() {
    StoryClusterer clusterer = new StoryClusterer();
    StoryAssignment first = clusterer.add(article("a1", "2024-03-05", FLOOD_A, "marlowe", "ilsa-brandt"));
    StoryAssignment second = clusterer.add(article("a2", "2024-03-06", FLOOD_B, "marlowe", "ilsa-brandt"));

    assertThat(first.startedStory()).isTrue();
    assertThat(second.startedStory()).isFalse();
    assertThat(second.storyId()).isEqualTo(first.storyId());
    Story story = clusterer.stories().get(0);
    assertThat(story.articleIds()).containsExactly("a1", "a2");
    assertThat(story.outlets()).containsExactly("Outlet a1", "Outlet a2");
    assertThat(story.first()).hasToString("Optional[2024-03-05]");
    assertThat(story.last()).hasToString("Optional[2024-03-06]");
  }

  @Test
  void aStoryIsTitledByTheFirstHeadlineItsArticlesHave() {
    StoryClusterer clusterer = new StoryClusterer();
    clusterer.add(article("a1", "2024-03-05", FLOOD_A, "marlowe", "ilsa-brandt"));
    ArticleFeatures headlined = article("a2", "2024-03-06", FLOOD_B, "marlowe", "ilsa-brandt");
    clusterer.add(new ArticleFeatures(headlined.id(), Optional.of("Marlowe families sheltered as Brenn floods"),
        headlined.text(), headlined.outlet(), headlined.published(), Optional.empty(), headlined.actorIds(), List.of()));

    assertThat(clusterer.stories().get(0).title()).isEqualTo("Marlowe families sheltered as Brenn floods");
  }

  @Test
  void anUntitledStoryIsTitledByItsFirstSentenceNotByTheAddressOrDateAboveIt() {
    StoryClusterer clusterer = new StoryClusterer();
    clusterer.add(undated("page", "http://news.example.org/2024/03/05/marlowe-flood\n"
        + "Updated: Tuesday, March 5, 2024, 11:34 AM ET\n" + FLOOD_A));

    assertThat(clusterer.stories().get(0).title())
        .isEqualTo("Heavy rain flooded the river town of Marlowe on Tuesday, forcing two hundred families from their homes.");
  }

  @Test
  void keepsTwoEarthquakesInOneWeekApart() {
    StoryClusterer clusterer = new StoryClusterer();
    StoryAssignment north = clusterer.add(article("q1", "2024-04-01", QUAKE_NORTH, "valdoria", "tomas-reiter"));
    StoryAssignment south = clusterer.add(article("q2", "2024-04-04", QUAKE_SOUTH, "santerra", "carla-ibsen"));

    assertThat(south.startedStory()).isTrue();
    assertThat(south.storyId()).isNotEqualTo(north.storyId());
  }

  @Test
  void keepsTwoUndatedQuakeReportsApartWhenTheirPlacesAndFiguresDiffer() {
    StoryClusterer clusterer = new StoryClusterer();
    StoryAssignment north = clusterer.add(undated("q1", QUAKE_NORTH));
    StoryAssignment northAgain = clusterer.add(undated("q2", QUAKE_NORTH_AGAIN));
    StoryAssignment other = clusterer.add(undated("q3", QUAKE_NORTH_OTHER));

    assertThat(northAgain.storyId()).isEqualTo(north.storyId());
    assertThat(other.startedStory()).isTrue();
  }

  @Test
  void aLooselyInferredPublicationYearDoesNotSplitAStory() {
    StoryClusterer clusterer = new StoryClusterer();
    StoryAssignment first = clusterer.add(undated("q1", QUAKE_NORTH));
    StoryAssignment second = clusterer.add(new ArticleFeatures("q2", Optional.empty(), QUAKE_NORTH_AGAIN,
        Optional.empty(), Optional.empty(),
        Optional.of(new DateWindow(LocalDate.of(2017, 1, 1), LocalDate.of(2020, 12, 31), 0.4,
            "latest date stated as past: '2017'")),
        List.of(), List.of()));

    assertThat(second.storyId()).isEqualTo(first.storyId());
  }

  @Test
  void keepsTheSameWordsAYearApartInTwoStories() {
    StoryClusterer clusterer = new StoryClusterer();
    StoryAssignment first = clusterer.add(article("a1", "2023-03-05", FLOOD_A, "marlowe"));
    StoryAssignment later = clusterer.add(article("a2", "2024-03-06", FLOOD_B, "marlowe"));

    assertThat(later.storyId()).isNotEqualTo(first.storyId());
  }

  @Test
  void linksACopyToItsOriginalWithoutCountingItAsAReport() {
    StoryClusterer clusterer = new StoryClusterer();
    clusterer.add(article("wire", "2024-03-05", FLOOD_A, "marlowe"));
    StoryAssignment copy = clusterer.add(article("reprint", "2024-03-05",
        FLOOD_A.replace("Tuesday", "Tuesday evening") + " Updated at noon.", "marlowe"));

    assertThat(copy.duplicateOf()).contains("wire");
    Story story = clusterer.stories().get(0);
    assertThat(story.copies()).containsEntry("reprint", "wire");
    assertThat(story.independentReports()).isEqualTo(1);
  }

  @Test
  void keepsStoryIdsWhenMoreArticlesArrive() {
    StoryClusterer clusterer = new StoryClusterer();
    String flood = clusterer.add(article("a1", "2024-03-05", FLOOD_A, "marlowe")).storyId();
    String quake = clusterer.add(article("q1", "2024-03-05", QUAKE_NORTH, "valdoria")).storyId();
    clusterer.add(article("a2", "2024-03-06", FLOOD_B, "marlowe"));
    clusterer.add(article("q2", "2024-03-07", QUAKE_SOUTH, "santerra"));

    assertThat(flood).isEqualTo(StoryIds.of("a1"));
    assertThat(clusterer.storyOf("a1")).contains(flood);
    assertThat(clusterer.storyOf("a2")).contains(flood);
    assertThat(clusterer.storyOf("q1")).contains(quake);
    assertThat(clusterer.stories()).extracting(Story::id).startsWith(flood, quake);
  }

  @Test
  void addingAnArticleTwiceChangesNothing() {
    StoryClusterer clusterer = new StoryClusterer();
    StoryAssignment first = clusterer.add(article("a1", "2024-03-05", FLOOD_A));
    StoryAssignment again = clusterer.add(article("a1", "2024-03-05", FLOOD_A));

    assertThat(again).isEqualTo(first);
    assertThat(clusterer.stories()).hasSize(1);
    assertThat(clusterer.stories().get(0).articleIds()).containsExactly("a1");
  }

  @Test
  void examinesABoundedNumberOfCandidatesPerArticle() {
    long seed = 20240305L;
    SplittableRandom random = new SplittableRandom(seed);
    ClusteringConfig config = ClusteringConfig.standard();
    StoryClusterer clusterer = new StoryClusterer(config);
    int articles = 3000;
    for (int i = 0; i < articles; i++) {
      // every article shares two common words with all others, and ten rare ones with none
      StringBuilder text = new StringBuilder("council budget");
      for (int w = 0; w < 10; w++) {
        text.append(" word").append(random.nextInt(1_000_000));
      }
      clusterer.add(article("n" + i, "2024-01-01", text.toString(), "actor-" + (i % 7)));
    }
    long bound = config.scoredCandidates();
    assertThat(clusterer.candidatesExamined()).as("seed %d", seed).isLessThanOrEqualTo(articles * bound);
    assertThat(clusterer.candidatesExamined() / articles).as("seed %d", seed).isLessThanOrEqualTo(bound);
    assertThat(clusterer.stories().size()).as("seed %d", seed).isGreaterThan(config.storiesPerKey());
  }
}
