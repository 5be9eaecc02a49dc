package org.dyad.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.dyad.article.Article;
import org.dyad.event.Event;
import org.junit.jupiter.api.Test;

/**
 * The default pipeline's placements of the parties a state faces at home and of where things happen, and the
 * readings that give one event per happening (continued from {@link PrecisionMechanismsTest}): authorities and their
 * public, protests at missions and strikes, rebels of the place, aid and forces, blame reported, names given. Our
 * own sentences; the development gold sets stay out of the project.
 */
class DomesticPartiesMechanismsTest {
    private static List<Event> code(String text) {
        return TestPipeline.coder().code(Article.of("t", text, LocalDate.of(2010, 6, 15))).events();
    }

    @Test
    void theAuthoritiesAPeopleNamedByNationalityFaceAreThatPeoplesOwn() {
        assertThat(code("Thousands of Yemenis demonstrated in Sanaa against the government on Friday."))
                .singleElement().satisfies(e -> {
                    assertThat(e.cameo().code()).isEqualTo("141");
                    assertThat(e.source().code()).isEqualTo("YEM");
                    assertThat(e.target().map(a -> a.code())).hasValue("YEMGOV");
                });
        // an army may fight abroad: it is not placed by the people it faces
        assertThat(code("Thousands of Egyptians rallied in Cairo against the military on Friday."))
                .singleElement().satisfies(e -> assertThat(e.target().map(a -> a.code())).hasValue("MIL"));
    }

    @Test
    void aProtestAtAnotherStatesMissionIsAgainstThatState() {
        assertThat(code("Hundreds of students protested outside the French embassy in Dakar on Thursday."))
                .singleElement().satisfies(e -> {
                    assertThat(e.cameo().root()).isEqualTo("14");
                    assertThat(e.target().map(a -> a.code())).hasValue("FRAGOV");
                    assertThat(e.target().map(a -> a.text())).hasValue("the French embassy");
                });
        assertThat(code("Protesters rallied at Israel's consulate in Istanbul on Sunday.")).singleElement()
                .satisfies(e -> assertThat(e.target().map(a -> a.code())).hasValue("ISRGOV"));
        // without a mission, the protest is against the country where it is held
        assertThat(code("Hundreds of students protested outside the university in Dakar on Thursday."))
                .singleElement().satisfies(e -> assertThat(e.target().map(a -> a.code())).hasValue("SEN"));
    }

    @Test
    void aGatheringWhoseAimIsAProtestIsTheProtest() {
        assertThat(code("Activists gathered outside the embassy of Myanmar in Bangkok to protest against the crackdown."))
                .singleElement().satisfies(e -> {
                    assertThat(e.cameo().root()).isEqualTo("14");
                    assertThat(e.target().map(a -> a.code())).hasValue("MMRGOV");
                });
    }

    @Test
    void rebelsAttackingThePlacesOwnForcesThereAreItsInsurgents() {
        assertThat(code("Two Turkish soldiers were killed by Kurdish rebels in an ambush in southeastern Turkey."))
                .singleElement().satisfies(e -> {
                    assertThat(e.source().code()).isEqualTo("TURREB");
                    assertThat(e.target().map(a -> a.code())).hasValue("TURMIL");
                });
        // foreign forces where they fight place no one
        assertThat(code("Rebels attacked Indian troops in Pakistan, killing four soldiers."))
                .allSatisfy(e -> assertThat(e.source().country()).isEmpty());
        // nor does the country itself attacked
        assertThat(code("Maoist rebels blew up a railway line in the Indian state of Jharkhand.")).singleElement()
                .satisfies(e -> assertThat(e.source().code()).isEqualTo("INDREB"));
        // a country named as the part of a place sets the scene: the sentence's one country places both sides
        assertThat(code("Rebels ambushed an army patrol in the north of Uganda, killing seven soldiers."))
                .singleElement().satisfies(e -> {
                    assertThat(e.source().code()).isEqualTo("UGAREB");
                    assertThat(e.target().map(a -> a.code())).hasValue("UGAMIL");
                });
    }

