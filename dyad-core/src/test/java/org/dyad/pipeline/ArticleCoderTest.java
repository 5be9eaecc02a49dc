package org.dyad.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.dyad.article.Article;

import org.dyad.text.ParsedDocument;
import org.dyad.text.SentenceParser;
import org.junit.jupiter.api.Test;

/**
 * The per-article limits of {@link ArticleCoder}: the character limit before parsing, the time budget in
 * {@link ArticleCoder#codeAll}. The parser here is a stand-in that takes no time, or never ends, as the test needs:
 * what is tested is the pipeline's handling of it, not parsing.
 */
class ArticleCoderTest {
    /** Parses nothing; an article whose text starts with "HANG" never returns, ignoring interrupts. */
    private static final class HangingParser implements SentenceParser {
        final CountDownLatch never = new CountDownLatch(1);
        final List<String> parsed = java.util.Collections.synchronizedList(new ArrayList<>());

        @Override
        public ParsedDocument parse(Article a) {
            parsed.add(a.id());
            while (a.text().startsWith("HANG")) {
                try {
                    never.await();
                } catch (InterruptedException e) {
                    // CoreNLP does not stop either
                }
            }
            return new ParsedDocument(a, List.of());
        }
    }

    private static Article article(String id, String text) {
        return Article.of(id, text, null);
    }

    @Test
    void anArticleOverTheCharacterLimitIsRefusedBeforeParsing() {
        HangingParser parser = new HangingParser();
        ArticleCoder coder = new ArticleCoder(parser, CodingPipeline.lexiconOnly())
                .withLimits(Limits.DEFAULTS.withMaxChars(50));
        assertThatThrownBy(() -> coder.code(article("long", "x".repeat(51))))
                .isInstanceOf(ArticleCoder.TooLongException.class).hasMessageContaining("51 characters");
        assertThat(parser.parsed).isEmpty();
    }

    @Test
    void anArticleOverItsTimeBudgetFailsAndTheBatchGoesOnInOrder() {
        HangingParser parser = new HangingParser();
        ArticleCoder coder = new ArticleCoder(parser, CodingPipeline.lexiconOnly())
                .withLimits(Limits.DEFAULTS.withTimeBudget(Duration.ofMillis(300)));
        List<String> done = new ArrayList<>();
        List<String> failed = new ArrayList<>();
        List<Article> batch = List.of(article("a", "Iran praised Iraq."), article("stuck", "HANG on"),
                article("b", "Iraq praised Iran."), article("stuck2", "HANG again"), article("c", "Iran met Iraq."));
        coder.codeAll(batch, 1, c -> done.add(c.article().id()), f -> failed.add(f.article().id() + ": " + f.message()));

        assertThat(done).containsExactly("a", "b", "c");
        assertThat(failed).hasSize(2).allSatisfy(m -> assertThat(m).contains("time budget").contains("abandoned"));
        assertThat(failed.get(0)).startsWith("stuck:");
    }

    @Test
    void codeWithinThrowsWhenTheBudgetRunsOut() {
        ArticleCoder coder = new ArticleCoder(new HangingParser(), CodingPipeline.lexiconOnly())
                .withLimits(Limits.DEFAULTS.withTimeBudget(Duration.ofMillis(200)));
        assertThatThrownBy(() -> coder.codeWithin(article("s", "HANG")))
                .isInstanceOf(ArticleCoder.OverBudgetException.class);
        assertThat(coder.codeWithin(article("ok", "Iran praised Iraq.")).article().id()).isEqualTo("ok");
    }

    @Test
    void limitsRejectNonsense() {
        assertThatThrownBy(() -> Limits.DEFAULTS.withMaxChars(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Limits.DEFAULTS.withTimeBudget(Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Limits.DEFAULTS.withMaxSentenceTokens(3)).isInstanceOf(IllegalArgumentException.class);
    }
}
