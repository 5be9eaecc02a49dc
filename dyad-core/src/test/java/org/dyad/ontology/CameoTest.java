package org.dyad.ontology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CameoTest {
    private final Cameo cameo = Cameo.load();

    @Test
    void signFormalAgreementIsSupport() {
        CameoCode c = cameo.require("057");
        assertThat(c.goldstein()).isEqualTo(8.0);
        assertThat(c.quadClass()).isEqualTo(1);
        assertThat(c.ploverType()).contains("SUPPORT");
        assertThat(c.root()).isEqualTo("05");
        assertThat(c.base()).isEqualTo("057");
    }

    @Test
    void makeAVisitIsConsultVisit() {
        CameoCode c = cameo.require("042");
        assertThat(c.ploverType()).contains("CONSULT");
        assertThat(c.ploverMode()).contains("visit");
    }

    @Test
    void conventionalForceIsMaterialConflictAssault() {
        CameoCode c = cameo.require("190");
        assertThat(c.quadClass()).isEqualTo(4);
        assertThat(c.ploverType()).contains("ASSAULT");
        assertThat(c.goldstein()).isEqualTo(-10.0);
    }

    @Test
    void droppedCodesHaveNoPloverTypeAndSplitRootKeepsFirst() {
        assertThat(cameo.require("010").ploverType()).isEmpty();
        assertThat(cameo.require("08").ploverType()).contains("CONCEDE");
        assertThat(cameo.require("0841").ploverType()).contains("RETREAT");
    }

    @Test
    void allCodesIncludingRoots() {
        assertThat(cameo.all()).hasSize(312);
        assertThat(cameo.all()).extracting(CameoCode::code).contains("01", "20", "0874", "2042").doesNotHaveDuplicates();
        assertThat(cameo.all()).allSatisfy(c -> {
            assertThat(c.root()).isEqualTo(c.code().substring(0, 2));
            assertThat(c.code()).startsWith(c.base());
        });
    }

    @Test
    void unknownCode() {
        assertThat(cameo.find("999")).isEmpty();
        assertThat(cameo.find(null)).isEmpty();
        assertThatThrownBy(() -> cameo.require("999"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("999");
    }

    @Test
    void ploverTypes() {
        assertThat(cameo.ploverTypes()).hasSize(16).startsWith("AGREE", "CONSULT").endsWith("ASSAULT");
        assertThat(cameo.all()).allSatisfy(c -> c.ploverType().ifPresent(t -> assertThat(cameo.ploverTypes()).contains(t)));
    }

    @Test
    void loadedOnce() {
        assertThat(Cameo.load()).isSameAs(cameo);
    }
}
