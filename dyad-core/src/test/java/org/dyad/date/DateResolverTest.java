package org.dyad.date;

import org.dyad.text.SentenceBuilder;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dyad.text.Dependency;
import org.dyad.text.Sentence;
import org.dyad.text.Token;
import org.junit.jupiter.api.Test;

class DateResolverTest {
    private static final LocalDate WED_2022_01_26 = LocalDate.of(2022, 1, 26);
    private final DateResolver resolver = new DateResolver();

    private static SentenceBuilder sentence(String text) {
        return new SentenceBuilder(text);
    }

    /** "Iran attacked Iraq <on> X ." with the date words as given (word, lemma, POS, NER). */
    private static Sentence attackOn(String text, String[]... dateWords) {
        SentenceBuilder b = sentence(text)
                .t("Iran", "Iran", "NNP", "COUNTRY")
                .t("attacked", "attack", "VBD")
                .t("Iraq", "Iraq", "NNP", "COUNTRY")
                .d(Dependency.ROOT, 1, "root").d(1, 0, "nsubj").d(1, 2, "obj");
        for (String[] w : dateWords) {
            b.t(w[0], w[1], w[2], w.length > 3 ? w[3] : "O");
        }
        return b.t(".", ".", ".").build();
    }

    private static String[] w(String word, String lemma, String pos, String ner) {
        return new String[] {word, lemma, pos, ner};
    }

    private static String[] w(String word, String lemma, String pos) {
        return new String[] {word, lemma, pos, "O"};
    }

    @Test
    void monthDayInTheArticlesYear() {
        Sentence s = attackOn("Iran attacked Iraq on January 25.",
                w("on", "on", "IN"), w("January", "January", "NNP", "DATE"), w("25", "25", "CD", "DATE"));
        List<TextDate> found = resolver.find(s, WED_2022_01_26);
        assertThat(found).containsExactly(new TextDate(4, 4, 6, LocalDate.of(2022, 1, 25), "day", false));
    }

    @Test
    void monthDayAfterPublicationIsLastYearsAndNotHistorical() {
        Sentence s = attackOn("Iran attacked Iraq on December 30.",
                w("on", "on", "IN"), w("December", "December", "NNP", "DATE"), w("30", "30", "CD", "DATE"));
        List<TextDate> found = resolver.find(s, LocalDate.of(2022, 1, 5));
        assertThat(found).singleElement().satisfies(d -> {
            assertThat(d.date()).isEqualTo(LocalDate.of(2021, 12, 30));
            assertThat(d.precision()).isEqualTo("day");
            // a week before the article: news, not background
            assertThat(d.historical()).isFalse();
        });
    }

    @Test
    void monthDayWrittenSlightlyAheadStaysInTheArticlesYear() {
        Sentence s = attackOn("Iran attacked Iraq on January 27.",
                w("on", "on", "IN"), w("January", "January", "NNP", "DATE"), w("27", "27", "CD", "DATE"));
        assertThat(resolver.find(s, WED_2022_01_26)).singleElement()
                .extracting(TextDate::date).isEqualTo(LocalDate.of(2022, 1, 27));
    }

    @Test
    void dayMonthYearSpansAllThreeTokens() {
        Sentence s = attackOn("Iran attacked Iraq on 25 January 2021.",
                w("on", "on", "IN"), w("25", "25", "CD", "DATE"), w("January", "January", "NNP", "DATE"),
                w("2021", "2021", "CD", "DATE"));
        List<TextDate> found = resolver.find(s, WED_2022_01_26);
        assertThat(found).containsExactly(new TextDate(5, 4, 7, LocalDate.of(2021, 1, 25), "day", true));
    }

    @Test
    void dayMonthWithoutYear() {
        Sentence s = attackOn("Iran attacked Iraq on 25 January.",
                w("on", "on", "IN"), w("25", "25", "CD", "DATE"), w("January", "January", "NNP", "DATE"));
        assertThat(resolver.find(s, WED_2022_01_26))
                .containsExactly(new TextDate(5, 4, 6, LocalDate.of(2022, 1, 25), "day", false));
    }

