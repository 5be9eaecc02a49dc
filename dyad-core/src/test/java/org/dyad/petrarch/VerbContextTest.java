package org.dyad.petrarch;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@link VerbContext}: what one verb's coding depends on, decided once per verb. */
class VerbContextTest {
    private static final CodingOptions NO_DYAD = CodingOptions.defaults().with("require_dyad", "false");

    @Test
    void petrarch2WithoutRequireDyadAllowsDomesticEvents() {
        assertThat(VerbContext.forBlock(true, NO_DYAD)).isEqualTo(new VerbContext(true, true, true));
    }

    @Test
    void requireDyadOrTabariSyntaxAllowNone() {
        assertThat(VerbContext.forBlock(true, CodingOptions.defaults()).allowDomestic()).isFalse();
        assertThat(VerbContext.forBlock(false, NO_DYAD).allowDomestic()).isFalse();
        assertThat(VerbContext.forBlock(false, NO_DYAD).petrarch2()).isFalse();
    }

    @Test
    void reportingIsSetOnceTheCodeIsKnownAndLeavesTheRestAlone() {
        VerbContext before = VerbContext.forBlock(true, NO_DYAD);
        VerbContext after = before.withReporting(false);
        assertThat(after).isEqualTo(new VerbContext(true, false, true));
        assertThat(before.reporting()).isTrue();
    }
}
