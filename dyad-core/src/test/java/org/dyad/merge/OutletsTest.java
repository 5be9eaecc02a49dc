package org.dyad.merge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.dyad.article.Article;
import org.junit.jupiter.api.Test;

class OutletsTest {
    @Test
    void theOutletIsTheUrlsHostOrTheSource() {
        assertThat(Outlets.of(new Article("a", "t", Optional.empty(), "", "", "feed",
                "https://www.example.org/news/1"))).isEqualTo("example.org");
        assertThat(Outlets.of(new Article("a", "t", Optional.empty(), "", "", "Caspian Wire", ""))).isEqualTo(
                "Caspian Wire");
        assertThat(Outlets.of(new Article("a", "t", Optional.empty(), "", "", "Caspian Wire", "not a url")))
                .as("a URL without a host: the source").isEqualTo("Caspian Wire");
    }
}