    @Test
    void peopleAStatePardonsOrConvictsAreItsOwn() {
        assertThat(code("Sudan's president pardoned 50 rebels convicted of attacking the capital."))
                .singleElement().satisfies(e -> {
                    assertThat(e.cameo().code()).isEqualTo("056");
                    assertThat(e.target().map(a -> a.code())).hasValue("SDNREB");
                });
    }

    @Test
    void whatSomeoneIsWarnedAgainstIsNotDone() {
        assertThat(code("Thailand's army chief warned protesters not to march on parliament.")).singleElement()
                .satisfies(e -> assertThat(e.cameo().code()).isEqualTo("130"));
    }

    @Test
    void sanctionsApprovedOrAdoptedAreImposed() {
        assertThat(code("The U.N. Security Council approved sanctions against Iran on Saturday.")).singleElement()
                .satisfies(e -> {
                    assertThat(e.cameo().code()).isEqualTo("163");
                    assertThat(e.target().map(a -> a.code())).hasValue("IRN");
                });
    }

    @Test
    void theOppositionOrRebelsJoinedToAStatesGovernmentAreItsOwn() {
        assertThat(code("South Africa offered to mediate between the government of Zimbabwe and the opposition."))
                .anySatisfy(e -> assertThat(e.target().map(a -> a.code())).hasValue("ZWEOPP"))
                .noneSatisfy(e -> assertThat(e.target().map(a -> a.code())).hasValue("OPP"));
        // a state's official abroad is not its government: the opposition beside him is not his country's
        assertThat(code("Zimbabwe's president met opposition leaders and the British envoy in Harare."))
                .noneSatisfy(e -> assertThat(e.target().map(a -> a.code())).hasValue("GBROPP"));
        // the other direction of a pattern's reading the lexicon's stands over goes with it: no event from Arusha
        assertThat(code("Talks between the Burundian government and Hutu rebels resumed in Arusha."))
                .singleElement().satisfies(e -> {
                    assertThat(e.source().code()).isEqualTo("BDIGOV");
                    assertThat(e.target().map(a -> a.code())).hasValue("BDIREB");
                });
    }

    @Test
    void aidIsForThePeopleItIsGivenToHelpAndWhereTheyAre() {
        assertThat(code("The European Commission is allocating 50 million euros in humanitarian aid to help people "
                + "in Sudan.")).singleElement().satisfies(e -> {
                    assertThat(e.cameo().root()).isEqualTo("07");
                    assertThat(e.target().map(a -> a.country())).hasValue("SDN");
                });
        assertThat(code("Canada announced 15 million dollars in assistance to people affected by the cyclone in "
                + "Myanmar.")).singleElement().satisfies(e -> assertThat(e.target().map(a -> a.code()))
                        .hasValue("MMRCVL"));
    }

    @Test
    void authoritiesFacingACountrysPublicAreThatCountrys() {
        assertThat(code("Protesters in the Nepalese capital clashed with riot police on Tuesday as a general strike "
                + "called by the opposition shut down Kathmandu.")).singleElement().satisfies(e -> {
                    assertThat(e.source().code()).isEqualTo("NPLCVL");
                    assertThat(e.target().map(a -> a.code())).hasValue("NPLCOP");
                });
        // where the event is set in another country, the police are that country's
        assertThat(code("Pakistani protesters clashed with police in London on Sunday.")).singleElement()
                .satisfies(e -> assertThat(e.target().map(a -> a.code())).hasValue("GBRCOP"));
        // a state placing the people it acts on would often be wrong: companies under sanctions are not its own
        assertThat(code("The U.S. Treasury removed sanctions on Rusal and other companies linked to a Russian "
                + "businessman.")).noneSatisfy(e -> assertThat(e.target().map(a -> a.code())).hasValue("USABUS"));
        // nor is a clause with a subject of its own set where the sentence's other clause is
        assertThat(code("Kenyan opposition supporters fought running battles with police in Nairobi and Mombasa as "
                + "Uganda closed its border.")).noneSatisfy(e -> assertThat(e.target().map(a -> a.code()))
                        .hasValue("KEN"));
    }

    @Test
    void actorsFromElsewhereAreNeverGuessedIntoTheCountry() {
        assertThat(code("The Zimbabwean government has ordered all foreign journalists to leave the country."))
                .singleElement().satisfies(e -> assertThat(e.target().map(a -> a.country())).hasValue(""));
    }

