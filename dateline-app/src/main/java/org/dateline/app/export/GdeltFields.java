package org.dateline.app.export;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.dateline.model.Actor;
import org.dateline.model.ActorType;
import org.dateline.model.Article;

/**
 * The 61 fields of one GDELT 2.0 event record, in {@link GdeltEventWriter#COLUMNS} order. A field
 * Dateline has no data for is empty:
 *
 * <ul>
 *   <li>GLOBALEVENTID: the first 63 bits of the SHA-256 of the event id, so the same event keeps
 *       its number across exports.
 *   <li>SQLDATE, MonthYear, Year, FractionDate: from the event's TIMEX date, as far as it goes
 *       ({@link GdeltDate}).
 *   <li>ActorNCode and ActorNCountryCode: the three-letter code of the actor's country (the actor
 *       itself if it is a country); the code is the country part of a CAMEO actor code, so a full
 *       code is never more than that. ActorNName: the actor's canonical name. The known group,
 *       ethnic, religion and type codes stay empty.
 *   <li>IsRootEvent: 1 if the event's sentence is in the article's lead paragraph (before the
 *       first line break), else 0.
 *   <li>EventCode, EventBaseCode, EventRootCode, GoldsteinScale: from the codebook entry.
 *       QuadClass: 1 verbal cooperation (roots 01-05), 2 material cooperation (06-09), 3 verbal
 *       conflict (10-14), 4 material conflict (15-20).
 *   <li>NumMentions, NumSources, NumArticles: 1, the one article read. AvgTone: empty.
 *   <li>Actor1Geo and Actor2Geo: empty. ActionGeo: the event's place, Type 1 if it is a
 *       country (else empty: a city and a region are not told apart) and FullName its name. GDELT
 *       geo country codes are FIPS 10-4, which Dateline does not keep: they stay empty, as do
 *       ADM codes, coordinates and feature ids.
 *   <li>DATEADDED: when the event was added, {@code YYYYMMDDHHMMSS} in UTC. SOURCEURL: the
 *       article's URL, else its id.
 * </ul>
 *
 * Tabs and line breaks inside a value become spaces: a field never splits a record.
 */
final class GdeltFields {

  private static final DateTimeFormatter DATE_ADDED =
      DateTimeFormatter.ofPattern("yyyyMMddHHmmss", Locale.ROOT).withZone(ZoneOffset.UTC);

  private GdeltFields() {}

  static List<String> of(GdeltRow row, Instant dateAdded, CountryCodes countries) {
    List<String> fields = new ArrayList<>(GdeltEventWriter.COLUMNS.size());
    fields.add(Long.toString(globalEventId(row.event().id())));
    GdeltDate date = GdeltDate.of(row.event().date());
    fields.addAll(List.of(date.sqlDate(), date.monthYear(), date.year(), date.fractionDate()));
    addActor(fields, row.actor1(), countries);
    addActor(fields, row.actor2(), countries);
    fields.add(isRootEvent(row.article(), row.event().sentence().start()) ? "1" : "0");
    fields.add(row.code().code());
    fields.add(row.code().base());
    fields.add(row.code().root());
    fields.add(Integer.toString(quadClass(row.code().root())));
    fields.add(String.format(Locale.ROOT, "%.1f", row.code().goldstein()));
    fields.addAll(List.of(String.valueOf(row.mentions()), String.valueOf(row.sources()),
        String.valueOf(row.articles()), ""));
    addGeo(fields, Optional.empty());
    addGeo(fields, Optional.empty());
    addGeo(fields, row.location());
    fields.add(DATE_ADDED.format(dateAdded));
    fields.add(row.article().url().orElse(row.article().id()));
    return fields.stream().map(GdeltFields::clean).toList();
  }

  /** A positive 63-bit number for an event id, the same for the same id. */
  static long globalEventId(String eventId) {
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(eventId.getBytes(StandardCharsets.UTF_8));
      long value = 0;
      for (int i = 0; i < Long.BYTES; i++) {
        value = (value << 8) | (hash[i] & 0xff);
      }
      return value & Long.MAX_VALUE;
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }

  /** GDELT's QuadClass of a CAMEO root class. */
  static int quadClass(String root) {
    int value = Integer.parseInt(root);
    if (value < 1 || value > 20) {
      throw new IllegalArgumentException("not a CAMEO root class: " + root);
    }
    return value <= 5 ? 1 : value <= 9 ? 2 : value <= 14 ? 3 : 4;
  }

  private static boolean isRootEvent(Article article, int sentenceStart) {
    String text = article.text();
    int lead = 0;
    while (lead < text.length() && Character.isWhitespace(text.charAt(lead))) {
      lead++;
    }
    int end = text.indexOf('\n', lead);
    return end < 0 || sentenceStart < end;
  }

  private static void addActor(List<String> fields, Optional<Actor> actor, CountryCodes countries) {
    Optional<String> country = actor.flatMap(a -> countryId(a)).flatMap(countries::code);
    fields.add(country.orElse(""));
    fields.add(actor.map(Actor::name).orElse(""));
    fields.add(country.orElse(""));
    fields.addAll(Collections.nCopies(7, ""));
  }

  private static Optional<String> countryId(Actor actor) {
    return actor.type() == ActorType.COUNTRY ? Optional.of(actor.id()) : actor.country();
  }

  private static void addGeo(List<String> fields, Optional<Actor> place) {
    fields.add(place.filter(p -> p.type() == ActorType.COUNTRY).map(p -> "1").orElse(""));
    fields.add(place.map(Actor::name).orElse(""));
    fields.addAll(Collections.nCopies(6, ""));
  }

  private static String clean(String value) {
    return value.replaceAll("[\\t\\n\\x0B\\f\\r\\u0085\\u2028\\u2029]+", " ");
  }
}
