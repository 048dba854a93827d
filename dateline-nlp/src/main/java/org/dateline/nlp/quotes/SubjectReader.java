package org.dateline.nlp.quotes;

import java.util.Optional;
import org.dateline.model.ActorType;
import org.dateline.model.Mention;

/**
 * Reads the phrase that names who acts in a clause, without a parser: the words from the clause
 * start up to its first verb or preposition. A person mention there is the subject; an object
 * after the verb ("assured Haniyeh") or a name in a prepositional phrase ("Speaking to Haniyeh,")
 * is not. Failing a person, a pronoun, a description headed by a speaker noun, an organization,
 * or capitalized words are taken, in that order.
 */
final class SubjectReader {

  private static final int MAX_PHRASE = 24;

  private final TokenView words;
  private final SpeechLexicon lexicon;
  private final ClauseWords clause;
  private final FrontedPhrases fronted;

  SubjectReader(TokenView words, SpeechLexicon lexicon) {
    this.words = words;
    this.lexicon = lexicon;
    this.clause = new ClauseWords(words, lexicon);
    this.fronted = new FrontedPhrases(words, clause);
  }

  /** Where the clause starting at {@code from} really starts, past labels and fronted phrases. */
  int skipFronted(int from, int to) {
    return fronted.skip(from, to);
  }

  /** The main verb of a verb phrase starting at {@code t}, past auxiliaries and adverbs. */
  int mainVerb(int t, int to) {
    return clause.mainVerb(t, to);
  }

  /** The subject of the clause that starts at {@code from}, after any fronted phrases. */
  Optional<Subject> subjectOf(int from, int to) {
    return phraseAt(skipFronted(from, to), to);
  }

  /** The speaker phrase that starts at token {@code i}, read no further than {@code to}. */
  Optional<Subject> phraseAt(int i, int to) {
    if (i >= to || words.quoted(i)) {
      return Optional.empty();
    }
    if (Grammar.SUBJECT_PRONOUNS.contains(words.lower(i))) {
      return Optional.of(Subject.plain(Subject.Kind.PRONOUN, i, i + 1, clause.stopAfter(i + 1, to)));
    }
    Mention organization = null;
    int organizationEnd = -1;
    Mention owner = null;
    int roleEnd = -1;
    boolean rolePerson = true;
    boolean complement = false;
    int j = i;
    if (Grammar.PREPOSITIONS.contains(words.lower(i))) {
      return Optional.empty();
    }
    for (; j < to && j - i < MAX_PHRASE && !clause.blocker(j); j++) {
      Optional<Mention> mention = words.mentionAt(j);
      if (mention.isPresent()) {
        Mention m = mention.get();
        int k = words.mentionEnd(j);
        if (words.possessive(k)) {
          if (m.type() == ActorType.PERSON && owner == null) {
            owner = m;
          }
          j = k;
          continue;
        }
        if (m.type() == ActorType.PERSON) {
          return Optional.of(Subject.named(Subject.Kind.PERSON, j, k, clause.stopAfter(k, to), m));
        }
        if (organization == null) {
          organization = m;
          organizationEnd = k;
        }
        j = k - 1;
        continue;
      }
      Optional<Boolean> noun = lexicon.speakerNoun(words.word(j));
      boolean title = words.nameLike(j) && j + 1 < to && words.mentionAt(j + 1).isPresent();
      if (noun.isPresent() && !title) {
        roleEnd = j + 1;
        rolePerson = noun.get();
        complement = false;
      } else if (roleEnd > 0 && words.lower(j).equals("of")) {
        complement = true;
      } else if (roleEnd > 0 && !complement && words.lowerCase(j) && !Grammar.DETERMINERS.contains(words.lower(j))
          && !clause.adverb(j)) {
        roleEnd = -1; // the speaker noun only modified the head: "Judge Gorsuch’s critics"
      }
    }
    if (roleEnd > 0 && (rolePerson || organization == null)) {
      int stop = clause.stopAfter(roleEnd, to);
      return Optional.of(
          new Subject(Subject.Kind.DESCRIPTION, i, roleEnd, stop, Optional.empty(), Optional.ofNullable(owner)));
    }
    if (organization != null) {
      int stop = clause.stopAfter(organizationEnd, to);
      return Optional.of(Subject.named(Subject.Kind.ORGANIZATION, i, organizationEnd, stop, organization));
    }
    return name(i, j, to);
  }

