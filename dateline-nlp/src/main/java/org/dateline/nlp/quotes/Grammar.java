package org.dateline.nlp.quotes;

import java.util.Set;

/**
 * The closed classes of English that clause reading needs: pronouns, prepositions, auxiliaries,
 * determiners, common irregular past forms. Grammar, not domain knowledge, so kept in code; the
 * domain words live in the lexicon files.
 */
final class Grammar {

  static final Set<String> SUBJECT_PRONOUNS = Set.of("he", "she", "they");

  static final Set<String> PREPOSITIONS = Set.of(
      "to", "with", "from", "by", "for", "against", "about", "at", "toward", "towards", "on", "upon", "into",
      "onto", "over", "between", "among", "amid", "during", "after", "before", "since", "until", "than",
      "like", "near", "in", "via", "without", "within", "through", "across", "behind", "despite", "following",
      "under", "as");

  static final Set<String> RELATIVES = Set.of("that", "who", "which", "where", "whose", "whom", "when", "while", "if");

  static final Set<String> AUXILIARIES = Set.of(
      "has", "have", "had", "is", "was", "are", "were", "be", "been", "being", "will", "would", "can", "could",
      "may", "might", "must", "should", "shall", "did", "does", "do", "not", "never");

  static final Set<String> IRREGULAR_VERBS = Set.of(
      "met", "sent", "made", "took", "gave", "held", "led", "left", "won", "lost", "saw", "spoke", "went",
      "came", "got", "put", "set", "brought", "thought", "began", "hit", "struck", "fought", "sought", "kept",
      "ran", "paid", "felt", "knew", "meant", "became", "heard", "read", "shot", "sat", "stood", "understood",
      "drew", "grew", "threw", "flew", "wore", "broke", "chose", "rose", "fell", "gets", "makes", "takes",
      "gives", "goes", "wants", "sees", "faces", "leads", "holds", "meets", "visits", "plans");

  /** Words that may open a sentence before its subject, as a phrase ending in a comma. */
  static final Set<String> OPENERS = Set.of(
      "however", "meanwhile", "additionally", "moreover", "earlier", "later", "separately", "also", "still",
      "then", "now", "instead", "indeed", "yesterday", "today", "tonight", "last", "this", "next", "once",
      "previously", "finally", "furthermore", "likewise", "similarly", "thus", "therefore", "there", "while",
      "when", "although", "though", "because", "if", "whereas", "unless", "whether");

  /** Single words that may open a sentence without a comma ("But X said ..."). */
  static final Set<String> CONJUNCTIONS = Set.of("but", "and", "yet", "so", "or", "nor");

  /** Words between a subject and its verb that are not themselves the verb. */
  static final Set<String> ADVERBS = Set.of(
      "also", "further", "again", "then", "later", "earlier", "previously", "once", "had", "has", "have",
      "will", "would", "did", "does", "reportedly", "repeatedly", "even", "just", "already", "still",
      "similarly", "separately", "too", "himself", "herself", "themselves", "itself");

  static final Set<String> INDEFINITES = Set.of(
      "a", "an", "one", "some", "several", "two", "three", "many", "other", "another", "any", "most");

  static final Set<String> DETERMINERS = Set.of(
      "the", "a", "an", "one", "some", "this", "that", "these", "those", "his", "her", "its", "their", "our",
      "several", "two", "three", "many", "other", "another", "any", "most", "of", "and", ",", "’s", "'s");

  /** Capitalized words that never start a name: sentence-initial function words. */
  static final Set<String> NOT_NAMES = Set.of(
      "the", "a", "an", "this", "that", "these", "those", "it", "its", "we", "i", "you", "there", "here", "his",
      "her", "their", "our", "my", "your", "what", "when", "if", "as", "in", "on", "at", "for", "but", "and");

  /** Adjectives and nouns ending in "-ed" that do not mark a verb. */
  static final Set<String> NOT_VERBS = Set.of(
      "alleged", "so-called", "elected", "retired", "detained", "united", "red", "bed", "need", "speed",
      "seed", "feed", "creed", "shed", "hundred", "armed", "embattled", "beloved", "sacred",
      "self-styled", "indeed", "president-elect");

  private Grammar() {}
}
