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

    @Test
    void negatedCooperationMapsToRefusal() {
        assertThat(IntentRecoder.refusalCode("042")).hasValue("125");
        assertThat(IntentRecoder.refusalCode("057")).hasValue("127");
        assertThat(IntentRecoder.refusalCode("0813")).hasValue("1241");
        assertThat(IntentRecoder.refusalCode("0333")).hasValue("122");
        assertThat(IntentRecoder.refusalCode("190")).isEmpty();
        assertThat(IntentRecoder.refusalCode("010")).isEmpty();
    }
}
