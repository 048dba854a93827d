package org.dateline.model;

/** How an article presents an {@link Event}. */
public enum EventMode {
  /** Told as fact, in the article's own voice. */
  ASSERTED,
  /** An intention, promise or threat ("will continue to assist", "threatened to strike"). */
  INTENDED,
  /** A claim an actor makes in quoted or reported speech, coded as that actor's statement. */
  REPORTED,
  /** Mentioned in passing as past context ("who was killed in a US airstrike"). */
  BACKGROUND
}
