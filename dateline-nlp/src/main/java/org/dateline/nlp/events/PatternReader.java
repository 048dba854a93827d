package org.dateline.nlp.events;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.dateline.model.ActorType;

/** Reads {@link EventPattern}s from the lines of a pattern file (see patterns.txt for the syntax). */
final class PatternReader {

  private static final int DEFAULT_GAP = 3;

  private final VerbForms verbs;

  PatternReader(VerbForms verbs) {
    this.verbs = verbs;
  }

  List<EventPattern> read(List<String> lines, String source) {
    List<EventPattern> patterns = new ArrayList<>();
    for (String line : lines) {
      try {
        patterns.add(parse(line));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(source + ": " + e.getMessage(), e);
      }
    }
    return patterns;
  }

  EventPattern parse(String line) {
    String[] parts = line.split("\\s+");
    String code = parts[0];
    if (!code.matches("\\d{2,4}") || parts.length < 2) {
      throw new IllegalArgumentException("not a pattern line (CODE words...): " + line);
    }
    List<PatternElement> elements = new ArrayList<>();
    Optional<PatternElement.Target> subjectTarget = Optional.empty();
    for (int i = 1; i < parts.length; i++) {
      String part = parts[i];
      if (part.startsWith("+")) {
        PatternElement.Target target = new PatternElement.Target(type(part.substring(1), line));
        if (elements.isEmpty()) {
          subjectTarget = Optional.of(target);
        } else {
          elements.add(target);
        }
      } else if (part.equals("$")) {
        elements.add(new PatternElement.Source());
      } else if (part.startsWith("~")) {
        elements.add(new PatternElement.Gap(part.length() == 1 ? DEFAULT_GAP : Integer.parseInt(part.substring(1))));
      } else {
        elements.add(words(part));
      }
    }
    return new EventPattern(code, elements, subjectTarget, line);
  }

  private PatternElement.Words words(String part) {
    boolean optional = part.startsWith("[") && part.endsWith("]");
    String body = optional ? part.substring(1, part.length() - 1) : part;
    Set<String> forms = new LinkedHashSet<>();
    boolean verb = false;
    for (String alternative : body.split("\\|")) {
      if (alternative.length() > 1 && alternative.equals(alternative.toUpperCase(Locale.ROOT))
          && alternative.chars().anyMatch(Character::isLetter)) {
        verb = true;
        forms.addAll(verbs.of(alternative));
      } else {
        forms.add(alternative.toLowerCase(Locale.ROOT).replace('’', '\''));
      }
    }
    return new PatternElement.Words(Set.copyOf(forms), optional, verb);
  }

  private static Optional<ActorType> type(String name, String line) {
    if (name.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(ActorType.valueOf(name));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("unknown actor type " + name + " in: " + line, e);
    }
  }
}
