package io.orbitdc.cli;

import picocli.CommandLine;

/** The version printed by {@code orbitdc --version}, from the jar manifest when there is one. */
final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        String v = OrbitdcCommand.class.getPackage().getImplementationVersion();
        return new String[] {"orbitdc " + (v == null ? "0.1.0-SNAPSHOT" : v),
            "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")"};
    }
}
