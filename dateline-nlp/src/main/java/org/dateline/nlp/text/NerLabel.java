package org.dateline.nlp.text;

/** The coarse classes of the statistical name tagger. */
public enum NerLabel {
  PERSON,
  ORGANIZATION,
  LOCATION,
  MISC
}
