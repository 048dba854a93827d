package org.dateline.nlp.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.dateline.model.ActorType;
import org.dateline.nlp.references.Ref;
import org.dateline.nlp.references.Words;

/**
 * Reads who acts and who is acted upon around an event's words, without a parser: clause
 * boundaries from punctuation and clause-opening words, subjects as the first actor reference
 * of the clause that is neither governed by a preposition, nor possessive, nor a modifier of a
 * following name ("Hamas leader Ismail Haniyeh").
 */
final class ClauseReader {

  private static final int TARGET_REACH = 10;
  private static final int APPOSITIVE_REACH = 8;
  /** Prepositions inside an object phrase that may still lead to its actor ("the head of Hamas"). */
  private static final Set<String> TARGET_PREPOSITIONS = Set.of("of", "by");
  /** Words that open a time phrase a target may follow: "visited on Thursday the front". */
  private static final Set<String> TIME_WORDS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
      "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july", "august",
      "september", "october", "november", "december", "last");

  private final Words words;
  private final Set<String> roleNouns;

  ClauseReader(Words words, Set<String> roleNouns) {
    this.words = words;
    this.roleNouns = roleNouns;
  }

  /** The subject of a clause: who, and whether it is the antecedent of a relative pronoun. */
  record Subject(Ref ref, boolean relative, int end) {}

  /** Where the clause holding token {@code t} starts, no earlier than {@code floor}. */
  int clauseStart(int t, int floor) {
    boolean inQuote = words.quoteAt(t).isPresent();
    for (int k = t - 1; k >= floor; k--) {
      String w = words.lower(k);
      if (w.equals(";") || w.equals(":")) {
        return k + 1;
      }
      if (Grammar.RELATIVES.contains(w)) {
        return k;
      }
      if (Grammar.SUBORDINATORS.contains(w)) {
        return k + 1;
      }
      if (inQuote && words.quoteAt(k).isEmpty()) {
        return k + 1;
      }
    }
    return floor;
  }

  /**
   * The subject of the clause starting at {@code start} whose verb is token {@code verb}: the
   * antecedent of a relative pronoun, else the first reference that acts.
   */
  Optional<Subject> subject(int start, int verb) {
    if (start < verb && Grammar.RELATIVES.contains(words.lower(start))) {
      int before = start > 0 && words.lower(start - 1).equals(",") ? start - 1 : start;
      return words.refEndingAt(before).map(r -> new Subject(r, true, r.end()));
    }
    for (Ref ref : words.refsIn(start, verb)) {
      if (acts(ref, start)) {
        return Optional.of(new Subject(ref, false, ref.end()));
      }
    }
    return Optional.empty();
  }

  /** Actors coordinated with a subject or target: "Israel and Hamas", "X, and the leader of Y, Z". */
  List<Ref> coordinated(Ref ref, int limit) {
    List<Ref> more = new ArrayList<>();
    int t = ref.end();
    while (true) {
      int k = t;
      if (k < limit && words.lower(k).equals(",")) {
        k++;
      }
      if (k >= limit || !words.lower(k).equals("and")) {
        return more;
      }
      Optional<Ref> next = target(k + 1, limit, Optional.empty());
      if (next.isEmpty()) {
        return more;
      }
      more.add(next.get());
      t = next.get().end();
    }
  }

  /**
   * The target named from token {@code from}: the first reference within reach, or, where that
   * is an organization a role hangs on ("the head of Hamas' political bureau, Ismail
   * Haniyeh"), the person the appositive names.
   */
  Optional<Ref> target(int from, int limit, Optional<ActorType> type) {
    for (int t = from; t < limit && t - from < TARGET_REACH; t++) {
      if (boundary(t)) {
        return Optional.empty();
      }
      Optional<Ref> found = words.refAt(t);
      if (found.isEmpty() || modifierInToken(found.get())) {
        if (Grammar.PREPOSITIONS.contains(words.lower(t)) && !TARGET_PREPOSITIONS.contains(words.lower(t))
            && !(t + 1 < limit && TIME_WORDS.contains(words.lower(t + 1)))) {
          return Optional.empty(); // the object ended without naming an actor: "met officials in Tehran"
        }
        continue;
      }
      Ref ref = found.get();
      if (ref.type() != ActorType.PERSON && holdsRole(ref)) {
        Optional<Ref> person = appositivePerson(ref.end(), limit);
        if (person.isPresent()) {
          return person;
        }
      }
      if (type.isPresent() && ref.type() != type.get()) {
        return Optional.empty();
      }
      return Optional.of(ref);
    }
    return Optional.empty();
  }

  /**
   * A verb's object from token {@code from}: a reference opening the noun phrase, past
   * determiners, titles, role words and "of" ("the head of Hamas' political bureau, Ismail
   * Haniyeh"); a possessor ("Obama's nominees") or a phrase headed by another noun ("the latest
   * achievement made by X") names no target.
   */
  Optional<Ref> object(int from, int limit, Optional<ActorType> type) {
    for (int t = from; t < limit && t - from < TARGET_REACH; t++) {
      Optional<Ref> found = words.refAt(t);
      if (found.isPresent() && !modifierInToken(found.get())) {
        Ref ref = found.get();
        if (ref.type() != ActorType.PERSON && holdsRole(ref)) {
          Optional<Ref> person = appositivePerson(ref.end(), limit);
          if (person.isPresent()) {
            return person;
          }
        }
        if (words.possessive(ref.end()) || (type.isPresent() && ref.type() != type.get())) {
          return Optional.empty();
        }
        return Optional.of(ref);
      }
      if (found.isPresent()) {
        t = found.get().end() - 1; // "Gaza-based": a modifier of the object
        continue;
      }
      String w = words.lower(t);
      boolean skippable = Grammar.DETERMINERS.contains(w) || w.equals("of") || roleNouns.contains(w)
          || ORGANIZATION_WORDS.contains(w) || (words.capitalized(t) && !words.punctuation(t))
          || w.equals("\"") || w.equals("“") || w.equals("'") || (w.startsWith("-") && w.length() > 1)
          || (TIME_WORDS.contains(w) && t > from) || w.equals("on") && t + 1 < limit && TIME_WORDS.contains(words.lower(t + 1));
      if (!skippable) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  /** Lower-case heads of organization descriptions: "the militant group Hamas". */
  private static final Set<String> ORGANIZATION_WORDS = Set.of("group", "movement", "party", "militia",
      "organization", "organisation", "faction", "resistance", "militant", "armed", "political", "agency",
      "government", "ministry", "state", "news", "bureau", "chief", "based");

  /** The reference that starts right at token {@code t}, past determiners. */
  Optional<Ref> refRightAt(int t, int limit) {
    while (t < limit && Grammar.DETERMINERS.contains(words.lower(t))) {
      t++;
    }
    return words.refAt(t);
  }

  /** Tokens that end a stretch of words a target may be looked for in. */
  boolean boundary(int t) {
    String w = words.lower(t);
    return w.equals(".") || w.equals(";") || w.equals(":") || Grammar.RELATIVES.contains(w)
        || Grammar.SUBORDINATORS.contains(w) || w.equals("and") || w.equals("but");
  }

  /** Whether a reference is the subject of its clause rather than a complement or modifier. */
  private boolean acts(Ref ref, int start) {
    if (words.possessive(ref.end()) || governed(ref, start) || modifierInToken(ref)) {
      return false;
    }
    if (ref.first() > 0 && words.lower(ref.first() - 1).equals("(")) {
      return false; // an acronym or gloss in parentheses: "the IRGC (IRGC)"
    }
    if (ref.end() < words.size() && (words.lower(ref.end()).equals("-") || words.lower(ref.end()).equals("—"))
        && ref.first() == words.sentenceFirst(words.sentenceOf(ref.first()))) {
      return false; // a dateline: "TEHRAN- ..."
    }
    // a modifier of a following name or role: "Hamas leader Ismail Haniyeh", "Quds Force commander"
    int next = ref.end();
    if (next < words.size() && roleNouns.contains(words.lower(next))) {
      Optional<Ref> named = words.refAt(next + 1).or(() -> words.refAt(next + 2));
      return named.isEmpty();
    }
    return !(next < words.size() && words.refAt(next).isPresent());
  }

  /** Whether a preposition or a participle governs the reference ("of Hamas", "citing IRNA"). */
  boolean governed(Ref ref, int start) {
    int k = ref.first() - 1;
    while (k >= start && (Grammar.DETERMINERS.contains(words.lower(k))
        || (words.capitalized(k) && words.refAt(k).isEmpty() && k > words.sentenceFirst(words.sentenceOf(k))))) {
      k--;
    }
    if (k < start) {
      return false;
    }
    String w = words.lower(k);
    if (w.equals("and") || w.equals("or")) {
      // the second of two conjuncts shares the first's preposition: "between Tel Aviv and Hezbollah"
      return words.refEndingAt(k).map(first -> governed(first, start)).orElse(false);
    }
    return Grammar.PREPOSITIONS.contains(w) || (w.endsWith("ing") && w.length() > 4);
  }

  /**
   * Whether a role hangs on an organization reference: "the IRGC commander", "the commander of
   * the Quds Force", "Hamas' political bureau chief".
   */
  boolean roleNoun(int t) {
    return t >= 0 && t < words.size() && roleNouns.contains(words.lower(t));
  }

  boolean roleAround(Ref ref) {
    int next = ref.end();
    if (next < words.size() && roleNouns.contains(words.lower(next))) {
      return true;
    }
    if (words.possessive(next) && next + 1 < words.size()) {
      return true;
    }
    return holdsRole(ref);
  }

  /** A name fused into a modifier ("Gaza-based"): its span ends inside its last token. */
  boolean modifierInToken(Ref ref) {
    boolean hyphenAfter = ref.end() < words.size() && words.lower(ref.end()).startsWith("-")
        && words.start(ref.end()) == ref.span().end();
    return ref.span().end() < words.end(ref.end() - 1) || hyphenAfter;
  }

  /** An organization or place that a role hangs on: "the head of Hamas", "Hamas' bureau chief". */
  private boolean holdsRole(Ref ref) {
    int before = ref.first() - 1;
    while (before >= 0 && Grammar.DETERMINERS.contains(words.lower(before))) {
      before--;
    }
    return words.possessive(ref.end())
        || (before >= 1 && words.lower(before).equals("of") && roleNouns.contains(words.lower(before - 1)));
  }

  /** A person named after a comma within reach: the name a role phrase is in apposition to. */
  private Optional<Ref> appositivePerson(int from, int limit) {
    for (int t = from; t < limit && t - from < APPOSITIVE_REACH; t++) {
      if (words.lower(t).equals(",")) {
        Optional<Ref> next = words.refAt(t + 1);
        if (next.isPresent() && next.get().type() == ActorType.PERSON) {
          return next;
        }
      }
      if (boundary(t)) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }
}
