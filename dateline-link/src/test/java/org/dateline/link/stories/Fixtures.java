package org.dateline.link.stories;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Invented articles for clustering tests. */
final class Fixtures {

  private Fixtures() {}

  static ArticleFeatures article(String id, String day, String text, String... actors) {
    return new ArticleFeatures(id, Optional.empty(), text, Optional.of("Outlet " + id),
        Optional.of(LocalDate.parse(day)), Optional.empty(), List.of(actors), List.of());
  }

  /** An article with no date and no analysis, as a bare web page arrives. */
  static ArticleFeatures undated(String id, String text) {
    return new ArticleFeatures(id, Optional.empty(), text, Optional.empty(), Optional.empty(),
        Optional.empty(), List.of(), List.of());
  }

  static final String FLOOD_A = "Heavy rain flooded the river town of Marlowe on Tuesday, forcing "
      + "two hundred families from their homes. Mayor Ilsa Brandt opened the school gym as a "
      + "shelter and said pumps from Kettering would arrive overnight. The Brenn river crested "
      + "at six metres, the highest level since records began.";
  static final String FLOOD_B = "Families in Marlowe spent the night in the school gym after the "
      + "Brenn river burst its banks. Mayor Ilsa Brandt said the water reached six metres and "
      + "that pumps sent from Kettering were clearing the flooded streets of the town.";
  static final String QUAKE_NORTH = "A strong earthquake struck the mountain province of Valdoria "
      + "early on Monday, collapsing houses in the village of Orsk. Rescuers pulled survivors "
      + "from the rubble as governor Tomas Reiter asked for tents and blankets. The quake had a "
      + "magnitude of 6.1, the seismology institute said.";
  static final String QUAKE_SOUTH = "A strong earthquake shook the coastal region of Santerra on "
      + "Thursday, cracking the harbour wall at Pelmo and cutting power to the port. Rescuers "
      + "searched damaged apartment blocks while minister Carla Ibsen promised help. The quake "
      + "had a magnitude of 5.8, the seismology institute said.";
  /** The Valdoria quake again, told by another outlet in its own words. */
  static final String QUAKE_NORTH_AGAIN = "Houses collapsed in Orsk when a strong earthquake hit "
      + "the province of Valdoria on Monday morning. Governor Tomas Reiter appealed for tents and "
      + "blankets while rescuers searched the rubble. The seismology institute put the magnitude "
      + "at 6.1.";
  /** Another strong quake in the same province, days later: other towns, people and figures. */
  static final String QUAKE_NORTH_OTHER = "An earthquake of magnitude 4.7 shook Brask in Valdoria on "
      + "Friday. Mayor Anja Kolbe said two barns collapsed near Vell and that nobody was hurt; "
      + "engineers from Tarnow were checking the dam.";
}
