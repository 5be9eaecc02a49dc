package org.dyad.merge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.dyad.actor.Actor;
import org.dyad.event.Event;
import org.dyad.event.Evidence;
import org.dyad.event.Modality;
import org.dyad.ontology.Cameo;
import org.junit.jupiter.api.Test;

class EventKeyTest {
    private static final LocalDate DAY = LocalDate.of(2022, 1, 25);

    /** "SRC did CODE to TGT" in sentence 0 of article d, on {@code date} (empty: undated). */
    static Event mention(Optional<LocalDate> date, String source, String target, String code, Modality modality) {
        Evidence ev = new Evidence(source + " did it.", 0, 12, "did", 4, 7);
        return new Event("d-0-" + code, "d", 0, date, date.isPresent() ? "day" : "none",
                new Actor(source, source.substring(0, 3), List.of(), source, ""),
                Optional.ofNullable(target).map(t -> new Actor(t, t.substring(0, 3), List.of(), t, "")),
                Cameo.load().require(code), false, modality, Optional.empty(), ev, "test rule");
    }

    @Test
    void theIdIsAStablePositiveHashOfTheKey() {
        EventKey k = new EventKey(DAY, "day", "AZEGOVMIL", "IRNGOVMIL", "057");
        assertThat(k.text()).isEqualTo("2022-01-25|day|AZEGOVMIL|IRNGOVMIL|057");
        assertThat(k.id()).isPositive().isEqualTo(new EventKey(DAY, "day", "AZEGOVMIL", "IRNGOVMIL", "057").id());
    }

    @Test
    void eachPartOfTheKeyMatters() {
        long id = new EventKey(DAY, "day", "AZE", "IRN", "057").id();
        assertThat(new EventKey(DAY.plusDays(1), "day", "AZE", "IRN", "057").id()).isNotEqualTo(id);
        assertThat(new EventKey(DAY, "month", "AZE", "IRN", "057").id()).isNotEqualTo(id);
        assertThat(new EventKey(DAY, "day", "IRN", "AZE", "057").id()).isNotEqualTo(id);
        assertThat(new EventKey(DAY, "day", "AZE", "", "057").id()).isNotEqualTo(id);
        assertThat(new EventKey(DAY, "day", "AZE", "IRN", "051").id()).isNotEqualTo(id);
    }

    @Test
    void aMentionsKeyUsesItsBaseCode() {
        assertThat(EventKey.of(mention(Optional.of(DAY), "RUS", "UKR", "0311", Modality.ASSERTED)).base())
                .isEqualTo("031");
        assertThat(EventKey.of(mention(Optional.of(DAY), "RUS", null, "010", Modality.ASSERTED)).target()).isEmpty();
    }

    @Test
    void onlyAssertedMentionsBelongToAnEvent() {
        Event asserted = mention(Optional.of(DAY), "RUS", "UKR", "190", Modality.ASSERTED);
        assertThat(EventKey.eventId(asserted)).contains(EventKey.of(asserted).id());
        assertThat(EventKey.eventId(mention(Optional.of(DAY), "RUS", "UKR", "190", Modality.ASSERTED.withNegated())))
                .isEmpty();
        assertThat(EventKey.eventId(mention(Optional.of(DAY), "RUS", "UKR", "190",
                Modality.ASSERTED.withHypothetical()))).isEmpty();
        assertThat(EventKey.eventId(mention(Optional.empty(), "RUS", "UKR", "190", Modality.ASSERTED.withNegated())))
                .isEmpty();
    }

    @Test
    void anUndatedMentionIsKeyedByItsArticle() {
        Event undated = mention(Optional.empty(), "RUS", "UKR", "190", Modality.ASSERTED);
        EventKey k = EventKey.of(undated);
        assertThat(k.text()).isEqualTo("undated:d|none|RUS|UKR|190");
        assertThat(EventKey.eventId(undated)).contains(k.id());
        assertThat(k.id()).isNotEqualTo(new EventKey(Optional.empty(), "none", "RUS", "UKR", "190", "e").id());
        assertThatThrownBy(() -> new EventKey(Optional.of(DAY), "day", "RUS", "UKR", "190", "d"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new EventKey(Optional.empty(), "none", "RUS", "UKR", "190", ""))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
