package org.dyad.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.dyad.store.Fixtures.article;
import static org.dyad.store.Fixtures.coded;
import static org.dyad.store.Fixtures.mention;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dyad.article.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Stored articles read back page by page, as they were put. */
class StoredArticlesTest {
    @TempDir Path dir;

    @Test
    void everyArticleComesBackOnceWithItsTextAndMetadataInIdOrder() {
        Article dated = new Article("b2", "Iran and Azerbaijan signed a protocol.", Optional.of(LocalDate.of(2022, 1, 26)),
                "Protocol", "By A. Writer", "Caspian Wire", "https://example.org/b2");
        Article undated = article("a1", "Armenia praised Georgia.", null, "");
        Article third = article("c3", "Georgia criticised Armenia.", "2022-02-01", "wire");
        try (EventStore s = EventStore.open(dir.resolve("t.duckdb"))) {
            s.put(coded(dated, mention("b2", 0, "2022-01-25", "AZEGOV", "IRNGOV", "057")));
            s.put(coded(undated));
            s.put(coded(third));
            StoredArticles stored = new StoredArticles(s);
            assertThat(stored.count()).isEqualTo(3);
            List<Article> all = new ArrayList<>();
            List<Integer> pages = new ArrayList<>();
            String after = "";
            for (List<Article> page = stored.page(after, 2); !page.isEmpty(); page = stored.page(after, 2)) {
                all.addAll(page);
                pages.add(page.size());
                after = page.get(page.size() - 1).id();
            }
            assertThat(pages).containsExactly(2, 1);
            assertThat(all).extracting(Article::id).containsExactly("a1", "b2", "c3");
            assertThat(all.get(1)).isEqualTo(dated);
            assertThat(all.get(0).published()).isEmpty();
            assertThat(all.get(0).text()).isEqualTo("Armenia praised Georgia.");
            assertThatThrownBy(() -> stored.page("", 0)).isInstanceOf(IllegalArgumentException.class);
        }
    }
}
