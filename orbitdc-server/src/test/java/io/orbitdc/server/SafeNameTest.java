package io.orbitdc.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Names from a URL or a body that become file names: every way out of a folder is refused. */
class SafeNameTest {

    @Test
    void ordinaryNamesPass() {
        for (String ok : List.of("000001", "suncatcher-like", "my_design.v2", "A")) {
            assertThat(SafeName.require("name", ok)).isEqualTo(ok);
        }
    }

    @Test
    void traversalHiddenAbsoluteAndOddNamesAreRefused() {
        for (String bad : List.of("", "..", "../x", "a/../b", "a/b", "/etc/passwd", "\\\\server\\share", "C:", ".hidden",
                "-rf", "a..b", "a\u0000b", "a\nb", "é", "x".repeat(65))) {
            assertThatThrownBy(() -> SafeName.require("name", bad)).as(bad).isInstanceOf(ApiException.class)
                    .hasMessageContaining("expected 1 to 64 letters");
        }
        assertThatThrownBy(() -> SafeName.require("name", null)).isInstanceOf(ApiException.class);
    }

    @Test
    void messagesShowAtMost64PrintableCharacters() {
        assertThat(SafeName.printable("a\u0007b")).isEqualTo("a?b");
        assertThat(SafeName.printable("y".repeat(100))).hasSize(65).endsWith("…");
    }
}
