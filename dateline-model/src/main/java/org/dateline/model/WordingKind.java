package org.dateline.model;

/** What kind of {@link Wording} an article uses for an actor. */
public enum WordingKind {
  /** One of the actor's names ("Israel", "Tel Aviv", "Qa'ani"). */
  NAME,
  /** A name that describes rather than names ("the occupying regime", "the Israeli occupation"). */
  EPITHET,
  /** Words attached to a name ("militant group Hamas", "Soleimani, Iran's legendary commander"). */
  DESCRIPTION,
  /** Words the outlet puts in quotation marks without quoting anyone (Israeli "crimes"). */
  SCARE_QUOTE,
  /** Words of a loaded-language list in the outlet's own voice ("slammed", "so-called", "regime"). */
  LOADED
}
