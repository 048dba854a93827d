package org.dateline.nlp.dates;

import java.util.Optional;

/**
 * Phrases that point at the date mentioned last ({@code anaphors.txt}): "that day", "the next
 * day", "the following year". The tagger links them to that date afterwards.
 */
final class AnaphorRule implements Rule {

  private final Lexicon lexicon;

  AnaphorRule(Lexicon lexicon) {
    this.lexicon = lexicon;
  }

  @Override
  public Optional<Match> match(Tokens t, int i) {
    return lexicon.anaphors.longestAt(t, i).map(hit -> {
      String[] key = hit.key().split(" ");
      Unit unit = Unit.valueOf(key[0]);
      long shift = Direction.shift(key[1]);
      Optional<String> part = key.length > 2 ? Optional.of(key[2]) : Optional.empty();
      return new Match(i, hit.end(), new Anaphor(unit, shift, part, Optional.empty()));
    });
  }
}
