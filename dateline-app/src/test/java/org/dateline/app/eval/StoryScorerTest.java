package org.dateline.app.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StoryScorerTest {

  // gold: {a b c} {d e}; system: {a b} {c d e}
  private static final Map<String, List<String>> GOLD = Map.of("g1", List.of("a", "b", "c"), "g2", List.of("d", "e"));
  private static final Map<String, String> SYSTEM = Map.of("a", "s1", "b", "s1", "c", "s2", "d", "s2", "e", "s2");

  @Test
  void scoresPairsByHand() {
    StoryScore score = new StoryScorer().score(GOLD, SYSTEM);

    // gold pairs ab ac bc de = 4; system pairs ab cd ce de = 4; both ab de = 2
    assertThat(score.pairwise().precision()).isCloseTo(0.5, within(1e-9));
    assertThat(score.pairwise().recall()).isCloseTo(0.5, within(1e-9));
    assertThat(score.pairwise().f1()).isCloseTo(0.5, within(1e-9));
  }

  @Test
  void scoresBcubedByHand() {
    StoryScore score = new StoryScorer().score(GOLD, SYSTEM);

    // precision per article: a 2/2, b 2/2, c 1/3, d 2/3, e 2/3 -> 11/15
    // recall per article:    a 2/3, b 2/3, c 1/3, d 2/2, e 2/2 -> 11/15
    assertThat(score.bcubed().precision()).isCloseTo(11.0 / 15, within(1e-9));
    assertThat(score.bcubed().recall()).isCloseTo(11.0 / 15, within(1e-9));
    assertThat(score.goldStories()).isEqualTo(2);
    assertThat(score.systemStories()).isEqualTo(2);
    assertThat(score.misses()).hasSize(2);
  }

  @Test
  void countsAGoldArticleTheStoreLacksAsAStoryOfItsOwn() {
    StoryScore score = new StoryScorer().score(Map.of("g", List.of("a", "b")), Map.of("a", "s1"));

    assertThat(score.pairwise().recall()).isZero();
    assertThat(score.bcubed().precision()).isEqualTo(1.0);
    assertThat(score.bcubed().recall()).isCloseTo(0.5, within(1e-9));
  }

  @Test
  void readsEveryGoldShape() throws Exception {
    ObjectMapper json = new ObjectMapper();
    Map<String, List<String>> expected = Map.of("x", List.of("a", "b"));

    assertThat(GoldStories.read(json.readTree("{\"x\": [\"a\", \"b\"]}"))).isEqualTo(expected);
    assertThat(GoldStories.read(json.readTree("{\"x\": {\"event\": \"e\", \"articles\": [\"a\", \"b\"]}}")))
        .isEqualTo(expected);
    assertThat(GoldStories.read(json.readTree("[{\"id\": \"x\", \"docs\": [\"a\", \"b\"], \"level\": \"event\"}]")))
        .isEqualTo(expected);
  }
}