    @Test
    void ordinalDayAfterOrBeforeTheMonth() {
        Sentence after = attackOn("Iran attacked Iraq on January 25th.",
                w("on", "on", "IN"), w("January", "January", "NNP", "DATE"), w("25th", "25th", "JJ", "DATE"));
        assertThat(resolver.find(after, WED_2022_01_26))
                .containsExactly(new TextDate(4, 4, 6, LocalDate.of(2022, 1, 25), "day", false));
        Sentence before = attackOn("Iran attacked Iraq on the 25th of January.",
                w("on", "on", "IN"), w("the", "the", "DT"), w("25th", "25th", "JJ", "DATE"), w("of", "of", "IN"),
                w("January", "January", "NNP", "DATE"));
        // "the 25th of January": the day is not next to the month, so only the month is read
        assertThat(resolver.find(before, WED_2022_01_26)).singleElement()
                .extracting(TextDate::precision).isEqualTo("month");
    }

    @Test
    void monthDayCommaYear() {
        Sentence s = attackOn("Iran attacked Iraq on January 25, 2021.",
                w("on", "on", "IN"), w("January", "January", "NNP", "DATE"), w("25", "25", "CD", "DATE"),
                w(",", ",", ","), w("2021", "2021", "CD", "DATE"));
        assertThat(resolver.find(s, WED_2022_01_26))
                .containsExactly(new TextDate(4, 4, 8, LocalDate.of(2021, 1, 25), "day", true));
    }

    @Test
    void monthAloneHasMonthPrecision() {
        Sentence s = attackOn("Iran attacked Iraq in November.",
                w("in", "in", "IN"), w("November", "November", "NNP", "DATE"));
        assertThat(resolver.find(s, WED_2022_01_26))
                .containsExactly(new TextDate(4, 4, 5, LocalDate.of(2021, 11, 1), "month", false));
    }

    @Test
    void monthYear() {
        Sentence s = attackOn("Iran attacked Iraq in November 2020.",
                w("in", "in", "IN"), w("November", "November", "NNP", "DATE"), w("2020", "2020", "CD", "DATE"));
        assertThat(resolver.find(s, WED_2022_01_26))
                .containsExactly(new TextDate(4, 4, 6, LocalDate.of(2020, 11, 1), "month", true));
    }

    @Test
    void weekdayOnThePublicationDayIsThatDay() {
        assertThat(WED_2022_01_26.getDayOfWeek()).isEqualTo(DayOfWeek.WEDNESDAY);
        Sentence s = attackOn("Iran attacked Iraq on Wednesday.",
                w("on", "on", "IN"), w("Wednesday", "Wednesday", "NNP", "DATE"));
        assertThat(resolver.find(s, WED_2022_01_26))
                .containsExactly(new TextDate(4, 4, 5, WED_2022_01_26, "day", false));
    }

    @Test
    void weekdayIsTheMostRecentOne() {
        LocalDate friday = LocalDate.of(2022, 1, 28);
        assertThat(friday.getDayOfWeek()).isEqualTo(DayOfWeek.FRIDAY);
        Sentence s = attackOn("Iran attacked Iraq on Wednesday.",
                w("on", "on", "IN"), w("Wednesday", "Wednesday", "NNP", "DATE"));
        assertThat(resolver.find(s, friday)).singleElement()
                .extracting(TextDate::date).isEqualTo(LocalDate.of(2022, 1, 26));
    }

    @Test
    void yesterdayAndToday() {
        Sentence s = attackOn("Iran attacked Iraq yesterday.", w("yesterday", "yesterday", "NN", "DATE"));
        assertThat(resolver.find(s, WED_2022_01_26))
                .containsExactly(new TextDate(3, 3, 4, LocalDate.of(2022, 1, 25), "day", false));
        Sentence t = attackOn("Iran attacked Iraq today.", w("today", "today", "NN", "DATE"));
        assertThat(resolver.find(t, WED_2022_01_26))
                .containsExactly(new TextDate(3, 3, 4, WED_2022_01_26, "day", false));
    }

    @Test
    void lastWeek() {
        Sentence s = attackOn("Iran attacked Iraq last week.",
                w("last", "last", "JJ", "DATE"), w("week", "week", "NN", "DATE"));
        assertThat(resolver.find(s, WED_2022_01_26))
                .containsExactly(new TextDate(4, 3, 5, LocalDate.of(2022, 1, 19), "day", false));
    }

    @Test
    void lastWeekAcrossNewYearIsNotHistorical() {
        Sentence s = attackOn("Iran attacked Iraq last week.",
                w("last", "last", "JJ", "DATE"), w("week", "week", "NN", "DATE"));
        assertThat(resolver.find(s, LocalDate.of(2022, 1, 3)))
                .containsExactly(new TextDate(4, 3, 5, LocalDate.of(2021, 12, 27), "day", false));
    }

