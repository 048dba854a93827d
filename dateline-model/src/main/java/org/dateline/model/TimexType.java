package org.dateline.model;

/** TimeML's TIMEX3 types. */
public enum TimexType {
  /** A calendar date or period: "Thursday", "May 2021", "last year". */
  DATE,
  /** A time of day, possibly with its date: "10:35 a.m.", "Saturday night". */
  TIME,
  /** A length of time: "three days" ({@code P3D}). */
  DURATION,
  /** A recurrence: "every week" ({@code P1W} with a frequency). */
  SET
}
