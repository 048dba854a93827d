package org.dateline.nlp.actors;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Acronyms of organizations named in the same article (rule 6): one defined in parentheses right
 * after the name ("Islamic Revolution Guards Corps (IRGC)", whatever its letters), or one made
 * of the initials of a name's words, small words skipped ("PIJ" for "Palestinian Islamic Jihad").
 */
final class Acronyms {

  private static final Pattern ACRONYM = Pattern.compile("\\p{Lu}{2,10}");
  private static final Pattern OPENING = Pattern.compile("\\s*\\(\\s*");
  private static final Set<String> SMALL_WORDS =
      Set.of("of", "the", "and", "for", "in", "on", "at", "to", "de", "du", "des", "la", "le", "al", "el", "&");

  private Acronyms() {}

  /** The organization named right before {@code candidate}'s opening parenthesis. */
  static Optional<LocalActor> definedBy(Candidate candidate, List<ArticleLinker.Link> links, String text) {
    if (!ACRONYM.matcher(candidate.text(text)).matches()) {
      return Optional.empty();
    }
    ArticleLinker.Link previous = null;
    for (ArticleLinker.Link link : links) {
      int end = link.candidate().span().end();
      if (end <= candidate.span().start() && (previous == null || end > previous.candidate().span().end())) {
        previous = link;
      }
    }
    if (previous == null || previous.actor().isPerson()) {
      return Optional.empty();
    }
    String between = text.substring(previous.candidate().span().end(), candidate.span().start());
    return OPENING.matcher(between).matches() ? Optional.of(previous.actor()) : Optional.empty();
  }

  /** The first organization with a form whose initials spell {@code written}. */
  static Optional<LocalActor> expansion(String written, List<LocalActor> actors) {
    if (!ACRONYM.matcher(written).matches()) {
      return Optional.empty();
    }
    for (LocalActor actor : actors) {
      if (!actor.isPerson() && actor.forms.keySet().stream().anyMatch(form -> written.equals(initials(form)))) {
        return Optional.of(actor);
      }
    }
    return Optional.empty();
  }

  /** The capital initials of a name's words, small words skipped: "Islamic Revolution Guards Corps" -> "IRGC". */
  static String initials(String name) {
    StringBuilder initials = new StringBuilder();
    for (String word : name.split("[\\s-]+")) {
      if (!word.isEmpty() && !SMALL_WORDS.contains(word.toLowerCase(Locale.ROOT)) && Character.isLetter(word.charAt(0))) {
        initials.append(Character.toUpperCase(word.charAt(0)));
      }
    }
    return initials.length() > 1 ? initials.toString() : "";
  }
}
