package org.dateline.bench.timex;

/**
 * One time expression a tagger found.
 *
 * @param article the id of the article it is in
 * @param start offset of its first character in the article's text
 * @param end offset just past its last character
 * @param type TIMEX3 type (DATE, TIME, DURATION, SET)
 * @param value TIMEX3 value, empty when the tagger gave none
 */
record TaggedTimex(String article, int start, int end, String type, String value) {}
