package org.dateline.link.stories;

import java.time.LocalDate;
import java.util.ArrayList;
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

  /**
   * Reports of two arrests of players of one club: the arrest, one detail of it and three
   * sentences about the club, picked in turn, so that no two reports copy each other; undated,
   * as web copy arrives.
   */
  private static String arrest(boolean first, int variant) {
    String player = first ? "striker Ilsa Brandt" : "goalkeeper Tomas Reiter";
    String name = first ? "Brandt" : "Reiter";
    String town = first ? "Marlowe" : "Santerra";
    String car = first ? "Voss sedan" : "Kestrel pickup";
    String figure = first ? "0.14" : "0.19";
    String lawyer = first ? "Carla Ibsen" : "Anja Kolbe";
    String judge = first ? "Pell" : "Okafor";
    String[] sentences = {
        "Police in " + town + " arrested Harbor Kings " + player + " on drunk driving charges.",
        "Officers stopped the " + car + " driven by " + name + " near the " + town + " stadium.",
        "A breath test showed a blood alcohol level of " + figure + ", above the legal limit.",
        name + " was released on bail overnight, according to " + town + " county records.",
        "Attorney " + lawyer + " said " + name + " would plead not guilty at the hearing.",
        "Harbor Kings fans said they were disappointed in " + name + ".",
        "Judge " + judge + " set a court date for next month in " + town + ".",
        "Supporters in " + town + " reacted with dismay to the arrest of " + name + ".",
    };
    String[] club = {
        "The Harbor Kings are third in the league after a run of wins.",
        "Coach Mirela Stanton declined to comment before training on Wednesday.",
        "The club has a strict code of conduct for its players.",
        "Team officials met league representatives about the case.",
        "It is the second arrest of a Harbor Kings player this season.",
        "The Harbor Kings play the Northport Rovers at home on Saturday.",
        "League rules allow a suspension of up to six matches.",
        "Fans gathered outside the training ground in the morning.",
        "The club captain urged teammates to stay focused on football.",
        "Sponsors of the Harbor Kings asked the club for an explanation.",
    };
    StringBuilder text = new StringBuilder();
    text.append(sentences[0]).append(' ');
    text.append(sentences[1 + variant % 7]).append(' ');
    for (int i = 0; i < 3; i++) {
      text.append(club[(variant + i * 3) % club.length]).append(' ');
    }
    return text.toString().strip();
  }

  /**
   * Reports of two similar events arriving in turn, {@code perEvent} of each: what corrections
   * and splits are for.
   */
  static List<ArticleFeatures> interleavedArrests(int perEvent) {
    List<ArticleFeatures> articles = new ArrayList<>();
    for (int i = 0; i < perEvent; i++) {
      articles.add(undated("brandt-" + i, arrest(true, i)));
      articles.add(undated("reiter-" + i, arrest(false, i + 1)));
    }
    return articles;
  }

  /** A short brief that arrives first and names little: nothing is there for it to join. */
  static final String BRIEF = "Water is rising in Marlowe. Mayor Ilsa Brandt asked "
      + "families near the Brenn to leave. More soon.";

  /** Full reports of the flood the {@link #BRIEF} announced, each worded its own way. */
  static List<ArticleFeatures> briefedReports() {
    String[] openings = {
        "The Brenn river burst its banks in Marlowe overnight and flooded the town.",
        "Floodwater from the Brenn filled the streets of Marlowe on Tuesday.",
        "Marlowe woke to flooded streets after the Brenn broke through its banks.",
        "Hundreds of families left their homes in Marlowe as the Brenn flooded the town.",
        "The flooded Brenn cut Marlowe in two, residents said.",
        "Rescue boats crossed flooded Marlowe after the Brenn rose in the night.",
    };
    String[] mayors = {
        "Mayor Ilsa Brandt said the water reached six metres.",
        "The water stood six metres high, according to Mayor Ilsa Brandt.",
        "Ilsa Brandt, the mayor, called it the worst flood since records began.",
    };
    String[] details = {
        "Pumps sent from Kettering worked through the night.",
        "The school gym opened as a shelter for two hundred families.",
        "Volunteers filled sandbags outside the town hall until dawn.",
        "The railway line to Kettering was closed after the embankment gave way.",
        "Farmers lost cattle in the fields east of the town.",
        "Insurers sent assessors to the old quarter on the river bank.",
    };
    List<ArticleFeatures> reports = new ArrayList<>();
    for (int i = 0; i < openings.length; i++) {
      reports.add(undated("rising-" + i, openings[i] + " " + mayors[(i + 2) % mayors.length] + " " + details[i] + " "
          + details[(i + 2) % details.length] + " " + details[(i + 4) % details.length]));
    }
    return reports;
  }
}
