package io.orbitdc.cli;

import picocli.CommandLine;

/** The version printed by {@code orbitdc --version}, from the jar manifest when there is one. */
final class VersionProvider implements CommandLine.IVersionProvider {
    /** This build's version: the jar manifest's, or the development version when run from classes. */
    static String version() {
        String v = OrbitdcCommand.class.getPackage().getImplementationVersion();
        return v == null ? "0.1.0-SNAPSHOT" : v;
    }

    @Override
    public String[] getVersion() {
        return new String[] {"orbitdc " + version(),
            "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")"};
    }
}
