package org.dyad.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dyad.dictionary.IssueDictionary;
import org.dyad.dictionary.Phrase;
import org.junit.jupiter.api.Test;

class SentenceIssuesTest {

    @Test
    void theDefaultDictionaryNamesIssuesAndTheirPloverContexts() {
        SentenceIssues s = SentenceIssues.defaults();
        List<String> issues = s.issues("Striking teachers joined refugees outside the school, officials said.");
        assertThat(issues).contains("TEACHERS", "REFUGEES");
        assertThat(s.contexts(issues)).contains("migration").doesNotHaveDuplicates();
        assertThat(s.issues("The ministers met in Baku.")).isEmpty();
        assertThat(s.issues("")).isEmpty();
    }

    @Test
    void aCodesOwnRowWinsOverItsCategoryAndUnmappedIssuesHaveNoContext() {
        IssueDictionary d = new IssueDictionary(List.of(
                new IssueDictionary.Entry(Phrase.parse("CARTEL"), "DRUG_CARTEL", "CRIME", false, "t", 1),
                new IssueDictionary.Entry(Phrase.parse("ROBBERY"), "COMMON_ROBBERY", "CRIME", false, "t", 2),
                new IssueDictionary.Entry(Phrase.parse("TEACHER"), "TEACHERS", "EDUCATION", false, "t", 3)));
        SentenceIssues s = new SentenceIssues(d);
        assertThat(s.issues("A cartel robbery shocked teachers.")).containsExactly("DRUG_CARTEL", "COMMON_ROBBERY",
                "TEACHERS");
        assertThat(s.contexts(List.of("DRUG_CARTEL"))).containsExactly("illegal_drugs");
        assertThat(s.contexts(List.of("COMMON_ROBBERY"))).containsExactly("crime");
        assertThat(s.contexts(List.of("TEACHERS", "UNKNOWN"))).isEmpty();
    }
}
