package org.dateline.ingest.clean;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds an agency prefix opening a paragraph, such as "MEHR: A senior commander said ...": a
 * word in capitals, a colon, then a sentence. Words the vocabulary lists as labels ("UPDATE:",
 * "BREAKING:") are not agencies.
 */
final class AgencyPrefix {

  private static final Pattern PREFIX =
      Pattern.compile("(\\p{Lu}[\\p{Lu}\\p{N}]{1,11}):\\s+(\\S+\\s+\\S+\\s+\\S+.*)");

  private final Vocabulary vocabulary;

  AgencyPrefix(Vocabulary vocabulary) {
    this.vocabulary = vocabulary;
  }

  /** The agency opening {@code paragraph}, if it opens with one. */
  Optional<String> find(String paragraph) {
    Matcher m = PREFIX.matcher(paragraph);
    if (!m.matches() || vocabulary.isLabel(m.group(1))) {
      return Optional.empty();
    }
    return Optional.of(m.group(1));
  }
}
