package org.dateline.link.stories;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dateline.link.stories.Fixtures.undated;

import java.util.ArrayList;
import java.util.List;
import org.dateline.model.Story;
import org.junit.jupiter.api.Test;

/** A small story that turns out to tell another story's event is merged into it. */
class StoryAbsorptionTest {

  /** A short brief that arrives first and names little: nothing is there for it to join. */
  private static final String BRIEF = "Water is rising in Marlowe. Mayor Ilsa Brandt asked "
      + "families near the Brenn to leave. More soon.";

  /** Full reports of the Marlowe flood, each with its own detail. */
  private static List<ArticleFeatures> reports() {
    String[] details = {
        "Pumps sent from Kettering worked through the night on the flooded streets.",
        "The school gym opened as a shelter for two hundred families.",
        "Volunteers filled sandbags outside the town hall until dawn.",
        "The railway line to Kettering was closed after the embankment gave way.",
        "Farmers lost cattle in the fields east of the town.",
        "Insurers sent assessors to the old quarter on the river bank.",
    };
    List<ArticleFeatures> reports = new ArrayList<>();
    for (int i = 0; i < details.length; i++) {
      reports.add(undated("flood-" + i, "The Brenn river burst its banks in Marlowe and flooded "
          + "the town, forcing families from their homes. Mayor Ilsa Brandt said the water reached "
          + "six metres, the highest level since records began. " + details[i] + " "
          + details[(i + 2) % details.length]));
    }
    return reports;
  }

  @Test
  void anEarlyBriefThatStartedItsOwnStoryEndsInTheStoryOfItsEvent() {
    StoryClusterer clusterer = new StoryClusterer();
    StoryAssignment brief = clusterer.add(undated("brief", BRIEF));
    StoryAssignment firstReport = clusterer.add(reports().get(0));
    reports().subList(1, 6).forEach(clusterer::add);

    assertThat(brief.startedStory()).isTrue();
    assertThat(firstReport.startedStory()).as("the brief shares too little with one full report").isTrue();
    List<Story> stories = clusterer.stories();
    assertThat(stories).hasSize(1);
    Story flood = stories.get(0);
    assertThat(flood.articleIds()).hasSize(7).startsWith("brief");
    assertThat(flood.id()).isEqualTo(firstReport.storyId());
    assertThat(flood.mergedIds()).containsExactly(brief.storyId());
    assertThat(flood.isNamed(brief.storyId())).isTrue();
    assertThat(clusterer.storyOf("brief")).contains(flood.id());
  }

  @Test
  void aStoryOfAnotherEventIsNotAbsorbed() {
    StoryClusterer clusterer = new StoryClusterer();
    clusterer.add(undated("quake", Fixtures.QUAKE_NORTH));
    reports().forEach(clusterer::add);

    assertThat(clusterer.stories()).hasSize(2);
    assertThat(clusterer.stories()).allMatch(story -> story.mergedIds().isEmpty());
  }
}
