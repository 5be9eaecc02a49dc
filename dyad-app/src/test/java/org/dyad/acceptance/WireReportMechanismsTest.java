package org.dyad.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.dyad.article.Article;
import org.dyad.event.Event;
import org.junit.jupiter.api.Test;

/**
 * The default pipeline on sentences written like wire reports, one mechanism each (continued from
 * {@link RealNewsMechanismsTest}): protesters and their aims, coordinated nationality words, where a measure holds,
 * titles of named people, force made ready, formal charges, weapons and whoever fired them, people no list names.
 * Our own sentences; the development gold sets stay out of the project.
 */
class WireReportMechanismsTest {
    private static List<Event> code(String text) {
        return TestPipeline.coder().code(Article.of("t", text, LocalDate.of(2010, 6, 15))).events();
    }

    @Test
    void protestersNoListPlacesAreThePublicOfTheCountryTheyProtestAgainstOrIn() {
        assertThat(code("Students staged a sit-in against the Kenyan government on Monday.")).singleElement()
                .satisfies(e -> {
                    assertThat(e.cameo().root()).isEqualTo("14");
                    assertThat(e.source().code()).isEqualTo("KENEDU");
                    assertThat(e.target().map(a -> a.code())).hasValue("KENGOV");
                });
        assertThat(code("Refugees began a hunger strike in Nairobi.")).anySatisfy(e -> {
            assertThat(e.cameo().code()).isEqualTo("142");
            assertThat(e.source().code()).isEqualTo("KENREF");
        });
        // armed groups are not a country's public
        assertThat(code("Rebels protested against the Kenyan government."))
                .allSatisfy(e -> assertThat(e.source().country()).isEmpty());
    }

    @Test
    void whatAProtestIsHeldForIsTheProtestNotASecondEvent() {
        assertThat(code("Hundreds of students staged rallies in the capital to demand the resignation of the Kenyan "
                + "interior minister.")).singleElement().satisfies(e -> {
                    assertThat(e.cameo().code()).isEqualTo("141");
                    assertThat(e.source().code()).isEqualTo("KENEDU");
                    assertThat(e.target().map(a -> a.country())).hasValue("KEN");
                });
    }

    @Test
    void coordinatedNationalityWordsNameOnePartyEach() {
        assertThat(code("Russian and Chinese warships held joint drills on Monday."))
                .anySatisfy(e -> {
                    assertThat(e.cameo().code()).isEqualTo("062");
                    assertThat(e.source().code()).isEqualTo("RUSMIL");
                    assertThat(e.target().map(a -> a.code())).hasValue("CHNMIL");
                })
                .anySatisfy(e -> {
                    assertThat(e.source().code()).isEqualTo("CHNMIL");
                    assertThat(e.target().map(a -> a.code())).hasValue("RUSMIL");
                });
        assertThat(code("French and German leaders criticized the Russian government."))
                .extracting(e -> e.source().code()).contains("FRAGOV", "DEUGOV");
    }

    @Test
    void aMeasureHoldsOnThePlaceItsWordsName() {
        assertThat(code("The Sudanese president lifted a state of emergency in northern parts of South Sudan."))
                .anySatisfy(e -> {
                    assertThat(e.cameo().code()).isEqualTo("0814");
                    assertThat(e.target().map(a -> a.code())).hasValue("SSD");
                    assertThat(e.target().map(a -> a.text())).hasValue("northern parts of South Sudan");
                });
        assertThat(code("Indian authorities imposed a curfew in parts of Kashmir.")).anySatisfy(e -> {
            assertThat(e.cameo().code()).isEqualTo("1723");
            assertThat(e.target().map(a -> a.text())).hasValue("parts of Kashmir");
        });
    }

    @Test
    void aNamedPersonsTitleSaysWhatTheObjectIs() {
        assertThat(code("A Turkish court has released German journalist Anna Weber after eight months in prison."))
                .anySatisfy(e -> {
                    assertThat(e.cameo().code()).isEqualTo("0841");
                    assertThat(e.source().code()).isEqualTo("TURJUD");
                    assertThat(e.target().map(a -> a.code())).hasValue("DEUMED");
                })
                .noneSatisfy(e -> assertThat(e.target().map(a -> a.text())).hasValue("prison"));
    }

