package org.dateline.ingest.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A text split into stripped lines, each kept or removed. Removed lines remember why, so that
 * later passes can tell site markers from other removed text.
 */
final class MarkedLines {

  /** Why a line was removed. */
  enum Removal { KEPT, SITE_MARKER, OTHER }

  private static final Pattern LINE_BREAK = Pattern.compile("\r\n|[\r\n\u2028\u2029\u0085]");

  private final String[] lines;
  private final Removal[] marks;

  MarkedLines(String text) {
    this.lines = LINE_BREAK.split(text, -1);
    this.marks = new Removal[lines.length];
    for (int i = 0; i < lines.length; i++) {
      lines[i] = lines[i].strip();
      marks[i] = Removal.KEPT;
    }
  }

  int size() {
    return lines.length;
  }

  String line(int i) {
    return lines[i];
  }

  Removal mark(int i) {
    return marks[i];
  }

  /** Whether line {@code i} is kept and not blank. */
  boolean isContent(int i) {
    return marks[i] == Removal.KEPT && !lines[i].isEmpty();
  }

  void remove(int i, Removal why) {
    marks[i] = why;
  }

  /** The first content line at or after {@code from}, or -1. */
  int nextContent(int from) {
    for (int i = Math.max(from, 0); i < lines.length; i++) {
      if (isContent(i)) {
        return i;
      }
    }
    return -1;
  }

  /** The kept lines, paragraphs separated by one blank line, without edge whitespace. */
  String keptText() {
    StringBuilder out = new StringBuilder();
    boolean pendingBreak = false;
    for (int i = 0; i < lines.length; i++) {
      if (marks[i] != Removal.KEPT) {
        continue;
      }
      if (lines[i].isEmpty()) {
        pendingBreak = out.length() > 0;
        continue;
      }
      if (out.length() > 0) {
        out.append(pendingBreak ? "\n\n" : "\n");
      }
      out.append(lines[i]);
      pendingBreak = false;
    }
    return out.toString();
  }

  /** The removed lines that are not blank, in document order. */
  List<String> removedText() {
    List<String> removed = new ArrayList<>();
    for (int i = 0; i < lines.length; i++) {
      if (marks[i] != Removal.KEPT && !lines[i].isEmpty()) {
        removed.add(lines[i]);
      }
    }
    return removed;
  }
}
