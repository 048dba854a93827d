package org.dateline.nlp.dates;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Scores time expressions the TempEval-3 way: a system expression matches a gold one when their
 * spans overlap (relaxed) or coincide (strict), one to one; type and value are judged on the
 * relaxed matches. Value precision is correct values over system expressions, value recall
 * correct values over gold expressions.
 */
final class TempEvalScorer {

  /** One time expression of a document: character span, type and TIMEX3 value. */
  record Timex(String doc, int start, int end, String text, String type, String value) {

    boolean overlaps(Timex other) {
      return doc.equals(other.doc) && start < other.end && other.start < end;
    }

    boolean sameSpan(Timex other) {
      return doc.equals(other.doc) && start == other.start && end == other.end;
    }
  }

  /** A relaxed match. */
  record Pair(Timex gold, Timex system) {}

  /** The counts and the errors behind them. */
  record Score(int gold, int system, int relaxed, int strict, int typeCorrect, int valueCorrect,
      List<Timex> missed, List<Timex> spurious, List<Pair> wrong) {

    double relaxedPrecision() {
      return ratio(relaxed, system);
    }

    double relaxedRecall() {
      return ratio(relaxed, gold);
    }

    double strictPrecision() {
      return ratio(strict, system);
    }

    double strictRecall() {
      return ratio(strict, gold);
    }

    double typeAccuracy() {
      return ratio(typeCorrect, relaxed);
    }

    double valuePrecision() {
      return ratio(valueCorrect, system);
    }

    double valueRecall() {
      return ratio(valueCorrect, gold);
    }

    double valueF1() {
      return f1(valuePrecision(), valueRecall());
    }

    String summary() {
      return String.format(Locale.ROOT,
          "gold %d, system %d%n"
              + "span relaxed  P %.3f  R %.3f  F1 %.3f%n"
              + "span strict   P %.3f  R %.3f  F1 %.3f%n"
              + "type accuracy %.3f (%d of %d matches)%n"
              + "value         P %.3f  R %.3f  F1 %.3f%n",
          gold, system,
          relaxedPrecision(), relaxedRecall(), f1(relaxedPrecision(), relaxedRecall()),
          strictPrecision(), strictRecall(), f1(strictPrecision(), strictRecall()),
          typeAccuracy(), typeCorrect, relaxed,
          valuePrecision(), valueRecall(), valueF1());
    }
  }

  static double f1(double p, double r) {
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  private static double ratio(int a, int b) {
    return b == 0 ? 0 : (double) a / b;
  }

  /** Scores {@code system} against {@code gold}; both may hold several documents. */
  Score score(List<Timex> gold, List<Timex> system) {
    Map<String, List<Timex>> goldByDoc = byDoc(gold);
    Map<String, List<Timex>> systemByDoc = byDoc(system);
    List<Pair> pairs = new ArrayList<>();
    List<Timex> missed = new ArrayList<>();
    List<Timex> spurious = new ArrayList<>();
    for (Map.Entry<String, List<Timex>> doc : goldByDoc.entrySet()) {
      List<Timex> candidates = new ArrayList<>(systemByDoc.getOrDefault(doc.getKey(), List.of()));
      for (Timex g : doc.getValue()) {
        Timex best = null;
        for (Timex s : candidates) {
          if (g.overlaps(s) && (best == null || s.sameSpan(g))) {
            best = s;
          }
        }
        if (best == null) {
          missed.add(g);
        } else {
          candidates.remove(best);
          pairs.add(new Pair(g, best));
        }
      }
      spurious.addAll(candidates);
    }
    for (Map.Entry<String, List<Timex>> doc : systemByDoc.entrySet()) {
      if (!goldByDoc.containsKey(doc.getKey())) {
        spurious.addAll(doc.getValue());
      }
    }
    int strict = (int) pairs.stream().filter(p -> p.gold().sameSpan(p.system())).count();
    int types = (int) pairs.stream().filter(p -> p.gold().type().equals(p.system().type())).count();
    int values = (int) pairs.stream().filter(p -> p.gold().value().equals(p.system().value())).count();
    List<Pair> wrong = pairs.stream().filter(p -> !p.gold().value().equals(p.system().value()) || !p.gold().type().equals(p.system().type())).toList();
    return new Score(gold.size(), system.size(), pairs.size(), strict, types, values, missed, spurious, wrong);
  }

  private static Map<String, List<Timex>> byDoc(List<Timex> timexes) {
    Map<String, List<Timex>> map = new LinkedHashMap<>();
    for (Timex t : timexes) {
      map.computeIfAbsent(t.doc(), d -> new ArrayList<>()).add(t);
    }
    map.values().forEach(list -> list.sort(Comparator.comparingInt(Timex::start)));
    return map;
  }
}
