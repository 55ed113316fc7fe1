package io.orbitdc.core.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import io.orbitdc.core.scenario.schema.Suggestions;
import java.util.List;
import org.junit.jupiter.api.Test;

class SuggestionsTest {

    private static final List<String> FIELDS = List.of("altitude", "inclination", "ltan", "eccentricity", "raan");

    @Test
    void typosTranspositionsAndCaseFindTheField() {
        assertThat(Suggestions.closest("altitdue", FIELDS)).hasValue("altitude");
        assertThat(Suggestions.closest("inclinaton", FIELDS)).hasValue("inclination");
        assertThat(Suggestions.closest("LTAN", FIELDS)).hasValue("ltan");
    }

    @Test
    void aFragmentOfOneIdSuggestsIt() {
        assertThat(Suggestions.closest("h100", List.of("nvidia-h100-sxm", "nvidia-h200-sxm"))).hasValue("nvidia-h100-sxm");
    }

    @Test
    void unrelatedWordsGetNoSuggestion() {
        assertThat(Suggestions.closest("payload", FIELDS)).isEmpty();
        assertThat(Suggestions.closest("x".repeat(200), FIELDS)).isEmpty();
    }
}
