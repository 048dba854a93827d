package org.dateline.ingest.clean;

import java.util.ArrayList;
import java.util.List;

/**
 * Removes what trails an article's last paragraph: closing credit lines such as "(PC, AJA)", and
 * related-article headlines standing just above a site marker ("Back to top button"). Works
 * upwards from the end and stops at the first line that is body text.
 */
final class TrailerScanner {

  private TrailerScanner() {}

  /** Removes the trailer from {@code lines}; returns the credits it held, in document order. */
  static List<String> strip(MarkedLines lines) {
    List<String> credits = new ArrayList<>();
    boolean markerBelow = false;
    for (int i = lines.size() - 1; i >= 0; i--) {
      String line = lines.line(i);
      MarkedLines.Removal mark = lines.mark(i);
      if (line.isEmpty()) {
        continue;
      }
      if (mark != MarkedLines.Removal.KEPT) {
        markerBelow = mark == MarkedLines.Removal.SITE_MARKER;
        continue;
      }
      var lineCredits = Credits.ofCreditLine(line);
      if (lineCredits.isPresent()) {
        lines.remove(i, MarkedLines.Removal.OTHER);
        credits.addAll(0, lineCredits.get());
        markerBelow = false;
      } else if (markerBelow && LineShape.isHeadlineLike(line)) {
        lines.remove(i, MarkedLines.Removal.SITE_MARKER);
      } else {
        break;
      }
    }
    return credits;
  }
}
