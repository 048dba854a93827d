package org.dateline.nlp.dates;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TempEvalScorerTest {

  private static TempEvalScorer.Timex timex(int start, int end, String type, String value) {
    return new TempEvalScorer.Timex("d", start, end, "x", type, value);
  }

  @Test
  void countsOverlapsOneToOneAndJudgesValuesOnThem() {
    List<TempEvalScorer.Timex> gold = List.of(timex(0, 6, "DATE", "2021-05-21"), timex(10, 19, "DATE", "2020"), timex(30, 35, "DURATION", "P3D"));
    List<TempEvalScorer.Timex> system = List.of(timex(0, 6, "DATE", "2021-05-21"), timex(5, 19, "DATE", "2019"), timex(40, 45, "SET", "P1D"));

    TempEvalScorer.Score score = new TempEvalScorer().score(gold, system);

    assertThat(score.relaxed()).isEqualTo(2);
    assertThat(score.strict()).isEqualTo(1);
    assertThat(score.valueCorrect()).isEqualTo(1);
    assertThat(score.valuePrecision()).isEqualTo(1 / 3.0);
    assertThat(score.valueRecall()).isEqualTo(1 / 3.0);
    assertThat(score.missed()).extracting(TempEvalScorer.Timex::value).containsExactly("P3D");
    assertThat(score.spurious()).extracting(TempEvalScorer.Timex::value).containsExactly("P1D");
  }
}
