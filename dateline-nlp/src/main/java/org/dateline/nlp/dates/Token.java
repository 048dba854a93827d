package org.dateline.nlp.dates;

/**
 * One word, number or punctuation mark of the text.
 *
 * @param start first character, an offset into the text
 * @param end one past the last character
 * @param text the characters as written
 * @param lower the characters in lower case, with typographic apostrophes made straight
 * @param kind word, number or punctuation
 * @param spaced whether white space stands right before it
 * @param sentence the index of its sentence, counting from 0
 */
record Token(int start, int end, String text, String lower, Kind kind, boolean spaced, int sentence) {

  /** What a token is made of. */
  enum Kind {
    /** Letters. */
    WORD,
    /** Digits. */
    NUMBER,
    /** Any other single character. */
    PUNCT
  }

  boolean isCapitalized() {
    return kind == Kind.WORD && Character.isUpperCase(text.charAt(0));
  }
}
