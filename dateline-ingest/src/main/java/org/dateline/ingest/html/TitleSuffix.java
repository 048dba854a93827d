package org.dateline.ingest.html;

import java.util.List;
import java.util.Locale;

/**
 * Takes the site name off the end of a page title: "Dam talks stall again | The Valley Ledger"
 * becomes "Dam talks stall again" when the site is "The Valley Ledger". A suffix that is not the
 * site's name is part of the headline and stays.
 */
final class TitleSuffix {

  private static final List<String> SEPARATORS = List.of("|", "-", "–", "—", "·", "::", "•", "/");

  private TitleSuffix() {}

  static String strip(String title, String siteName) {
    String site = Whitespace.collapse(siteName).toLowerCase(Locale.ROOT);
    String clean = Whitespace.collapse(title);
    String lower = clean.toLowerCase(Locale.ROOT);
    if (site.isEmpty() || !lower.endsWith(site)) {
      return clean;
    }
    String before = clean.substring(0, clean.length() - site.length()).stripTrailing();
    for (String separator : SEPARATORS) {
      boolean spaced = before.endsWith(" " + separator);
      boolean tight = before.endsWith(separator) && !separator.equals("-"); // not "Jean-Site"
      if (spaced || tight) {
        String headline = before.substring(0, before.length() - separator.length()).strip();
        return headline.isEmpty() ? clean : headline;
      }
    }
    return clean;
  }
}
