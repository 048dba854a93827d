package org.dateline.nlp.figures;

/**
 * A number read off the tokens.
 *
 * @param start the first token
 * @param end the token after the last
 * @param value the number
 * @param vague whether a vague plural gave it ("dozens", "hundreds")
 * @param digits whether it was written in digits
 */
record Amount(int start, int end, double value, boolean vague, boolean digits) {}
