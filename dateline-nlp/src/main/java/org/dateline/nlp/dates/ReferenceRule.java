package org.dateline.nlp.dates;

import java.util.Optional;

/**
 * The present, the past and the future at large ({@code references.txt}): "now", "currently",
 * "the current crisis", "recently", "in the past", "the future".
 */
final class ReferenceRule implements Rule {

  private final Lexicon lexicon;

  ReferenceRule(Lexicon lexicon) {
    this.lexicon = lexicon;
  }

  @Override
  public Optional<Match> match(Tokens t, int i) {
    Optional<PhraseTable.Hit> hit = lexicon.references.longestAt(t, i);
    if (hit.isEmpty()) {
      return Optional.empty();
    }
    if (t.is(i, "current") && !(t.isWord(i + 1) && !t.isCapitalized(i + 1))) {
      return Optional.empty();
    }
    return Optional.of(new Match(i, hit.get().end(), new Reference(hit.get().key())));
  }
}
