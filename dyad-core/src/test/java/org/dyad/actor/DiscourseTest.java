package org.dyad.actor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DiscourseTest {
    private static Entity person(String name, String country, String... sectors) {
        return new Entity(name, country, List.of(sectors), name, true);
    }

    private static Entity group(String country, String... sectors) {
        return new Entity(country + String.join("", sectors), country, List.of(sectors), "", false);
    }

    private static final Entity HASANOV = person("Zakir Hasanov", "AZE", "GOV", "MIL");
    private static final Entity BAGHERI = person("Mohammad Bagheri", "IRN", "MIL");

    @Test
    void laterSurnameMentionMergesWithTheFullName() {
        Discourse d = new Discourse();
        Entity full = d.rememberPerson(HASANOV);
        assertThat(full).isEqualTo(HASANOV);

        Entity merged = d.rememberPerson(person("Hasanov", ""));
        assertThat(merged.name()).isEqualTo("Zakir Hasanov");
        assertThat(merged.key()).isEqualTo("Zakir Hasanov");
        assertThat(merged.country()).isEqualTo("AZE");
        assertThat(merged.sectors()).containsExactlyInAnyOrder("GOV", "MIL");
        assertThat(merged.person()).isTrue();
        assertThat(d.lastPerson()).contains(merged);
        assertThat(d.findPerson("Zakir Hasanov")).contains(merged);
    }

    @Test
    void surnameMentionAddsWhatTheArticleLearns() {
        Discourse d = new Discourse();
        d.rememberPerson(person("Zakir Hasanov", ""));
        Entity merged = d.rememberPerson(person("Hasanov", "AZE", "MIL"));
        assertThat(merged.name()).isEqualTo("Zakir Hasanov");
        assertThat(merged.country()).isEqualTo("AZE");
        assertThat(merged.sectors()).containsExactly("MIL");
        assertThat(d.findPerson("Hasanov")).contains(merged);
    }

    @Test
    void aSurnameOfAnotherCountryDoesNotChangeTheKnownPerson() {
        Discourse d = new Discourse();
        d.rememberPerson(HASANOV);
        Entity other = d.rememberPerson(person("Hasanov", "IRN"));
        assertThat(other).isEqualTo(HASANOV);
        assertThat(d.findPerson("Hasanov")).contains(HASANOV);
    }

    @Test
    void findPersonByFullNameOrSurname() {
        Discourse d = new Discourse();
        d.rememberPerson(HASANOV);
        d.rememberPerson(BAGHERI);
        assertThat(d.findPerson("Hasanov")).contains(HASANOV);
        assertThat(d.findPerson("hasanov")).contains(HASANOV);
        assertThat(d.findPerson("Bagheri")).contains(BAGHERI);
        assertThat(d.findPerson("Mohammad Bagheri")).contains(BAGHERI);
        assertThat(d.findPerson("Zakir")).isEmpty();
        assertThat(d.findPerson("Aliyev")).isEmpty();
        assertThat(d.findPerson("  ")).isEmpty();
    }

    @Test
    void findPersonByRole() {
        Discourse d = new Discourse();
        d.rememberPerson(HASANOV);
        d.rememberPerson(BAGHERI);
        assertThat(d.findPersonByRole("AZE", List.of("MIL"))).contains(HASANOV);
        assertThat(d.findPersonByRole("IRN", List.of("MIL"))).contains(BAGHERI);
        assertThat(d.findPersonByRole("IRN", List.of("GOV", "MIL"))).isEmpty();
        assertThat(d.findPersonByRole("AZE", List.of())).isEmpty();
    }

    @Test
    void partnerOfIsTheParticipantOfTheOtherCountry() {
        Discourse d = new Discourse();
        d.setParticipants(HASANOV, BAGHERI);
        assertThat(d.participants()).containsExactly(HASANOV, BAGHERI);
        assertThat(d.partnerOf(HASANOV)).contains(BAGHERI);
        assertThat(d.partnerOf(BAGHERI)).contains(HASANOV);
        // anyone of Azerbaijan faces the Iranian side
        assertThat(d.partnerOf(group("AZE", "GOV"))).contains(BAGHERI);
        assertThat(d.participantFrom("IRN")).contains(BAGHERI);
        assertThat(d.participantFrom("TUR")).isEmpty();
    }

    @Test
    void partnerOfWithinOneCountryIsTheOtherEntity() {
        Discourse d = new Discourse();
        Entity army = group("AZE", "MIL");
        d.setParticipants(HASANOV, army);
        assertThat(d.partnerOf(HASANOV)).contains(army);
        assertThat(d.partnerOf(army)).contains(HASANOV);
    }

    @Test
    void noParticipantsNoPartner() {
        Discourse d = new Discourse();
        assertThat(d.participants()).isEmpty();
        assertThat(d.partnerOf(HASANOV)).isEmpty();
    }

    @Test
    void settingTheSameEntityTwiceIsIgnored() {
        Discourse d = new Discourse();
        d.setParticipants(HASANOV, BAGHERI);
        d.setParticipants(HASANOV, HASANOV);
        assertThat(d.participants()).containsExactly(HASANOV, BAGHERI);

        Discourse fresh = new Discourse();
        fresh.setParticipants(group("IRN"), group("IRN"));
        assertThat(fresh.participants()).isEmpty();
    }

    @Test
    void groupsAreFoundMostRecentFirst() {
        Discourse d = new Discourse();
        Entity aze = group("AZE", "MIL");
        Entity irn = group("IRN", "MIL");
        d.rememberGroup(aze);
        d.rememberGroup(irn);
        assertThat(d.findGroup(List.of("MIL"))).contains(irn);
        d.rememberGroup(aze);
        assertThat(d.findGroup(List.of("MIL"))).contains(aze);
        assertThat(d.findGroup(List.of("GOV"))).isEmpty();
        assertThat(d.findGroup(List.of())).isEmpty();
    }

    @Test
    void lastSubject() {
        Discourse d = new Discourse();
        assertThat(d.lastSubject()).isEmpty();
        d.setLastSubject(HASANOV);
        assertThat(d.lastSubject()).contains(HASANOV);
    }

    @Test
    void aSurnameADictionaryPlacesInAnotherCountryIsAnotherPerson() {
        Discourse d = new Discourse();
        Entity saddam = d.rememberPerson(new Entity("Saddam Hussein", "IRQ", List.of("GOV"), "Saddam Hussein", true,
                Basis.DICTIONARY));
        Entity king = d.rememberPerson(new Entity("Hussein", "JOR", List.of("GOV"), "Hussein", true, Basis.DICTIONARY));
        assertThat(king.country()).isEqualTo("JOR");
        assertThat(d.findPerson("Saddam Hussein")).contains(saddam);
    }

    @Test
    void twoFullNamesWithOneSurnameAreTwoPeople() {
        Discourse d = new Discourse();
        d.rememberPerson(person("Saddam Hussein", "IRQ"));
        assertThat(d.findPerson("Uday Hussein")).isEmpty();
        assertThat(d.findPerson("Hussein")).isPresent();
    }
}
