package org.dateline.nlp.events;

import java.util.Set;
import org.dateline.nlp.references.Words;

/** Closed-class English words the event coder reads clauses by. */
final class Grammar {

  static final Set<String> PREPOSITIONS = Set.of("of", "in", "to", "for", "with", "from", "by", "at", "on",
      "against", "near", "about", "towards", "toward", "into", "between", "among", "amid", "during", "under",
      "over", "through", "across", "including", "like", "than", "via", "alongside", "behind", "around",
      "within", "without", "upon", "despite", "according", "per", "after", "before");

  static final Set<String> DETERMINERS = Set.of("the", "a", "an", "its", "their", "his", "her", "our",
      "this", "these", "those", "some", "all", "both", "several", "many", "other");

  /** Words that open a subordinate clause: the subject of what follows comes after them. */
  static final Set<String> SUBORDINATORS = Set.of("that", "when", "while", "because", "although", "though",
      "if", "whereas", "until", "unless", "whether", "whenever", "why", "how");

  /** Words that open a clause about what may or may not be: "whether he had visited", "if X attacks". */
  static final Set<String> CONDITIONALS = Set.of("whether", "if", "unless");

  /** Words that open a relative clause: its subject is the actor named right before them. */
  static final Set<String> RELATIVES = Set.of("who", "which");

  /** Every word that opens a relative clause ("..., where the river rose on Tuesday"). */
  static final Set<String> RELATIVE_OPENERS = Set.of("who", "which", "where", "whom", "whose");

  static final Set<String> PERSON_PRONOUNS = Set.of("he", "she");

  static final Set<String> GROUP_PRONOUNS = Set.of("they", "it");

  /** Pronouns by which a speaker names their own side inside a quote. */
  static final Set<String> FIRST_PERSON = Set.of("i", "we", "us", "our", "my");

  /** Words marking an event told as past context: "formerly led by", "had met". */
  static final Set<String> BACKGROUND = Set.of("formerly", "previously", "had", "once");

  /** Forms of "be" and "have" that put a relative clause in the past ("who was killed"). */
  static final Set<String> PAST_AUXILIARIES = Set.of("was", "were", "had");

  private Grammar() {}
}
