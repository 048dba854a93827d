package org.dateline.ingest.jsonl;

/**
 * One line of a file as bytes, without its line break.
 *
 * @param number the line number, from 1
 * @param bytes a buffer holding the line in its first {@code length} bytes; shared and
 *     overwritten by the next line, so use it before reading on. Empty when {@code tooLong}.
 * @param length the number of bytes of the line (all of them, even when too long)
 * @param tooLong whether the line was longer than the limit and its bytes were dropped
 */
record RawLine(long number, byte[] bytes, long length, boolean tooLong) {

  /** Whether the line holds nothing but spaces and tabs. */
  boolean isBlank() {
    for (int i = 0; i < length; i++) {
      if (bytes[i] != ' ' && bytes[i] != '\t') {
        return false;
      }
    }
    return true;
  }
}
