package org.dateline.nlp.dates;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.dateline.model.TimeExpression;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The rule families on invented sentences: {@code fixtures/dates/expressions.tsv} marks one
 * expression per sentence in brackets with its type and value; {@code nothing.txt} holds
 * sentences that have none.
 */
class FixtureExpressionsTest {

  private static final TimeTagger TAGGER = TimeTagger.create();

  static Stream<Arguments> expressions() throws IOException {
    return lines("expressions.tsv").stream().map(line -> {
      String[] f = line.split("\t");
      return Arguments.of(LocalDate.parse(f[0]), f[1], f[2], f[3]);
    });
  }

  static Stream<String> nothing() throws IOException {
    return lines("nothing.txt").stream();
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("expressions")
  void tagsTheBracketedExpression(LocalDate published, String marked, String type, String value) {
    int start = marked.indexOf('[');
    int end = marked.indexOf(']') - 1;
    String text = marked.replace("[", "").replace("]", "");

    List<TimeExpression> found = TAGGER.tag(text, Optional.of(published));

    assertThat(found)
        .as("expressions of '%s'", text)
        .anySatisfy(e -> {
          assertThat(e.text()).isEqualTo(text.substring(start, end));
          assertThat(e.span().start()).isEqualTo(start);
          assertThat(e.type().name()).isEqualTo(type);
          assertThat(e.value()).isEqualTo(value);
        });
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("nothing")
  void findsNothingWhereThereIsNoTime(String sentence) {
    assertThat(TAGGER.tag(sentence, Optional.of(LocalDate.of(2021, 5, 23)))).isEmpty();
  }

  private static List<String> lines(String name) throws IOException {
    try (InputStream in = FixtureExpressionsTest.class.getResourceAsStream("/fixtures/dates/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
          .filter(l -> !l.isBlank() && !l.startsWith("#"))
          .toList();
    }
  }
}
