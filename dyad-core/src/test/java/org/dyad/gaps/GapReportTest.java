package org.dyad.gaps;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Counting, ranking and example choice of the gaps of many articles. */
class GapReportTest {
    private static ActorGap person(String doc, int sentence, String name, String code, String... cues) {
        return new ActorGap(name, ActorGap.Kind.PERSON, List.of(name.split(" ")), code, List.of(cues),
                new Example(doc, sentence, name + " spoke in " + doc + " sentence " + sentence + "."));
    }

    private static VerbGap verb(String doc, int sentence, String lemma, String form, String source, String target) {
        return new VerbGap(List.of(lemma), 0, form, source, target, "",
                new Example(doc, sentence, source + " " + form + " " + target + " in " + doc + "."));
    }

    /** Five articles: Mwangaza in four sentences of three, Kabaziguruka in one; upbraid three times, taunt twice. */
    private static List<Runnable> articles(GapReport r) {
        return List.of(
                () -> r.add(2, List.of(person("a1", 0, "Zawadi Mwangaza", "KENGOV", "Kenyan", "minister")),
                        List.of(verb("a1", 1, "upbraid", "upbraided", "KEN", "UGA"))),
                () -> r.add(3, List.of(person("a2", 0, "Zawadi Mwangaza", "???"), person("a2", 2, "Zawadi Mwangaza", "???")),
                        List.of(verb("a2", 1, "upbraid", "upbraids", "KEN", "UGA"), verb("a2", 2, "taunt", "taunted", "TZA", "RWA"))),
                () -> r.add(1, List.of(person("a3", 0, "Okello Kabaziguruka", "UGAOPP", "Ugandan")), List.of()),
                () -> r.add(1, List.of(person("a4", 0, "Zawadi Mwangaza", "KENGOV", "Kenyan")),
                        List.of(verb("a4", 0, "upbraid", "upbraided", "RWA", "UGA"), verb("a4", 0, "taunt", "taunted", "TZA", "RWA"))),
                () -> r.add(4, List.of(), List.of()));
    }

    @Test
    void rowsAreRankedByMentionsWithTheBestCodeAndTheirLines() {
        GapReport r = new GapReport();
        articles(r).forEach(Runnable::run);
        GapReport.Summary s = r.summary(-1);
        assertThat(s.articles()).isEqualTo(5);
        assertThat(s.sentences()).isEqualTo(11);
        assertThat(s.distinctActors()).isEqualTo(2);
        assertThat(s.actorMentions()).isEqualTo(5);
        assertThat(s.distinctVerbs()).isEqualTo(2);
        assertThat(s.verbMentions()).isEqualTo(5);
        assertThat(s.knownVerbs()).isZero();
        GapReport.ActorRow first = s.actors().get(0);
        assertThat(first.name()).isEqualTo("Zawadi Mwangaza");
        assertThat(first.mentions()).isEqualTo(4);
        assertThat(first.articles()).isEqualTo(3);
        assertThat(first.code()).as("a code the cues imply wins over the placeholder, however rare").isEqualTo("KENGOV");
        assertThat(first.placeholder()).isFalse();
        assertThat(first.cues()).containsExactly("Kenyan", "minister");
        assertThat(first.line()).isEqualTo("ZAWADI_MWANGAZA_\tZAWADI_MWANGAZA_\tKENGOV\t\t\t");
        assertThat(first.examples()).hasSize(GapReport.EXAMPLES).extracting(Example::docId).containsExactly("a1", "a2", "a2");
        assertThat(s.actors().get(1).name()).isEqualTo("Okello Kabaziguruka");
        GapReport.VerbRow upbraid = s.verbs().get(0);
        assertThat(upbraid.verb()).isEqualTo("upbraid");
        assertThat(upbraid.mentions()).isEqualTo(3);
        assertThat(upbraid.forms()).containsExactly("upbraided", "upbraids");
        assertThat(upbraid.pairs()).containsExactly("KEN>UGA 2", "RWA>UGA 1");
        assertThat(upbraid.lines()).containsExactly("block\tUPBRAID\t???\t\t\t\t", "verb\tUPBRAID\t\tUPBRAID\t\t\t");
        assertThat(s.verbs().get(1).verb()).isEqualTo("taunt");
        assertThat(r.summary(1).actors()).hasSize(1);
        assertThat(r.summary(1).verbs()).hasSize(1);
        assertThat(r.summary(1).distinctActors()).isEqualTo(2);
    }

    @Test
    void theSameArticlesInAnyOrderGiveTheSameSummary() {
        GapReport ordered = new GapReport();
        articles(ordered).forEach(Runnable::run);
        for (long seed = 1; seed <= 5; seed++) {
            GapReport shuffled = new GapReport();
            List<Runnable> adds = new ArrayList<>(articles(shuffled));
            Collections.shuffle(adds, new Random(seed));
            adds.forEach(Runnable::run);
            assertThat(shuffled.summary(-1)).isEqualTo(ordered.summary(-1));
        }
    }

    @Test
    void aSentenceToldTwiceIsOneExampleAtItsFirstPlace() {
        GapReport r = new GapReport();
        Example late = new Example("b9", 0, "Zawadi Mwangaza spoke.");
        Example early = new Example("b1", 3, "Zawadi Mwangaza spoke.");
        r.add(1, List.of(new ActorGap("Zawadi Mwangaza", ActorGap.Kind.PERSON, List.of("Zawadi", "Mwangaza"), "???",
                List.of(), late)), List.of());
        r.add(1, List.of(new ActorGap("Zawadi Mwangaza", ActorGap.Kind.NAME, List.of("Zawadi", "Mwangaza"), "???",
                List.of(), early)), List.of());
        GapReport.ActorRow row = r.summary(-1).actors().get(0);
        assertThat(row.examples()).containsExactly(early);
        assertThat(row.kind()).as("a tie goes to the tagger's kind").isEqualTo(ActorGap.Kind.PERSON);
        assertThat(row.placeholder()).isTrue();
        assertThat(row.line()).isEqualTo("ZAWADI_MWANGAZA_\tZAWADI_MWANGAZA_\t???\t\t\t");
    }
}
