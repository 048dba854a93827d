package org.dateline.link.stories;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dateline.link.stories.Fixtures.undated;

import java.util.List;
import org.dateline.model.Story;
import org.junit.jupiter.api.Test;

/** A small story that turns out to tell another story's event is merged into it. */
class StoryAbsorptionTest {

  @Test
  void anEarlyBriefThatStartedItsOwnStoryEndsInTheStoryOfItsEvent() {
    StoryClusterer clusterer = new StoryClusterer();
    StoryAssignment brief = clusterer.add(undated("brief", Fixtures.BRIEF));
    StoryAssignment firstReport = clusterer.add(Fixtures.briefedReports().get(0));
    Fixtures.briefedReports().subList(1, 6).forEach(clusterer::add);

    assertThat(brief.startedStory()).isTrue();
    assertThat(firstReport.startedStory()).as("the brief shares too little with one full report").isTrue();
    List<Story> stories = clusterer.stories();
    assertThat(stories).hasSize(1);
    Story flood = stories.get(0);
    assertThat(flood.articleIds()).hasSize(7).startsWith("brief");
    assertThat(flood.id()).isEqualTo(firstReport.storyId());
    assertThat(flood.mergedIds()).contains(brief.storyId());
    assertThat(flood.isNamed(brief.storyId())).isTrue();
    assertThat(clusterer.storyOf("brief")).contains(flood.id());
  }

  @Test
  void aStoryOfAnotherEventIsNotAbsorbed() {
    StoryClusterer clusterer = new StoryClusterer();
    StoryAssignment quake = clusterer.add(undated("quake", Fixtures.QUAKE_NORTH));
    Fixtures.briefedReports().forEach(clusterer::add);

    assertThat(clusterer.stories()).filteredOn(story -> story.id().equals(quake.storyId()))
        .singleElement().satisfies(story -> assertThat(story.articleIds()).containsExactly("quake"));
    assertThat(clusterer.stories()).noneMatch(story -> story.mergedIds().contains(quake.storyId()));
  }
}
