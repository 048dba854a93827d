package org.dateline.nlp.actors;

import java.util.Set;

/**
 * The bundled word lists the resolution rules read (each file documents itself): titles, role
 * nouns, organization and place designators, name particles, speech verbs, words that are no agency credit, and the nouns that show a capital
 * stands for its government.
 */
final class Lexicon {

  private static final Lexicon STANDARD = new Lexicon();

  final Titles titles = new Titles(DataFiles.lines("titles.txt"));
  final Set<String> roleNouns = DataFiles.lowercaseSet("role-nouns.txt");
  final Set<String> orgDesignators = DataFiles.lowercaseSet("org-designators.txt");
  final Set<String> placeDesignators = DataFiles.lowercaseSet("place-designators.txt");
  final Set<String> placeNouns = DataFiles.lowercaseSet("place-nouns.txt");
  final Set<String> nameParticles = DataFiles.lowercaseSet("name-particles.txt");
  final Set<String> speechVerbs = DataFiles.lowercaseSet("speech-verbs.txt");
  final Set<String> governmentNouns = DataFiles.lowercaseSet("government-nouns.txt");
  final Set<String> stanceNouns = DataFiles.lowercaseSet("stance-nouns.txt");
  final Set<String> notCredits = DataFiles.lowercaseSet("not-credits.txt");

  private Lexicon() {}

  static Lexicon standard() {
    return STANDARD;
  }
}
