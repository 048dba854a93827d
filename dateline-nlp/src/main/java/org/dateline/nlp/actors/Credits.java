package org.dateline.nlp.actors;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dateline.model.ActorType;
import org.dateline.model.Span;
import org.dateline.nlp.actors.Candidate.Origin;

/**
 * Agency credits the tagger rarely sees: an all-capitals word opening a line before a colon
 * ("MEHR: ...") or standing alone in parentheses, possibly in a list ("(AFP)", "(PC, AJA)").
 * They are organizations, unless {@code not-credits.txt} lists them ("UPDATE:") or they are
 * Roman numerals.
 */
final class Credits {

  private static final Pattern LINE_CREDIT = Pattern.compile("(?m)^[ \\t]*(\\p{Lu}{2,10})[ \\t]*:");
  private static final Pattern BRACKET_CREDIT = Pattern.compile("\\((\\p{Lu}{2,10}(?:\\s*,\\s*\\p{Lu}{2,10})*)\\)");
  private static final Pattern WORD = Pattern.compile("\\p{Lu}{2,10}");
  private static final Pattern ROMAN = Pattern.compile("[IVXLCDM]+");

  private Credits() {}

  static List<Candidate> find(String text, Lexicon lexicon) {
    List<Candidate> credits = new ArrayList<>();
    Matcher line = LINE_CREDIT.matcher(text);
    while (line.find()) {
      credit(line.group(1), line.start(1), lexicon).ifPresent(credits::add);
    }
    Matcher bracket = BRACKET_CREDIT.matcher(text);
    while (bracket.find()) {
      Matcher word = WORD.matcher(bracket.group(1));
      while (word.find()) {
        credit(word.group(), bracket.start(1) + word.start(), lexicon).ifPresent(credits::add);
      }
    }
    return credits;
  }

  private static Optional<Candidate> credit(String word, int start, Lexicon lexicon) {
    if (ROMAN.matcher(word).matches() || lexicon.notCredits.contains(word.toLowerCase(Locale.ROOT))) {
      return Optional.empty();
    }
    return Optional.of(new Candidate(new Span(start, start + word.length()), ActorType.ORGANIZATION,
        Optional.empty(), Origin.CREDIT));
  }
}