    @Test
    void lastMonthIsTheFirstOfThePreviousMonth() {
        Sentence s = attackOn("Iran attacked Iraq last month.",
                w("last", "last", "JJ", "DATE"), w("month", "month", "NN", "DATE"));
        assertThat(resolver.find(s, LocalDate.of(2022, 3, 15)))
                .containsExactly(new TextDate(4, 3, 5, LocalDate.of(2022, 2, 1), "month", false));
        // in January, last month is December of the year before, and still recent news
        assertThat(resolver.find(s, WED_2022_01_26))
                .containsExactly(new TextDate(4, 3, 5, LocalDate.of(2021, 12, 1), "month", false));
    }

    @Test
    void earlierThisMonth() {
        Sentence s = attackOn("Iran attacked Iraq earlier this month.",
                w("earlier", "earlier", "RBR", "DATE"), w("this", "this", "DT", "DATE"),
                w("month", "month", "NN", "DATE"));
        assertThat(resolver.find(s, WED_2022_01_26))
                .containsExactly(new TextDate(5, 3, 6, LocalDate.of(2022, 1, 1), "month", false));
    }

    @Test
    void lastYearIsHistorical() {
        Sentence s = attackOn("Iran attacked Iraq last year.",
                w("last", "last", "JJ", "DATE"), w("year", "year", "NN", "DATE"));
        assertThat(resolver.find(s, WED_2022_01_26))
                .containsExactly(new TextDate(4, 3, 5, LocalDate.of(2021, 1, 1), "year", true));
    }

    @Test
    void weekWithoutADeicticWordIsNoDate() {
        Sentence s = attackOn("Iran attacked Iraq for a week.",
                w("for", "for", "IN"), w("a", "a", "DT"), w("week", "week", "NN", "DURATION"));
        assertThat(resolver.find(s, WED_2022_01_26)).isEmpty();
    }

    @Test
    void inAnEarlierYearIsHistorical() {
        Sentence s = sentence("Iran attacked Iraq in 2020.")
                .t("Iran", "Iran", "NNP", "COUNTRY").t("attacked", "attack", "VBD").t("Iraq", "Iraq", "NNP", "COUNTRY")
                .t("in", "in", "IN").t("2020", "2020", "CD", "DATE").t(".", ".", ".")
                .d(Dependency.ROOT, 1, "root").d(1, 0, "nsubj").d(1, 2, "obj").d(4, 3, "case").d(1, 4, "obl")
                .d(1, 5, "punct").build();
        assertThat(resolver.find(s, WED_2022_01_26))
                .containsExactly(new TextDate(4, 4, 5, LocalDate.of(2020, 1, 1), "year", true));
    }

    @Test
    void theArticlesOwnYearIsNotHistorical() {
        Sentence s = attackOn("Iran attacked Iraq in 2022.", w("in", "in", "IN"), w("2022", "2022", "CD", "DATE"));
        assertThat(resolver.find(s, WED_2022_01_26))
                .containsExactly(new TextDate(4, 4, 5, LocalDate.of(2022, 1, 1), "year", false));
    }

    @Test
    void hyphenatedDurationIsNotAYear() {
        Sentence joined = sentence("The 44-day war ended.")
                .t("The", "the", "DT").t("44-day", "44-day", "JJ", "DURATION").t("war", "war", "NN")
                .t("ended", "end", "VBD").t(".", ".", ".")
                .d(Dependency.ROOT, 3, "root").d(2, 0, "det").d(2, 1, "amod").d(3, 2, "nsubj").d(3, 4, "punct")
                .build();
        assertThat(resolver.find(joined, WED_2022_01_26)).isEmpty();
        Sentence split = sentence("The 44 - day war ended.")
                .t("The", "the", "DT").t("44", "44", "CD", "DURATION").t("-", "-", "HYPH").t("day", "day", "NN")
                .t("war", "war", "NN").t("ended", "end", "VBD").t(".", ".", ".").build();
        assertThat(resolver.find(split, WED_2022_01_26)).isEmpty();
        Sentence yearLike = sentence("The 2020 - day siege ended.")
                .t("The", "the", "DT").t("2020", "2020", "CD", "DURATION").t("-", "-", "HYPH").t("day", "day", "NN")
                .t("siege", "siege", "NN").t("ended", "end", "VBD").t(".", ".", ".").build();
        assertThat(resolver.find(yearLike, WED_2022_01_26)).isEmpty();
    }