    @Test
    void forceMadeReadyIsAShowOfForceNotAnAttack() {
        assertThat(code("The Serbian army prepared to resume shelling rebel positions on Monday."))
                .anySatisfy(e -> {
                    assertThat(e.cameo().code()).isEqualTo("150");
                    assertThat(e.source().code()).isEqualTo("SRBMIL");
                })
                .noneSatisfy(e -> assertThat(e.cameo().root()).isIn("18", "19", "20"));
    }

    @Test
    void aFormalChargeIsPloverAccuseAndAnArrestCoerce() {
        assertThat(code("A Kenyan court indicted the former interior minister for corruption.")).anySatisfy(e -> {
            assertThat(e.cameo().code()).isEqualTo("173");
            assertThat(e.cameo().ploverType()).hasValue("ACCUSE");
            assertThat(e.cameo().ploverMode()).hasValue("allege");
        });
        assertThat(code("Kenyan police arrested the former interior minister.")).anySatisfy(e -> {
            assertThat(e.cameo().code()).isEqualTo("173");
            assertThat(e.cameo().ploverType()).hasValue("COERCE");
        });
    }

    @Test
    void aWeaponActsForWhoeverFiredIt() {
        assertThat(code("Missiles fired by the Russian military struck a Ukrainian army depot.")).anySatisfy(e -> {
            assertThat(e.cameo().root()).isEqualTo("19");
            assertThat(e.source().code()).isEqualTo("RUSMIL");
            assertThat(e.target().map(a -> a.country())).hasValue("UKR");
        });
        assertThat(code("Two rockets fired by Hamas militants hit an Israeli town on Monday.")).anySatisfy(e -> {
            assertThat(e.cameo().root()).isEqualTo("19");
            assertThat(e.source().code()).startsWith("PSE");
            assertThat(e.target().map(a -> a.country())).hasValue("ISR");
        });
    }

    @Test
    void peopleNoListNamesAreACatchAllTargetNeverASource() {
        assertThat(code("The French government ended mediation efforts with the truckers on Thursday."))
                .anySatisfy(e -> {
                    assertThat(e.cameo().code()).isEqualTo("165");
                    assertThat(e.target().map(a -> a.code())).hasValue("CVL");
                    assertThat(e.target().map(a -> a.text())).hasValue("the truckers");
                });
        assertThat(code("The truckers blocked the main highway on Monday.")).isEmpty();
        // a place or a named party is a better target than people named by their kind
        assertThat(code("Pakistan has refused to deploy peacekeepers in Iraq.")).anySatisfy(e ->
                assertThat(e.target().map(a -> a.country())).hasValue("IRQ"));
    }

    @Test
    void aPersonTheAuthoritiesArrestIsOfTheirCountryWhenNoPlaceIsNamed() {
        assertThat(code("Ali Karimi was arrested by Kenyan police for collaborating with a terrorist group."))
                .anySatisfy(e -> {
                    assertThat(e.cameo().code()).isEqualTo("173");
                    assertThat(e.source().code()).isEqualTo("KENCOP");
                    assertThat(e.target().map(a -> a.country())).hasValue("KEN");
                    assertThat(e.target().map(a -> a.text())).hasValue("Ali Karimi");
                });
    }

    @Test
    void aPersonNoListPlacesIsTheCatchAllTarget() {
        assertThat(code("The Kenyan president criticized Ali Karimi on Monday.")).anySatisfy(e -> {
            assertThat(e.cameo().code()).isEqualTo("111");
            assertThat(e.source().code()).isEqualTo("KENGOV");
            assertThat(e.target().map(a -> a.code())).hasValue("CVL");
            assertThat(e.target().map(a -> a.text())).hasValue("Ali Karimi");
        });
        // one expelled is most often a foreigner: not placed in the expelling country
        assertThat(code("Kenya expelled Ali Karimi on Monday.")).allSatisfy(e ->
                assertThat(e.target().map(a -> a.country())).isNotEqualTo(java.util.Optional.of("KEN")));
    }

