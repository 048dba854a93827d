package org.dateline.nlp.inference;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dateline.model.ActorType;
import org.dateline.model.DateWindow;
import org.dateline.model.Mention;
import org.dateline.model.Span;
import org.dateline.model.TimeExpression;
import org.dateline.model.TimexType;
import org.junit.jupiter.api.Test;

/** Dating undated articles from actors' offices and deaths, on invented actors. */
class PublicationInferenceTest {

  static final LocalDate TODAY = LocalDate.of(2030, 1, 1);

  /** Offices and deaths of invented actors. */
  static final ActorFacts FACTS = new ActorFacts() {
    @Override
    public Optional<LocalDate> died(String id) {
      return Optional.ofNullable(Map.of("tomas-varga", LocalDate.of(2016, 3, 9)).get(id));
    }

    @Override
    public List<Office> offices(String id) {
      return switch (id) {
        case "elena-markov" -> List.of(new Office("President of Veldania",
            Optional.of(LocalDate.of(2019, 6, 1)), Optional.empty(), Optional.of(LocalDate.of(2019, 5, 12))));
        case "tomas-varga" -> List.of(new Office("Prime Minister of Veldania",
            Optional.of(LocalDate.of(2008, 1, 1)), Optional.of(LocalDate.of(2014, 12, 31)), Optional.empty()));
        default -> List.of();
      };
    }
  };

  /** Knows only "last year": the year before the anchor's. */
  static List<TimeExpression> tag(String text, Optional<LocalDate> anchor) {
    List<TimeExpression> found = new ArrayList<>();
    Matcher m = Pattern.compile("last year").matcher(text);
    while (m.find()) {
      found.add(new TimeExpression(new Span(m.start(), m.end()), m.group(), TimexType.DATE,
          anchor.map(a -> String.valueOf(a.getYear() - 1)).orElse("XXXX")));
    }
    return found;
  }

  final PublicationInference inference = new PublicationInference(FACTS, PublicationInferenceTest::tag, TODAY);

  @Test
  void presidentElectDatesTheArticleBetweenElectionAndInauguration() {
    String text = "Veldania's president-elect Elena Markov thanked voters.";
    Optional<DateWindow> window = inference.infer(text, List.of(new Span(0, text.length())),
        List.of(mention(text, "Elena Markov", "elena-markov")), Optional.empty());

    assertThat(window).hasValueSatisfying(w -> {
      assertThat(w.earliest()).isEqualTo(LocalDate.of(2019, 5, 12));
      assertThat(w.latest()).isEqualTo(LocalDate.of(2019, 6, 1));
      assertThat(w.why()).contains("-elect");
    });
  }

  @Test
  void deathToldAsLastYearPutsTheArticleInTheNextYear() {
    String text = "The former premier Tomas Varga was killed in a crash last year.";
    Optional<DateWindow> window = inference.infer(text, List.of(new Span(0, text.length())),
        List.of(mention(text, "Tomas Varga", "tomas-varga")), Optional.empty());

    assertThat(window).hasValueSatisfying(w -> {
      assertThat(w.earliest()).isEqualTo(LocalDate.of(2017, 1, 1));
      assertThat(w.latest()).isEqualTo(LocalDate.of(2017, 12, 31));
    });
  }

  @Test
  void lateActorMeansAfterTheDeathAndCurrentTitleMeansInOffice() {
    String text = "President Elena Markov honoured the late Tomas Varga.";
    Optional<DateWindow> window = inference.infer(text, List.of(new Span(0, text.length())),
        List.of(mention(text, "Elena Markov", "elena-markov"), mention(text, "Tomas Varga", "tomas-varga")),
        Optional.empty());

    assertThat(window).hasValueSatisfying(w -> {
      assertThat(w.earliest()).isEqualTo(LocalDate.of(2019, 6, 1));
      assertThat(w.latest()).isEqualTo(TODAY);
    });
  }

  @Test
  void noEvidenceNoWindow() {
    String text = "Officials met on Tuesday.";
    assertThat(inference.infer(text, List.of(new Span(0, text.length())), List.of(), Optional.empty())).isEmpty();
  }

  private static Mention mention(String text, String name, String id) {
    int at = text.indexOf(name);
    return new Mention(new Span(at, at + name.length()), name, id, ActorType.PERSON, List.of());
  }
}
