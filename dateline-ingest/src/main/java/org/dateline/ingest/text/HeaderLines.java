package org.dateline.ingest.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dateline.ingest.clean.LineShape;

/** The lines of a plain-text article while its header is being taken off: taken or still open. */
final class HeaderLines {

  private final List<String> lines;
  private final boolean[] taken;

  HeaderLines(List<String> lines) {
    this.lines = new ArrayList<>(lines);
    this.taken = new boolean[lines.size()];
  }

  String line(int i) {
    return lines.get(i);
  }

  /** The first open, non-blank line at or after {@code from}, or -1. */
  int nextOpen(int from) {
    for (int i = from; i < lines.size(); i++) {
      if (!taken[i] && !lines.get(i).isEmpty()) {
        return i;
      }
    }
    return -1;
  }

  /** Whether a blank line stands right above line {@code i}. */
  boolean blankBefore(int i) {
    return i > 0 && lines.get(i - 1).isEmpty();
  }

  /** Takes line {@code i} into the header. */
  void take(int i) {
    taken[i] = true;
  }

  /** Takes the first {@code length} characters of line {@code i}, leaving the rest open. */
  void replaceStart(int i, int length) {
    String rest = lines.get(i).substring(length).strip();
    lines.set(i, rest);
    taken[i] = rest.isEmpty();
  }

  /**
   * The headline made of the taken lines {@code title}, if the body after them opens like a
   * body: there is one, and it does not start in lower case (which would make the "title" the
   * first half of a wrapped sentence). Otherwise the lines are given back to the body.
   */
  Optional<String> headline(List<Integer> title) {
    if (title.isEmpty()) {
      return Optional.empty();
    }
    int body = nextOpen(title.get(title.size() - 1) + 1);
    if (body < 0 || LineShape.startsLowerCase(lines.get(body))) {
      title.forEach(i -> taken[i] = false);
      return Optional.empty();
    }
    List<String> parts = new ArrayList<>();
    title.forEach(i -> parts.add(lines.get(i)));
    return Optional.of(String.join("\n", parts));
  }

  /** The open lines, blank ones included, in order. */
  List<String> rest() {
    List<String> rest = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      if (!taken[i]) {
        rest.add(lines.get(i));
      }
    }
    return rest;
  }
}
