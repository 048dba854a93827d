package org.dateline.nlp.dates;

import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * Days counted from the publication day: "yesterday", "today", "tomorrow", "tonight", "last
 * night", "this morning", "yesterday afternoon".
 */
final class RelativeDayRule implements Rule {

  private final Lexicon lexicon;

  RelativeDayRule(Lexicon lexicon) {
    this.lexicon = lexicon;
  }

  @Override
  public Optional<Match> match(Tokens t, int i) {
    Optional<PhraseTable.Hit> hit = lexicon.relativeDays.longestAt(t, i);
    if (hit.isEmpty() || isPartOfName(t, i)) {
      return Optional.empty();
    }
    String[] key = hit.get().key().split(" ");
    DatedForm day = new ShiftedDate(ChronoUnit.DAYS, Direction.shift(key[0]), Grain.DAY);
    if (key.length > 1) {
      return Optional.of(new Match(i, hit.get().end(), new PartOfDay(day, key[1])));
    }
    Optional<PhraseTable.Hit> part = lexicon.partsOfDay.longestAt(t, hit.get().end());
    if (part.isPresent()) {
      return Optional.of(new Match(i, part.get().end(), new PartOfDay(day, part.get().key())));
    }
    return Optional.of(new Match(i, hit.get().end(), day));
  }

  /** "USA Today", "Good Morning America Today". */
  private static boolean isPartOfName(Tokens t, int i) {
    return t.isCapitalized(i) && !t.startsSentence(i) && t.isCapitalized(i - 1) && t.sameSentence(i - 1, i);
  }
}
