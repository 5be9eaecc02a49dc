package org.dyad.ontology;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CodeRewritesTest {
    private static final CodeRewrites R = CodeRewrites.load();

    @Test
    void cooperationMapsToIntentToCooperate() {
        assertThat(R.intent("042")).hasValue("036");
        assertThat(R.intent("057")).hasValue("032");
        assertThat(R.intent("062")).hasValue("0312");
        assertThat(R.intent("073")).hasValue("0333");
        assertThat(R.intent("0874")).hasValue("0356");
    }

    @Test
    void conflictMapsToThreats() {
        assertThat(R.intent("163")).hasValue("1312");
        assertThat(R.intent("1723")).hasValue("1323");
        assertThat(R.intent("173")).hasValue("137");
        assertThat(R.intent("191")).hasValue("1381");
        assertThat(R.intent("193")).hasValue("1384");
        assertThat(R.intent("204")).hasValue("1383");
    }

    @Test
    void statementsDemandsAndCriticismKeepTheirCodes() {
        assertThat(R.intent("010")).isEmpty();
        assertThat(R.intent("100")).isEmpty();
        assertThat(R.intent("112")).isEmpty();
        assertThat(R.intent("120")).isEmpty();
        assertThat(R.intent("130")).isEmpty();
    }

    @Test
    void negatedCooperationMapsToRefusal() {
        assertThat(R.refusal("042")).hasValue("125");
        assertThat(R.refusal("057")).hasValue("127");
        assertThat(R.refusal("0813")).hasValue("1241");
        assertThat(R.refusal("0333")).hasValue("122");
        assertThat(R.refusal("190")).isEmpty();
        assertThat(R.refusal("010")).isEmpty();
    }

    @Test
    void appealsAskForWhatTheComplementDoes() {
        assertThat(R.appeal("0841")).hasValue("0253");
        assertThat(R.appeal("057")).hasValue("027");
        assertThat(R.appeal("0831")).hasValue("0241");
        assertThat(R.appeal("163")).hasValue("113");
        assertThat(R.appeal("010")).isEmpty();
        assertThat(R.appeal("05")).as("a root is not specific enough").isEmpty();
    }

    @Test
    void demandsDemandWhatTheComplementDoes() {
        assertThat(R.demand("0874")).hasValue("106");
        assertThat(R.demand("0871")).hasValue("107");
        assertThat(R.demand("0872")).hasValue("1056");
        assertThat(R.demand("042")).hasValue("108");
        assertThat(R.demand("190")).as("anything else is the plain demand").hasValue("100");
        assertThat(R.demand("8000x")).as("not a CAMEO code").isEmpty();
    }

    @Test
    void everyRewriteIsACameoCode() {
        Cameo cameo = Cameo.load();
        for (CameoCode c : cameo.all()) {
            for (CodeRewrites.Table t : CodeRewrites.Table.values()) {
                R.rewrite(t, c.code()).ifPresent(to -> assertThat(cameo.find(to)).as(t + " " + c.code()).isPresent());
            }
        }
    }
}