  /** Capitalized words from {@code i}: a name no mention covers. */
  private Optional<Subject> name(int i, int limit, int to) {
    int k = i;
    while (k < limit && k - i < 4 && (words.nameLike(k) || isParticle(k))
        && !Grammar.NOT_NAMES.contains(words.lower(k))) {
      k++;
    }
    if (k == i || !words.nameLike(k - 1)) {
      return Optional.empty();
    }
    return Optional.of(Subject.plain(Subject.Kind.NAME, i, k, clause.stopAfter(k, to)));
  }

  private boolean isParticle(int k) {
    String w = words.lower(k);
    return w.equals("al") || w.equals("bin") || w.equals("ibn") || w.equals("de") || w.equals("van") || w.equals("von")
        || w.equals("-") || w.equals("mr.") || w.equals("ms.") || w.equals("mrs.") || w.equals("dr.");
  }

  /**
   * The first person in the stretch who acts in its main clause: a person mention followed by a
   * verb, not inside a prepositional phrase or relative clause ("On Friday, the day that X
   * stood there, Y bashed …" gives Y). The fallback when the clause start names no one.
   */
  Optional<Subject> agentIn(int from, int to) {
    for (int j = from; j < to; j++) {
      Optional<Mention> mention = words.mentionAt(j);
      if (words.quoted(j)) {
        continue;
      }
      if (mention.isEmpty()) {
        Optional<Subject> description = describedAgent(from, j, to);
        if (description.isPresent()) {
          return description;
        }
        continue;
      }
      int k = words.mentionEnd(j);
      if (mention.get().type() == ActorType.PERSON && !words.possessive(k) && mainClause(from, j)) {
        int stop = clause.stopAfter(k, to);
        int v = mainVerb(stop, to);
        if (v < to && (clause.verbish(v) || Grammar.AUXILIARIES.contains(words.lower(v)))) {
          return Optional.of(new Subject(Subject.Kind.PERSON, j, k, stop, mention, Optional.empty()));
        }
      }
      j = k - 1;
    }
    return Optional.empty();
  }

  /** "the senator also took …": a definite description headed by a person noun, then a verb. */
  private Optional<Subject> describedAgent(int from, int j, int to) {
    if (!lexicon.speakerNoun(words.word(j)).orElse(false) || j == from) {
      return Optional.empty();
    }
    int start = j - 1;
    while (start > from && !words.lower(start).equals("the") && j - start < 4 && !words.punctuation(start)) {
      start--;
    }
    if (!words.lower(start).equals("the") || !mainClause(from, start)) {
      return Optional.empty();
    }
    // the noun must end its phrase: not "the special counsel’s statement adds"
    boolean headEnds =
        j + 1 < to && (clause.blocker(j + 1) || clause.adverb(j + 1) || words.word(j + 1).equals(","));
    int stop = clause.stopAfter(j + 1, to);
    int v = mainVerb(stop, to);
    if (headEnds && v < to && clause.verbish(v)) {
      return Optional.of(new Subject(Subject.Kind.DESCRIPTION, start, j + 1, stop, Optional.empty(), Optional.empty()));
    }
    return Optional.empty();
  }

  private boolean mainClause(int from, int j) {
    for (int t = j - 1; t >= from && !words.word(t).equals(","); t--) {
      String w = words.lower(t);
      boolean opens = Grammar.RELATIVES.contains(w) || Grammar.PREPOSITIONS.contains(w) || clause.verbish(t);
      if (words.lowerCase(t) && opens) {
        return false;
      }
    }
    return true;
  }
}
