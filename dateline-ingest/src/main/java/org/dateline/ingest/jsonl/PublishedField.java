package org.dateline.ingest.jsonl;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/**
 * Reads the {@code published} field: an ISO date ({@code 2024-07-11}) or an ISO date-time
 * ({@code 2024-07-11T09:30:00Z}, with or without offset or zone, a space allowed instead of the
 * 'T'), keeping the date as written, without converting time zones.
 */
final class PublishedField {

  private static final Pattern SPACE_BEFORE_TIME = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2}) (?=\\d)");

  private PublishedField() {}

  /** The date {@code value} states. */
  static LocalDate parse(String value) throws BadLineException {
    String s = value.strip();
    try {
      if (s.length() == 10) {
        return LocalDate.parse(s, DateTimeFormatter.ISO_LOCAL_DATE);
      }
      String iso = SPACE_BEFORE_TIME.matcher(s).replaceFirst("$1T");
      DateTimeFormatter format =
          iso.contains("T") ? DateTimeFormatter.ISO_DATE_TIME : DateTimeFormatter.ISO_DATE;
      return format.parse(iso, LocalDate::from);
    } catch (DateTimeParseException e) {
      throw new BadLineException("\"published\" is neither an ISO date (2024-07-11) nor an ISO "
          + "date-time: \"" + shorten(s) + "\"");
    }
  }

  private static String shorten(String s) {
    return s.length() > 40 ? s.substring(0, 40) + "…" : s;
  }
}
