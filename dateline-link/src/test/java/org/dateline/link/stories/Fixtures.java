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
}
