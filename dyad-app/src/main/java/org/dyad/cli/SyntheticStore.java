package org.dyad.cli;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.dyad.actor.Actor;
import org.dyad.article.Article;
import org.dyad.event.Event;
import org.dyad.event.Evidence;
import org.dyad.event.Location;
import org.dyad.event.Modality;
import org.dyad.ontology.Cameo;
import org.dyad.ontology.CameoCode;
import org.dyad.pipeline.CodedArticle;
import org.dyad.store.EventStore;

/**
 * Fills a store with synthetic coded articles through the store's own write path ({@link EventStore#put}), for
 * {@code dyad bench serve}: ten event mentions an article, actors from 24 countries and four sectors, CAMEO codes
 * from the whole ontology, dates over five years (2020-2024), one article in five without a publication date. The
 * same seed gives the same store. The text is made-up filler, not news.
 */
final class SyntheticStore {
    /** Event mentions per article. */
    static final int PER_ARTICLE = 10;

    private static final String COUNTRIES = "AZE IRN ARM GEO TUR RUS USA CHN FRA DEU GBR ISR SYR IRQ EGY SAU UKR POL "
            + "IND PAK JPN KOR BRA ZAF";
    private static final String SECTORS = "GOV MIL GOVMIL BUS";
    private static final LocalDate FIRST = LocalDate.of(2020, 1, 1);
    private static final int DAYS = 5 * 365;

    private SyntheticStore() {}

    /** Puts articles holding {@code mentions} event mentions into {@code store}; answers the articles' ids. */
    static List<String> fill(EventStore store, int mentions, long seed) {
        Random r = new Random(seed);
        String[] countries = COUNTRIES.split(" ");
        String[] sectors = SECTORS.split(" ");
        List<CameoCode> codes = Cameo.load().all();
        List<String> ids = new ArrayList<>();
        for (int a = 0; a * PER_ARTICLE < mentions; a++) {
            String id = "synthetic-" + a;
            LocalDate published = FIRST.plusDays(r.nextInt(DAYS));
            boolean undated = a % 5 == 4;
            StringBuilder text = new StringBuilder();
            List<Event> events = new ArrayList<>();
            int n = Math.min(PER_ARTICLE, mentions - a * PER_ARTICLE);
            for (int i = 0; i < n; i++) {
                Actor source = actor(countries[r.nextInt(countries.length)], sectors[r.nextInt(sectors.length)]);
                Actor target = actor(countries[r.nextInt(countries.length)], sectors[r.nextInt(sectors.length)]);
                CameoCode code = codes.get(r.nextInt(codes.size()));
                String sentence = source.text() + " reportedly took part in " + code.name().toLowerCase(java.util.Locale.ROOT)
                        + " with " + target.text() + " in a synthetic sentence number " + i + ". ";
                int start = text.length();
                text.append(sentence);
                int trigger = start + source.text().length() + 1;
                Evidence ev = new Evidence(sentence.strip(), start, start + sentence.strip().length(), "reportedly",
                        trigger, trigger + "reportedly".length());
                LocalDate date = published.minusDays(r.nextInt(3));
                Optional<Location> where = r.nextInt(4) == 0 ? Optional.of(Location.of("the capital", target.country()))
                        : Optional.empty();
                events.add(new Event(id + "-" + i, id, i, undated ? Optional.empty() : Optional.of(date), undated ? "none" : "day", source, Optional.of(target),
                        code, false, Modality.ASSERTED, where, ev, "synthetic"));
            }
            Article article = new Article(id, text.toString(), undated ? Optional.empty() : Optional.of(published),
                    "Synthetic report " + a, "", "outlet-" + (a % 40), "");
            store.put(new CodedArticle(article, n, n * 20, events));
            ids.add(id);
        }
        return ids;
    }

    /**
     * The ids of the synthetic articles already in {@code store} (empty when it holds any other article), in
     * fill order.
     */
    static List<String> ids(EventStore store) {
        org.dyad.store.ResultTable t = new org.dyad.store.Browse(store).articleIds();
        List<String> ids = new ArrayList<>();
        for (List<Object> row : t.rows()) {
            String id = String.valueOf(row.get(0));
            if (!id.startsWith("synthetic-")) {
                return List.of();
            }
            ids.add(id);
        }
        ids.sort(java.util.Comparator.comparingInt(id -> Integer.parseInt(id.substring("synthetic-".length()))));
        return ids;
    }

    private static Actor actor(String country, String sectors) {
        List<String> s = new ArrayList<>();
        for (int i = 0; i + 3 <= sectors.length(); i += 3) {
            s.add(sectors.substring(i, i + 3));
        }
        return new Actor(country + sectors, country, s, "the " + country + " " + sectors.toLowerCase(java.util.Locale.ROOT)
                + " side", "");
    }
}
