package org.dateline.app.commands;

import picocli.CommandLine;

/** Reports the version from the jar's manifest, or "development" when run from classes. */
final class VersionProvider implements CommandLine.IVersionProvider {

  @Override
  public String[] getVersion() {
    String version = DatelineCommand.class.getPackage().getImplementationVersion();
    return new String[] {"dateline " + (version == null ? "development" : version)};
  }
}
