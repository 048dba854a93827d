package org.dateline.nlp.inference;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.regex.Pattern;
import org.dateline.model.DateWindow;
import org.dateline.model.Mention;
import org.dateline.model.Span;
import org.dateline.model.TimeExpression;

/**
 * Dates an undated article from a known death told with a relative year: "Soleimani … was
 * assassinated … last year", with Soleimani's death in the dictionary (2020), puts the article
 * in 2021. Which expressions are relative, and by how many years, is found by tagging the
 * sentence against two anchors ten years apart: a relative year moves with the anchor.
 */
final class DeathYearEvidence {

  private static final Pattern DEATH = Pattern.compile(
      "\\b(?:killed|assassinated|died|slain|martyred|death|murdered|executed)\\b");
  private static final LocalDate FIRST = LocalDate.of(2000, 7, 1);
  private static final LocalDate SECOND = LocalDate.of(2010, 7, 1);

  private final ActorFacts facts;
  private final BiFunction<String, Optional<LocalDate>, List<TimeExpression>> tagger;

  DeathYearEvidence(ActorFacts facts, BiFunction<String, Optional<LocalDate>, List<TimeExpression>> tagger) {
    this.facts = facts;
    this.tagger = tagger;
  }

  List<DateWindow> windows(String text, List<Span> sentences, List<Mention> mentions) {
    List<DateWindow> windows = new ArrayList<>();
    for (Span sentence : sentences) {
      String words = sentence.slice(text);
      if (!DEATH.matcher(words).find()) {
        continue;
      }
      for (Mention mention : mentions) {
        if (!sentence.contains(mention.span())) {
          continue;
        }
        Optional<LocalDate> died = facts.died(mention.actorId());
        if (died.isEmpty()) {
          continue;
        }
        yearOffset(words).ifPresent(offset -> {
          int year = died.get().getYear() - offset;
          windows.add(new DateWindow(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), 0.7,
              mention.text() + " died " + died.get() + ", told as " + (offset == -1 ? "last year" : offset + " years")));
        });
      }
    }
    return windows;
  }

  /** The relative year offset of the first relative expression in {@code sentence}, if any. */
  private Optional<Integer> yearOffset(String sentence) {
    List<TimeExpression> first = tagger.apply(sentence, Optional.of(FIRST));
    List<TimeExpression> second = tagger.apply(sentence, Optional.of(SECOND));
    for (int i = 0; i < Math.min(first.size(), second.size()); i++) {
      Optional<Integer> a = year(first.get(i).value());
      Optional<Integer> b = year(second.get(i).value());
      if (a.isPresent() && b.isPresent() && b.get() - a.get() == 10) {
        int offset = a.get() - FIRST.getYear();
        if (offset < 0) {
          return Optional.of(offset);
        }
      }
    }
    return Optional.empty();
  }

  private static Optional<Integer> year(String value) {
    if (value.length() >= 4 && value.substring(0, 4).chars().allMatch(Character::isDigit)) {
      return Optional.of(Integer.parseInt(value.substring(0, 4)));
    }
    return Optional.empty();
  }
}
