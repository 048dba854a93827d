package org.dateline.bench.timex;

import de.unihd.dbs.heideltime.standalone.Config;
import java.util.Properties;

/**
 * HeidelTime's configuration, set in code instead of the {@code config.props} file its standalone
 * reads: its jar ships the rules and the type system but no configuration, and once {@link Config}
 * holds properties HeidelTime reads no file. The values are those of HeidelTime's own
 * {@code conf/config.props} template for dates, times, durations and sets, without temponyms
 * (which TempEval does not mark) and without external tools (TreeTagger and the others), which
 * none of the runs here use.
 */
final class HeidelTimeSettings {

  /** Where HeidelTime's jar keeps its UIMA type system, a class path resource. */
  static final String TYPE_SYSTEM = "desc/type/HeidelTime_TypeSystem.xml";

  private HeidelTimeSettings() {}

  /** Hands the configuration to HeidelTime; call before creating a HeidelTime annotator or standalone. */
  static void apply() {
    Properties p = new Properties();
    p.setProperty(Config.CONSIDER_DATE, "true");
    p.setProperty(Config.CONSIDER_DURATION, "true");
    p.setProperty(Config.CONSIDER_SET, "true");
    p.setProperty(Config.CONSIDER_TIME, "true");
    p.setProperty(Config.CONSIDER_TEMPONYM, "false");
    p.setProperty(Config.TYPESYSTEMHOME, TYPE_SYSTEM);
    // the names under which HeidelTime's UIMA context passes the settings above to its annotator
    p.setProperty(Config.UIMAVAR_DATE, "Date");
    p.setProperty(Config.UIMAVAR_DURATION, "Duration");
    p.setProperty(Config.UIMAVAR_LANGUAGE, "Language");
    p.setProperty(Config.UIMAVAR_SET, "Set");
    p.setProperty(Config.UIMAVAR_TIME, "Time");
    p.setProperty(Config.UIMAVAR_TEMPONYM, "Temponym");
    p.setProperty(Config.UIMAVAR_TYPETOPROCESS, "Type");
    Config.setProps(p);
  }
}