    @Test
    void modalMayIsNotAMonth() {
        Sentence s = sentence("Iran may attack Iraq 25 times.")
                .t("Iran", "Iran", "NNP", "COUNTRY").t("may", "may", "MD").t("attack", "attack", "VB")
                .t("Iraq", "Iraq", "NNP", "COUNTRY").t("25", "25", "CD", "NUMBER").t("times", "time", "NNS")
                .t(".", ".", ".")
                .d(Dependency.ROOT, 2, "root").d(2, 0, "nsubj").d(2, 1, "aux").d(2, 3, "obj").d(5, 4, "nummod")
                .d(2, 5, "obl:tmod").d(2, 6, "punct").build();
        assertThat(resolver.find(s, WED_2022_01_26)).isEmpty();
        Sentence capital = sentence("May Iran attack Iraq?")
                .t("May", "may", "MD").t("Iran", "Iran", "NNP", "COUNTRY").t("attack", "attack", "VB")
                .t("Iraq", "Iraq", "NNP", "COUNTRY").t("?", "?", ".").build();
        assertThat(resolver.find(capital, WED_2022_01_26)).isEmpty();
    }

    @Test
    void monthMayIsAMonth() {
        Sentence s = attackOn("Iran attacked Iraq on May 5.",
                w("on", "on", "IN"), w("May", "May", "NNP", "DATE"), w("5", "5", "CD", "DATE"));
        assertThat(resolver.find(s, LocalDate.of(2022, 6, 1)))
                .containsExactly(new TextDate(4, 4, 6, LocalDate.of(2022, 5, 5), "day", false));
    }

    @Test
    void verbMarchIsNotAMonth() {
        Sentence s = sentence("Protesters march 10 kilometres.")
                .t("Protesters", "protester", "NNS").t("march", "march", "VBP").t("10", "10", "CD", "NUMBER")
                .t("kilometres", "kilometre", "NNS").t(".", ".", ".")
                .d(Dependency.ROOT, 1, "root").d(1, 0, "nsubj").d(3, 2, "nummod").d(1, 3, "obj").d(1, 4, "punct")
                .build();
        assertThat(resolver.find(s, WED_2022_01_26)).isEmpty();
    }

    @Test
    void countsAreNotYears() {
        Sentence s = sentence("Iran sent 1,500 troops and 1500 tanks.")
                .t("Iran", "Iran", "NNP", "COUNTRY").t("sent", "send", "VBD").t("1,500", "1500", "CD", "NUMBER")
                .t("troops", "troops", "NNS").t("and", "and", "CC").t("1500", "1500", "CD", "NUMBER")
                .t("tanks", "tank", "NNS").t(".", ".", ".")
                .d(Dependency.ROOT, 1, "root").d(1, 0, "nsubj").d(3, 2, "nummod").d(1, 3, "obj").d(6, 4, "cc")
                .d(6, 5, "nummod").d(3, 6, "conj").d(1, 7, "punct").build();
        assertThat(resolver.find(s, WED_2022_01_26)).isEmpty();
    }

    @Test
    void severalExpressionsInTextOrder() {
        Sentence s = sentence("After the 2020 war, Iran attacked Iraq on Monday.")
                .t("After", "after", "IN").t("the", "the", "DT").t("2020", "2020", "CD", "DATE")
                .t("war", "war", "NN").t(",", ",", ",").t("Iran", "Iran", "NNP", "COUNTRY")
                .t("attacked", "attack", "VBD").t("Iraq", "Iraq", "NNP", "COUNTRY").t("on", "on", "IN")
                .t("Monday", "Monday", "NNP", "DATE").t(".", ".", ".").build();
        assertThat(resolver.find(s, WED_2022_01_26)).containsExactly(
                new TextDate(2, 2, 3, LocalDate.of(2020, 1, 1), "year", true),
                new TextDate(9, 9, 10, LocalDate.of(2022, 1, 24), "day", false));
    }

    @Test
    void invalidDayIsIgnored() {
        Sentence s = attackOn("Iran attacked Iraq on February 30.",
                w("on", "on", "IN"), w("February", "February", "NNP", "DATE"), w("30", "30", "CD", "DATE"));
        assertThat(resolver.find(s, WED_2022_01_26)).isEmpty();
    }
}