    @Test
    void aNamedPersonNoListPlacesIsAnUnplacedDoerOnlyWhereNoPlacedDoerActs() {
        assertThat(code("Ali Karimi criticized the Kenyan government on Monday.")).singleElement().satisfies(e -> {
            assertThat(e.cameo().code()).isEqualTo("111");
            assertThat(e.source().code()).isEqualTo("CVL");
            assertThat(e.source().country()).isEmpty();
            assertThat(e.source().text()).isEqualTo("Ali Karimi");
            assertThat(e.target().map(a -> a.code())).hasValue("KENGOV");
        });
        // beside an event of a placed doer, the unplaced doer's reading gives way
        assertThat(code("Kenya expelled two diplomats after Ali Karimi criticized the Kenyan government."))
                .noneSatisfy(e -> assertThat(e.source().code()).isEqualTo("CVL"));
    }

    @Test
    void theDoersOwnThingsAreNotItsTarget() {
        assertThat(code("Germany, Russia and Sweden have provided their annual donations to Palestinians."))
                .hasSize(3).allSatisfy(e -> assertThat(e.target().map(a -> a.code())).hasValue("PSE"));
        assertThat(code("The Yemeni army and allied fighters hit military positions in Saudi Arabia and destroyed them."))
                .allSatisfy(e -> assertThat(e.target().map(a -> a.country())).hasValue("SAU"));
    }

    @Test
    void aPhraseWithTwoDictionaryCodesIsOneEvent() {
        assertThat(code("US President Donald Trump announced new sanctions against Iran on Tuesday."))
                .filteredOn(e -> e.cameo().root().equals("16")).hasSize(1);
    }

    @Test
    void whatIsSentGoesToWhomItIsSentTo() {
        assertThat(code("The United States and India have sent emergency supplies and personnel such as doctors to Nepal."))
                .isNotEmpty().allSatisfy(e -> assertThat(e.target().map(a -> a.code())).hasValue("NPL"));
    }

    @Test
    void aPatternsPersonSubjectNoListPlacesIsTheCatchAllDoerToo() {
        assertThat(code("Ali Karimi says the Kenyan government's plans look weak.")).singleElement().satisfies(e -> {
            assertThat(e.source().code()).isEqualTo("CVL");
            assertThat(e.source().text()).isEqualTo("Ali Karimi");
        });
    }

    @Test
    void aidForPeopleOfAPlaceGoesToThatPlace() {
        assertThat(code("The European Union announced 30 million euros in assistance to populations affected by the "
                + "cyclone in Mozambique.")).anySatisfy(e -> {
                    assertThat(e.cameo().root()).isEqualTo("07");
                    assertThat(e.target().map(a -> a.country())).hasValue("MOZ");
                });
        assertThat(code("The German Foreign Office has provided 28 million euros for humanitarian aid for those "
                + "affected in Yemen.")).anySatisfy(e -> {
                    assertThat(e.source().code()).isEqualTo("DEUGOV");
                    assertThat(e.target().map(a -> a.code())).hasValue("YEM");
                });
    }

    @Test
    void anOrganisationNoListNamesIsTheCatchAllDoerWithItsName() {
        assertThat(code("Zorvana Holdings criticized the Kenyan government on Monday.")).singleElement().satisfies(e -> {
            assertThat(e.source().code()).isEqualTo("CVL");
            assertThat(e.source().name()).isEqualTo("Zorvana Holdings");
            assertThat(e.target().map(a -> a.code())).hasValue("KENGOV");
        });
    }

    @Test
    void forcesForAnInternationalMissionGoToTheCountryItServes() {
        assertThat(code("Japan is sending troops to the United Nations peacekeeping force in South Sudan."))
                .anySatisfy(e -> {
                    assertThat(e.source().code()).isEqualTo("JPN");
                    assertThat(e.target().map(a -> a.code())).hasValue("SSD");
                });
        assertThat(code("Japan sent aid to the United Nations.")).anySatisfy(e ->
                assertThat(e.target().map(a -> a.code())).hasValue("IGOUNO"));
    }
}
