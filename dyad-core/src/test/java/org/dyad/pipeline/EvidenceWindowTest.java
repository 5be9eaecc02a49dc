package org.dyad.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import org.dyad.event.Evidence;
import org.junit.jupiter.api.Test;

class EvidenceWindowTest {
    @Test
    void shortEvidenceIsLeftAlone() {
        Evidence ev = new Evidence("Iran praised Iraq.", 10, 28, "praised", 15, 22);
        assertThat(EvidenceWindow.cap(ev, 400)).isSameAs(ev);
    }

    @Test
    void longEvidenceIsCutToAWindowAroundTheTriggerThatIsStillASpanOfTheArticle() {
        String article = "Lead. " + "word ".repeat(2000) + "Iran praised Iraq " + "more ".repeat(2000) + "end.";
        int sentenceStart = 6;
        String sentence = article.substring(sentenceStart);
        int trigger = article.indexOf("praised");
        Evidence ev = new Evidence(sentence, sentenceStart, article.length(), "praised", trigger, trigger + 7);

        Evidence cut = EvidenceWindow.cap(ev, 400);
        assertThat(cut.text().length()).isLessThanOrEqualTo(400).isGreaterThan(380);
        assertThat(cut.text()).contains("Iran praised Iraq").doesNotStartWith(" ").doesNotEndWith(" ");
        assertThat(article.substring(cut.start(), cut.end())).isEqualTo(cut.text());
        assertThat(cut.triggerStart()).isEqualTo(trigger);
        int middle = (cut.start() + cut.end()) / 2;
        assertThat(Math.abs(middle - trigger)).isLessThan(20);
    }

    @Test
    void aTriggerNearTheEndGetsItsRoomOnTheLeft() {
        String sentence = "word ".repeat(300) + "signed.";
        int trigger = sentence.indexOf("signed");
        Evidence cut = EvidenceWindow.cap(new Evidence(sentence, 0, sentence.length(), "signed", trigger,
                trigger + 6), 100);
        assertThat(cut.text()).endsWith("signed.").hasSizeGreaterThan(90);
    }
}
