package org.dateline.nlp.figures;

import org.dateline.nlp.text.HandParsed;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.SplittableRandom;
import org.dateline.model.Figure;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Invariants on texts assembled at random from number-heavy pieces: the finder never fails,
 * every span slices back to its text and every value is positive.
 */
class FigureFinderRandomTextTest {

  private static final String[] PIECES = {
    "1,200", "2014", "3.5", "$", "%", "percent", "of", "million", "dozens", "a dozen", "twenty-one", "people",
    "were", "killed", "nearly", "more than", "May", "the", ",", ".", "\n", "years", "metres", "Resolution", "tens",
    "thousands", "homes", "at least",
  };

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16})
  void spansSliceBackAndNothingFails(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    StringBuilder text = new StringBuilder();
    for (int n = random.nextInt(1, 80); n > 0; n--) {
      text.append(PIECES[random.nextInt(PIECES.length)]).append(random.nextInt(4) == 0 ? "" : " ");
    }
    String article = text.toString();

    List<Figure> figures = new FigureFinder().find(HandParsed.of(article));

    for (Figure figure : figures) {
      assertThat(figure.span().slice(article)).as("seed %d", seed).isEqualTo(figure.text());
      assertThat(figure.value()).as("seed %d", seed).isPositive();
      assertThat(figure.what()).as("seed %d", seed).isNotBlank();
    }
  }
}
