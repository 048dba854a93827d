package org.dateline.nlp.events;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dateline.nlp.references.Ref;
import org.dateline.nlp.references.Words;

/**
 * Finds where event patterns match in a sentence. Patterns are indexed by the forms of their
 * first word, so each token is tried only against the patterns that can start there. Where
 * matches overlap, the more specific pattern wins.
 */
final class PatternMatcher {

  private final Map<String, List<EventPattern>> byFirstWord = new HashMap<>();

  PatternMatcher(List<EventPattern> patterns) {
    for (EventPattern pattern : patterns) {
      PatternElement.Words first = (PatternElement.Words) pattern.elements().get(0);
      for (String form : first.forms()) {
        byFirstWord.computeIfAbsent(form, k -> new ArrayList<>()).add(pattern);
      }
    }
  }

  /** The matches in sentence {@code s}, most specific first among overlapping ones. */
  List<PatternMatch> find(Words words, ClauseReader clauses, int s) {
    int from = words.sentenceFirst(s);
    int to = words.sentenceEnd(s);
    List<PatternMatch> all = new ArrayList<>();
    for (int t = from; t < to; t++) {
      for (EventPattern pattern : byFirstWord.getOrDefault(words.lower(t), List.of())) {
        new Attempt(words, clauses, pattern, to).run(t).ifPresent(all::add);
      }
    }
    all.sort(Comparator.comparingInt((PatternMatch m) -> m.pattern().specificity()).reversed()
        .thenComparingInt(PatternMatch::first));
    List<PatternMatch> kept = new ArrayList<>();
    for (PatternMatch match : all) {
      if (kept.stream().noneMatch(k -> overlap(k, match))) {
        kept.add(match);
      }
    }
    kept.sort(Comparator.comparingInt(PatternMatch::first));
    return kept;
  }

  /** Two matches compete when their words overlap and they share a target (or neither has one). */
  private static boolean overlap(PatternMatch a, PatternMatch b) {
    boolean words = a.first() < b.end() && b.first() < a.end();
    return words && a.target().map(Ref::first).equals(b.target().map(Ref::first));
  }

  /** One try of one pattern from one token. */
  private static final class Attempt {
    private final Words words;
    private final ClauseReader clauses;
    private final EventPattern pattern;
    private final int limit;
    private Ref target;
    private Ref source;
    private int verb = -1;

    Attempt(Words words, ClauseReader clauses, EventPattern pattern, int limit) {
      this.words = words;
      this.clauses = clauses;
      this.pattern = pattern;
      this.limit = limit;
    }

    Optional<PatternMatch> run(int start) {
      int end = match(0, start);
      if (end < 0) {
        return Optional.empty();
      }
      return Optional.of(new PatternMatch(pattern, start, end, verb < 0 ? start : verb,
          Optional.ofNullable(target), Optional.ofNullable(source)));
    }

    /** The token after a match of elements {@code e..} from token {@code t}, or -1. */
    private int match(int e, int t) {
      List<PatternElement> elements = pattern.elements();
      if (e == elements.size()) {
        return t;
      }
      PatternElement element = elements.get(e);
      if (element instanceof PatternElement.Words w) {
        if (t < limit && w.forms().contains(words.lower(t)) && (!w.verb() || verbal(t, e))) {
          int end = match(e + 1, t + 1);
          if (end >= 0) {
            if (w.verb()) {
              verb = Math.max(verb, t);
            }
            return end;
          }
        }
        return w.optional() ? match(e + 1, t) : -1;
      }
      if (element instanceof PatternElement.Gap g) {
        for (int k = 0; k <= g.max() && t + k <= limit; k++) {
          int end = match(e + 1, t + k);
          if (end >= 0) {
            return end;
          }
          if (t + k < limit && gapStop(t + k, g.max())) {
            return -1;
          }
        }
        return -1;
      }
      if (element instanceof PatternElement.Target slot) {
        boolean object = e > 0 && elements.get(e - 1) instanceof PatternElement.Words w && w.verb();
        if (object && t < limit && words.lower(t).equals("of")) {
          return -1; // "a meeting of Congress": the verb's form is a noun here
        }
        Optional<Ref> found = object
            ? clauses.object(t, limit, slot.type())
            : clauses.target(t, limit, slot.type());
        if (found.isEmpty()) {
          return -1;
        }
        Ref previous = target;
        target = found.get();
        int end = match(e + 1, found.get().end());
        if (end < 0) {
          target = previous;
        }
        return end;
      }
      Optional<Ref> placed = clauses.refRightAt(t, limit);
      if (placed.isEmpty()) {
        return -1;
      }
      source = placed.get();
      int end = match(e + 1, placed.get().end());
      if (end < 0) {
        source = null;
      }
      return end;
    }

    /**
     * Whether a verb's form at token {@code t} is used as a verb: not a noun or adjective after
     * a determiner, possessive or compound modifier ("a large-scale attack", "the occupied
     * West Bank"), and, for an active pattern, not a passive ("was assassinated in ...").
     */
    private boolean verbal(int t, int element) {
      if (t == 0) {
        return true;
      }
      String before = words.lower(t - 1);
      if (Grammar.DETERMINERS.contains(before) || words.possessive(t - 1) || before.contains("-")
          || before.chars().allMatch(Character::isDigit) || NOUN_MODIFIERS.contains(before)) {
        return false;
      }
      boolean passiveInPattern = element > 0;
      return passiveInPattern || !(BE.contains(before) && !words.lower(t).endsWith("ing"));
    }

    private static final Set<String> BE = Set.of("is", "are", "was", "were", "be", "been", "being");
    private static final Set<String> NOUN_MODIFIERS = Set.of("operations", "military", "air", "ground",
        "terrorist", "missile", "rocket", "drone", "suicide", "official", "state", "foreign", "armed");

    private static final Set<String> LONG_GAP_STOPS = Set.of(".", ";", ":", "who", "which", "that", "“", "”", "\"");
    private static final Set<String> GAP_STOPS = Set.of(".", ";", ":", "who", "which", "that", "and", "but", "“", "”", "\"");

    /** Short gaps stay inside a phrase; long ones may cross the commas of an appositive. */
    private boolean gapStop(int t, int max) {
      String w = words.lower(t);
      if (max > 3) {
        return LONG_GAP_STOPS.contains(w);
      }
      return GAP_STOPS.contains(w) || w.equals(",");
    }
  }
}
