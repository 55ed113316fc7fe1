package io.orbitdc.core.geometry;

import java.util.Locale;

/**
 * The one place satellite ids are made. Every output names a satellite by this id: the event
 * tables' {@code satellite} column, the CZML packet id, the OEM's OBJECT_NAME/OBJECT_ID (and its
 * file name, made safe by {@link GeometryOutputs#uniqueFileName}), the {@code id} column of the
 * results database's {@code satellites} table, which maps the database's satellite index to it.
 */
public final class SatelliteNames {

    private SatelliteNames() {
    }

    /** The name of the scenario's shell {@code index} (from 0): {@code shell-1}, {@code shell-2}, ... */
    public static String shell(int index) {
        return "shell-" + (index + 1);
    }

    /** A Walker (or ring) member: {@code SHELL-PP-SSS}, plane and slot from 0. */
    public static String walker(String shell, int plane, int slot) {
        return String.format(Locale.ROOT, "%s-%02d-%03d", shell, plane, slot);
    }

    /** A formation member by its lattice coordinates: {@code SHELL-I_J}. */
    public static String lattice(String shell, int i, int j) {
        return shell + "-" + i + "_" + j;
    }

    /** The only satellite of a single-satellite shell: {@code SHELL-1}. */
    public static String single(String shell) {
        return shell + "-1";
    }
}