    @Test
    void accusationsExchangedAreMutualAndBoatsSunkOrConvoysStonedAreForce() {
        assertThat(code("Armenia and Azerbaijan exchanged accusations on Wednesday over a shootout on their border."))
                .extracting(e -> e.source().code() + " 112 " + e.target().map(a -> a.code()).orElse(""))
                .contains("ARM 112 AZE", "AZE 112 ARM");
        assertThat(code("The Sri Lankan navy sank three boats belonging to the Tamil Tiger rebels.")).singleElement()
                .satisfies(e -> assertThat(e.cameo().code()).isEqualTo("190"));
        assertThat(code("Angry villagers in southern Lebanon stoned a convoy of United Nations peacekeepers."))
                .anySatisfy(e -> {
                    assertThat(e.cameo().code()).isEqualTo("180");
                    assertThat(e.target().map(a -> a.country())).hasValue("IGO");
                });
    }

    @Test
    void theOppositionAMilitaryGovernmentOrOppositionLawmakersFaceIsDomestic() {
        assertThat(code("The military government of Myanmar refused to hold talks with the opposition."))
                .allSatisfy(e -> assertThat(e.target().map(a -> a.code())).hasValue("MMROPP"));
        assertThat(code("Opposition lawmakers in Ukraine blocked parliament to protest against the president."))
                .anySatisfy(e -> assertThat(e.target().map(a -> a.code())).hasValue("UKRGOV"));
    }

    @Test
    void forcesMovedOutOfACountryOrAgreedToLeaveItAreFromIt() {
        assertThat(code("Syria began pulling its troops out of Lebanon on Tuesday.")).singleElement()
                .satisfies(e -> assertThat(e.target().map(a -> a.code())).hasValue("LBN"));
        assertThat(code("Russia agreed to withdraw its troops from Georgia by the end of the year.")).singleElement()
                .satisfies(e -> {
                    assertThat(e.cameo().root()).isEqualTo("03");
                    assertThat(e.target().map(a -> a.code())).hasValue("GEO");
                });
        assertThat(code("Armenia called up reservists after the border clashes.")).singleElement()
                .satisfies(e -> assertThat(e.cameo().code()).isEqualTo("154"));
    }

    @Test
    void twoStatesThatSignTogetherSignWithEachOtherNotWithWhatTheAgreementIsOn() {
        assertThat(code("The United States and Colombia signed an agreement on military bases."))
                .extracting(e -> e.source().code() + " " + e.cameo().code() + " "
                        + e.target().map(a -> a.code()).orElse(""))
                .containsExactlyInAnyOrder("USA 057 COL", "COL 057 USA");
        assertThat(code("Thailand and Cambodia agreed to withdraw troops from the disputed area around the temple."))
                .extracting(e -> e.source().code() + " " + e.target().map(a -> a.code()).orElse(""))
                .containsExactlyInAnyOrder("THA KHM", "KHM THA");
    }

    @Test
    void aStrikeWhoseAimIsAProtestIsOneProtest() {
        assertThat(code("Nigerian workers went on strike to protest against the government's fuel price increase."))
                .singleElement().satisfies(e -> {
                    assertThat(e.cameo().code()).isEqualTo("143");
                    assertThat(e.target().map(a -> a.code())).hasValue("NGAGOV");
                });
    }

    @Test
    void weaponsHandedOverPeacekeepersAcceptedAndBordersReopened() {
        assertThat(code("The rebels handed over their weapons to U.N. peacekeepers in Sierra Leone.")).singleElement()
                .satisfies(e -> assertThat(e.cameo().code()).isEqualTo("0873"));
        assertThat(code("The Sudanese government accepted the deployment of U.N. peacekeepers in Darfur."))
                .singleElement().satisfies(e -> {
                    assertThat(e.cameo().code()).isEqualTo("0861");
                    assertThat(e.target().map(a -> a.country())).hasValue("IGO");
                });
        assertThat(code("Israel reopened the Rafah crossing into Egypt on Sunday.")).singleElement()
                .satisfies(e -> assertThat(e.cameo().code()).isEqualTo("050"));
    }

