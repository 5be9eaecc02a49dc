package org.dyad.event;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IntentRecoderTest {
    @Test
    void cooperationMapsToIntentToCooperate() {
        assertThat(IntentRecoder.intentCode("042")).hasValue("036");
        assertThat(IntentRecoder.intentCode("057")).hasValue("032");
        assertThat(IntentRecoder.intentCode("062")).hasValue("0312");
        assertThat(IntentRecoder.intentCode("073")).hasValue("0333");
        assertThat(IntentRecoder.intentCode("0874")).hasValue("0356");
    }

    @Test
    void conflictMapsToThreats() {
        assertThat(IntentRecoder.intentCode("163")).hasValue("1312");
        assertThat(IntentRecoder.intentCode("1723")).hasValue("1323");
        assertThat(IntentRecoder.intentCode("173")).hasValue("137");
        assertThat(IntentRecoder.intentCode("191")).hasValue("1381");
        assertThat(IntentRecoder.intentCode("193")).hasValue("1384");
        assertThat(IntentRecoder.intentCode("204")).hasValue("1383");
    }

    @Test
    void statementsDemandsAndCriticismKeepTheirCodes() {
        assertThat(IntentRecoder.intentCode("010")).isEmpty();
        assertThat(IntentRecoder.intentCode("100")).isEmpty();
        assertThat(IntentRecoder.intentCode("112")).isEmpty();
        assertThat(IntentRecoder.intentCode("120")).isEmpty();
        assertThat(IntentRecoder.intentCode("130")).isEmpty();
    }
}
