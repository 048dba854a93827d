package org.dateline.nlp.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.dateline.model.ActorType;
import org.dateline.model.Mention;

/**
 * The article read so far: which person is in focus (the last person named as a subject or
 * quoted), and how subject phrases turn into speakers: mentions directly, pronouns through the
 * focus, descriptions through the {@link RoleIndex}, bare names through a mention with the same
 * last word.
 */
final class Discourse {

  /** How far ahead a lead's indefinite description may find its person, in tokens. */
  private static final int CATAPHORA_REACH = 80;

  private final TokenView words;
  private final SpeechLexicon lexicon;
  private final RoleIndex roles;
  private Optional<Speaker> focus = Optional.empty();
  private Optional<Speaker> groupFocus = Optional.empty();

  Discourse(TokenView words, SpeechLexicon lexicon, RoleIndex roles) {
    this.words = words;
    this.lexicon = lexicon;
    this.roles = roles;
  }

  /**
   * Makes a speaker the focus later pronouns refer to: a person for "he" and "she", an
   * organization or group for "they".
   */
  void attend(Speaker speaker) {
    if (speaker.person()) {
      focus = Optional.of(speaker);
    } else {
      groupFocus = Optional.of(speaker);
    }
  }

  /** The speaker a subject phrase denotes, if it can be told. */
  Optional<Speaker> resolve(Subject subject, int stretchFirst) {
    return switch (subject.kind()) {
      case PERSON, ORGANIZATION -> subject.mention().map(Discourse::speaker);
      case PRONOUN -> words.lower(subject.start()).equals("they") ? groupFocus : focus;
      case DESCRIPTION -> Optional.of(describe(subject));
      case NAME -> name(subject, stretchFirst);
    };
  }

  private Speaker describe(Subject subject) {
    String text = words.text().substring(words.start(subject.start()), words.end(subject.end() - 1));
    String head = words.word(subject.end() - 1);
    boolean person = lexicon.speakerNoun(head).orElse(true) && !lexicon.plural(head);
    if (!person || subject.owner().isPresent()) {
      return new Speaker(text, Optional.empty(), person);
    }
    List<String> content = new ArrayList<>();
    for (int t = subject.start(); t < subject.end(); t++) {
      if (!words.punctuation(t) && !Grammar.DETERMINERS.contains(words.lower(t))) {
        content.add(words.lower(t));
      }
    }
    boolean indefinite = Grammar.INDEFINITES.contains(words.lower(subject.start()));
    Optional<Mention> match = indefinite ? Optional.empty() : roles.behind(content, head, subject.start());
    if (match.isPresent()) {
      return speaker(match.get());
    }
    if (!indefinite && focus.isPresent()) {
      return focus.get();
    }
    return roles.ahead(head, subject.start(), CATAPHORA_REACH)
        .map(Discourse::speaker)
        .orElse(new Speaker(text, Optional.empty(), true));
  }

  private Optional<Speaker> name(Subject subject, int stretchFirst) {
    String text = words.text().substring(words.start(subject.start()), words.end(subject.end() - 1));
    String last = key(words.word(subject.end() - 1));
    Mention best = null;
    for (Mention mention : words.mentions()) {
      String[] parts = mention.text().split("\\s+");
      boolean better = best == null || (mention.type() == ActorType.PERSON && best.type() != ActorType.PERSON);
      if (key(parts[parts.length - 1]).equals(last) && better) {
        best = mention;
      }
    }
    if (best != null) {
      return Optional.of(new Speaker(text, Optional.of(best.actorId()), best.type() == ActorType.PERSON));
    }
    if (subject.start() == stretchFirst && subject.end() - subject.start() == 1) {
      return Optional.empty();
    }
    return Optional.of(new Speaker(text, Optional.empty(), false));
  }

  private static Speaker speaker(Mention mention) {
    return new Speaker(mention.text(), Optional.of(mention.actorId()), mention.type() == ActorType.PERSON);
  }

  /** A name reduced for comparison: lower case, apostrophes and hyphens dropped. */
  private static String key(String name) {
    return name.toLowerCase(Locale.ROOT).replaceAll("[’'‘`\\-]", "");
  }
}