    @Test
    void aFixedOfPhraseIsNoSecondTarget() {
        assertThat(code("Iraq returned 40 Kuwaiti prisoners of war to Kuwait.")).singleElement()
                .satisfies(e -> assertThat(e.target().map(a -> a.code())).hasValue("KWTMIL"));
    }

    @Test
    void aSpeakerWhoSaysSomeoneWasBehindAnActAccusesThem() {
        assertThat(code("Iran said Israel was behind the assassination of its nuclear scientist.")).singleElement()
                .satisfies(e -> {
                    assertThat(e.cameo().code()).isEqualTo("112");
                    assertThat(e.source().code()).isEqualTo("IRN");
                    assertThat(e.target().map(a -> a.code())).hasValue("ISR");
                });
        assertThat(code("Iran said Israel was responsible for the attack.")).singleElement()
                .satisfies(e -> assertThat(e.cameo().code()).isEqualTo("112"));
        // one's own responsibility is no accusation
        assertThat(code("Kenya said it was responsible for the security of the border."))
                .noneSatisfy(e -> assertThat(e.cameo().code()).isEqualTo("112"));
    }

    @Test
    void callingSomeoneSomethingIsAStatementOnThemNotACall() {
        assertThat(code("Egypt's foreign minister called the Israeli raid a violation of international law."))
                .singleElement().satisfies(e -> {
                    assertThat(e.cameo().code()).isEqualTo("010");
                    assertThat(e.source().country()).isEqualTo("EGY");
                });
        assertThat(code("The Iranian president called his Syrian counterpart.")).singleElement()
                .satisfies(e -> assertThat(e.cameo().code()).isEqualTo("041"));
    }

    @Test
    void thePopeIsTheHolySeesAndPartiesBetweenWhomOneShuttlesAreNoDoers() {
        assertThat(code("The Pope received Russian President Vladimir Putin at the Vatican.")).singleElement()
                .satisfies(e -> {
                    assertThat(e.cameo().code()).isEqualTo("043");
                    assertThat(e.source().code()).isEqualTo("VATGOV");
                });
        assertThat(code("Egypt's intelligence chief shuttled between Israel and Gaza to broker a truce."))
                .noneSatisfy(e -> assertThat(e.source().country()).isIn("ISR", "PSE"));
    }

    @Test
    void aGerundUsedAsANounIsReadAsTheNoun() {
        assertThat(code("Fighting between Hezbollah and Israeli forces continued in southern Lebanon.")).singleElement()
                .satisfies(e -> {
                    assertThat(e.cameo().code()).isEqualTo("190");
                    assertThat(e.source().country()).isEqualTo("LBN");
                    assertThat(e.target().map(a -> a.code())).hasValue("ISRMIL");
                });
    }

    @Test
    void forcesSentWithNoOneNamedAsSenderAreSentByTheirOwnCountry() {
        assertThat(code("Nigerian peacekeepers were deployed to Liberia.")).singleElement().satisfies(e -> {
            assertThat(e.cameo().code()).isEqualTo("074");
            assertThat(e.source().country()).isEqualTo("NGA");
            assertThat(e.target().map(a -> a.code())).hasValue("LBR");
        });
        assertThat(code("Chinese medical teams were sent to Sierra Leone.")).singleElement().satisfies(e -> {
            assertThat(e.cameo().code()).isEqualTo("073");
            assertThat(e.source().country()).isEqualTo("CHN");
        });
        assertThat(code("More than 3,000 Turkish troops were sent to northern Iraq.")).singleElement()
                .satisfies(e -> {
                    assertThat(e.cameo().code()).isEqualTo("150");
                    assertThat(e.source().code()).isEqualTo("TURMIL");
                    assertThat(e.target().map(a -> a.code())).hasValue("IRQ");
                });
    }

    @Test
    void aPlaceIsNoDoer() {
        assertThat(code("A state of emergency was declared in the Ethiopian region of Oromia.")).isEmpty();
        // an organisation whose name ends in a place noun is one
        assertThat(code("The Islamic State released two women it had abducted in Syria."))
                .anySatisfy(e -> assertThat(e.source().code()).startsWith("IMG"));
    }
}
