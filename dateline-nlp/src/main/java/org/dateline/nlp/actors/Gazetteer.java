package org.dateline.nlp.actors;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dateline.model.Span;

/**
 * Finds known names in a text: longest match first, left to right, never overlapping. A name
 * matches as written, except that its later words may differ in case ("Islamic republic"), a
 * space in it matches any run of spaces, hyphens or one line break, apostrophes match any
 * apostrophe, an all-capitals word matches a one-word name of four letters or more ("TEHRAN"),
 * and a short parenthetical gloss may stand between its words ("Quds (Jerusalem) Force").
 */
final class Gazetteer {

  /** What a form names; on equal length a name beats a capital, a capital beats a demonym. */
  enum Kind { NAME, CAPITAL, DEMONYM }

  /** A string to find and what it stands for (a dictionary id or an article actor's key). */
  record Form(String text, String target, Kind kind) {}

  /** A form found at {@code span}. */
  record Match(Span span, String target, Kind kind) {}

  private static final int MAX_GLOSS = 40;
  private static final Comparator<Form> PRIORITY =
      Comparator.comparingInt((Form f) -> -f.text().length()).thenComparing(Form::kind);

  private final Map<String, List<Form>> byFirstWord = new HashMap<>();

  Gazetteer(Collection<Form> forms) {
    for (Form form : forms) {
      String first = firstWord(form.text(), 0);
      if (!first.isEmpty()) {
        byFirstWord.computeIfAbsent(first, k -> new ArrayList<>()).add(form);
      }
    }
    byFirstWord.values().forEach(list -> list.sort(PRIORITY));
  }

  /** The forms found at the starts of {@code tokens} of {@code text}, in text order. */
  List<Match> find(String text, List<Span> tokens) {
    List<Match> matches = new ArrayList<>();
    int covered = 0;
    for (Span token : tokens) {
      int start = token.start();
      if (start < covered || !Character.isLetterOrDigit(text.charAt(start))
          || (start > 0 && Character.isLetterOrDigit(text.charAt(start - 1)))) {
        continue;
      }
      List<Form> candidates = byFirstWord.get(firstWord(text, start));
      if (candidates == null) {
        continue;
      }
      Form best = null;
      int bestEnd = -1;
      for (Form form : candidates) {
        int end = matchAt(text, start, form.text());
        if (end > bestEnd) {
          best = form;
          bestEnd = end;
        }
      }
      if (best != null) {
        matches.add(new Match(new Span(start, bestEnd), best.target(), best.kind()));
        covered = bestEnd;
      }
    }
    return matches;
  }

  /** Where {@code form} ends if it matches at {@code start}, or -1. */
  static int matchAt(String text, int start, String form) {
    boolean caseless = form.indexOf(' ') < 0 && form.length() >= 4 && allCapitals(text, start);
    boolean firstWord = true;
    int i = start;
    int j = 0;
    while (j < form.length()) {
      char f = form.charAt(j);
      if (f == ' ' || f == '-') {
        while (j < form.length() && (form.charAt(j) == ' ' || form.charAt(j) == '-')) {
          j++;
        }
        int next = skipSeparators(text, i);
        if (next == i) {
          return -1;
        }
        if (next < text.length() && text.charAt(next) == '(' && j < form.length() && form.charAt(j) != '(') {
          int close = glossEnd(text, next);
          next = close < 0 ? next : skipSeparators(text, close + 1);
        }
        i = next;
        firstWord = false;
        continue;
      }
      if (i >= text.length()) {
        return -1;
      }
      char t = text.charAt(i);
      boolean same = isApostrophe(f) ? isApostrophe(t)
          : firstWord && !caseless ? f == t : Character.toLowerCase(f) == Character.toLowerCase(t);
      if (!same) {
        return -1;
      }
      i++;
      j++;
    }
    return i < text.length() && Character.isLetterOrDigit(text.charAt(i)) ? -1 : i;
  }

  private static int skipSeparators(String text, int i) {
    int newlines = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == '\n') {
        if (++newlines > 1) {
          break;
        }
      } else if (!(c == ' ' || c == '\t' || c == '\u00a0' || c == '\r' || c == '-' || c == '\u2010' || c == '\u2011')) {
        break;
      }
      i++;
    }
    return i;
  }

  private static int glossEnd(String text, int open) {
    for (int i = open + 1; i < text.length() && i <= open + MAX_GLOSS; i++) {
      char c = text.charAt(i);
      if (c == ')') {
        return i;
      }
      if (c == '(' || c == '\n') {
        return -1;
      }
    }
    return -1;
  }

  static boolean isApostrophe(char c) {
    return c == '\'' || c == '’' || c == '‘' || c == 'ʼ' || c == '`';
  }

  private static boolean allCapitals(String text, int start) {
    int i = start;
    while (i < text.length() && Character.isLetter(text.charAt(i))) {
      if (!Character.isUpperCase(text.charAt(i))) {
        return false;
      }
      i++;
    }
    return i - start >= 4;
  }

  /** The run of letters and digits at {@code start}, lowercased: the bucket of a form. */
  private static String firstWord(String text, int start) {
    int i = start;
    while (i < text.length() && Character.isLetterOrDigit(text.charAt(i))) {
      i++;
    }
    return text.substring(start, i).toLowerCase(Locale.ROOT);
  }
}
