package org.dateline.ingest.clean;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LineShapeTest {

  @Test
  void seesSentenceEndsInsideClosingQuotes() {
    assertThat(LineShape.endsSentence("He said it would “never happen.”")).isTrue();
    assertThat(LineShape.endsSentence("Is this the end?")).isTrue();
    assertThat(LineShape.endsSentence("Traders fear ‘costly’ delays")).isFalse();
  }

  @Test
  void takesShortUnpunctuatedCapitalisedLinesForHeadlines() {
    assertThat(LineShape.isHeadlineLike("Minister Okafor:")).isTrue();
    assertThat(LineShape.isHeadlineLike("Rail link a ‘national, lasting’ priority")).isTrue();
  }

  @Test
  void rejectsSentencesWrappedLinesAndLongLines() {
    assertThat(LineShape.isHeadlineLike("The port reopened.")).isFalse();
    assertThat(LineShape.isHeadlineLike("would cut the cost of stalls")).isFalse();
    assertThat(LineShape.isHeadlineLike("The plan, the mayor said,")).isFalse();
    assertThat(LineShape.isHeadlineLike("A".repeat(LineShape.MAX_HEADLINE_CHARS + 1))).isFalse();
    assertThat(LineShape.isHeadlineLike("   ")).isFalse();
  }
}
