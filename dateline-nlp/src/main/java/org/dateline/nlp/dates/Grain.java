package org.dateline.nlp.dates;

/** How large a calendar period a value names, from a day up to a century. Ordered finest first. */
enum Grain {
  DAY("XXXX-XX-XX"),
  WEEKEND("XXXX-WXX-WE"),
  WEEK("XXXX-WXX"),
  MONTH("XXXX-XX"),
  SEASON("XXXX-XX"),
  QUARTER("XXXX-QX"),
  HALF("XXXX-HX"),
  YEAR("XXXX"),
  DECADE("XXXX"),
  CENTURY("XXXX");

  private final String unknown;

  Grain(String unknown) {
    this.unknown = unknown;
  }

  /** The TIMEX3 value of a period of this size whose place in time is unknown. */
  String unknown() {
    return unknown;
  }

  boolean finerThan(Grain other) {
    return compareTo(other) < 0;
  }
}
