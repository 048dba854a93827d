package org.dateline.model;

/** What kind of actor a name denotes. */
public enum ActorType {
  /** A named person. */
  PERSON,
  /** A named organization: a government body, armed group, party, company, agency. */
  ORGANIZATION,
  /** A sovereign state (its capital standing for its government links here too). */
  COUNTRY,
  /** A place that is not a country: a city, region, territory. */
  LOCATION,
  /** A collective actor without one organization: "Palestinians", "the resistance front". */
  GROUP
}
