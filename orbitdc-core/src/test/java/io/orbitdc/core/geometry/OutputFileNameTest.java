package io.orbitdc.core.geometry;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Regression check: satellite ids that sanitise alike still get distinct OEM file names. */
class OutputFileNameTest {

    @Test
    void idsThatSanitiseAlikeGetDistinctNames() {
        Set<String> taken = new HashSet<>();
        List<String> names = List.of("A/B", "A_B", "a_b", "A-2", "..", "").stream()
                .map(id -> GeometryOutputs.uniqueFileName(id, taken)).toList();
        assertThat(names).containsExactly("A_B", "A_B-2", "a_b-3", "A-2", "_..", "_");
        assertThat(names).doesNotHaveDuplicates();
    }
}
