package org.dyad.date;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.dyad.text.Sentence;
import org.dyad.text.Token;

/**
 * Finds date expressions in a sentence and resolves them against the article's publication date:
 * "on January 25", "25 January 2022", "on Wednesday", "yesterday", "last week", "earlier this month",
 * "last year", "in 2020". Weekdays and month-days without a year are taken as the most recent such day
 * on or before the publication date (with two days' grace for dates written ahead). Stateless and
 * thread-safe.
 */
public final class DateResolver {
    private static final Map<String, Integer> MONTHS = CalendarNames.months();
    private static final Pattern ORDINAL = Pattern.compile("(?<=\\d)(st|nd|rd|th)$");
    private static final Pattern DAY = Pattern.compile("\\d{1,2}");
    private static final Pattern YEAR = Pattern.compile("(19|20)\\d\\d");
    private static final Map<String, DayOfWeek> WEEKDAYS = CalendarNames.weekdays();

    /**
     * Whether {@link #find} could find a date in {@code s}, from its words alone: a month or weekday name,
     * "yesterday", "today", "tonight", "week", "month", "year" or a year number.
     */
    public static boolean mayDate(Sentence s) {
        for (Token t : s.tokens()) {
            String w = t.lowerWord().replace(".", "");
            if (MONTHS.containsKey(w) || WEEKDAYS.containsKey(w) || CUE_WORDS.contains(w) || isYear(t.word())) {
                return true;
            }
        }
        return false;
    }

    /** The words, besides month and weekday names and years, a date expression is found from ({@link #find}). */
    private static final java.util.Set<String> CUE_WORDS = org.dyad.dictionary.WordSets.get("date.cue-words");

    /** Every date expression in the sentence, in text order, resolved against the publication date. */
    public List<TextDate> find(Sentence s, LocalDate published) {
        return find(s, Optional.of(published));
    }

    /**
     * Every date expression in the sentence, in text order. Without a publication date only what the text
     * dates by itself is found ("on 5 March 2021", "in 2019"): nothing relative ("Monday", "last week", "on
     * March 5") is resolved, and no date is historical, since nothing says when the article was written.
     */
    public List<TextDate> find(Sentence s, Optional<LocalDate> publishedDate) {
        if (publishedDate.isEmpty()) {
            return absolute(s);
        }
        LocalDate published = publishedDate.get();
        List<TextDate> out = new ArrayList<>();
        int n = s.size();
        for (int i = 0; i < n; i++) {
            Token t = s.token(i);
            String w = t.lowerWord().replace(".", "");
            Integer month = MONTHS.get(w);
            if (month != null && isMonthWord(w, t)) {
                int from = i;
                int end = i + 1;
                Integer day = null;
                Integer year = null;
                if (i + 1 < n && isDay(dayWord(s.token(i + 1).word()))) {
                    day = Integer.parseInt(dayWord(s.token(i + 1).word()));
                    end = i + 2;
                } else if (i > 0 && isDay(dayWord(s.token(i - 1).word()))) {
                    day = Integer.parseInt(dayWord(s.token(i - 1).word()));
                    from = i - 1;
                }
                int y = end;
                if (y < n && s.token(y).word().equals(",")) {
                    y++;
                }
                if (y < n && isYear(s.token(y).word())) {
                    year = Integer.parseInt(s.token(y).word());
                    end = y + 1;
                }
                LocalDate date = monthDay(published, year, month, day);
                if (date != null) {
                    // only a written year makes a background event; an inferred one ("on December 30" in a
                    // January article) is recent news
                    boolean historical = year != null && year < published.getYear();
                    out.add(new TextDate(i, from, end, date, day == null ? "month" : "day", historical));
                }
                i = end - 1;
                continue;
            }
            DayOfWeek dow = WEEKDAYS.get(w);
            if (dow != null && t.isProperNoun()) {
                LocalDate d = published.with(TemporalAdjusters.previousOrSame(dow));
                out.add(new TextDate(i, i, i + 1, d, "day", false));
                continue;
            }
            switch (w) {
                case "yesterday" -> out.add(new TextDate(i, i, i + 1, published.minusDays(1), "day", false));
                case "today", "tonight" -> out.add(new TextDate(i, i, i + 1, published, "day", false));
                case "week", "month", "year" -> relative(s, i, w, published, out);
                default -> {
                    if (isYear(t.word()) && t.pos().equals("CD") && !(i + 1 < n && s.token(i + 1).lowerWord().startsWith("-"))
                            && !counts(s, i)) {
                        int year = Integer.parseInt(t.word());
                        if (i == 0 || MONTHS.get(s.token(i - 1).lowerWord()) == null) {
                            out.add(new TextDate(i, i, i + 1, LocalDate.of(year, 1, 1), "year",
                                    year < published.getYear()));
                        }
                    }
                }
            }
        }
        return out;
    }

    /**
     * Whether a date belongs to a trigger: it hangs on the trigger ("met on Monday", "the war in 2020", "attend
     * the conference Saturday, April 28, 2012"), or on the trigger's direct object, the event the verb carries
     * out ("carried out an attack in June 2017"), through numbers, compounds and appositions of the date itself.
     * A date deeper down describes something else ("sanctions for involvement in the 2015 hack", "briefed them on
     * the situation following the war in 2020").
     */
    public static boolean attachedTo(Sentence s, TextDate d, int trigger) {
        int cur = d.head();
        for (int guard = 0; guard < 6 && cur >= 0; guard++) {
            String rel = s.relation(cur);
            int gov = s.governor(cur);
            if (gov < 0) {
                return false;
            }
            boolean hangs = rel.startsWith("obl") || rel.startsWith("nmod") || rel.equals("advmod");
            if (gov == trigger) {
                return hangs || rel.equals("nummod");
            }
            if (hangs) {
                return s.relation(gov).equals("obj") && s.governor(gov) == trigger;
            }
            if (!(rel.equals("nummod") || rel.equals("compound") || rel.startsWith("flat") || rel.equals("appos"))) {
                return false;
            }
            cur = gov;
        }
        return false;
    }

    /**
     * The date that dates a trigger's event: the last date that hangs on it ({@link #attachedTo}). A date deeper in
     * the sentence may date something else ("briefed them on the situation following the war with Armenia in
     * 2020", "sanctions in relation to the 2005 bombing"), so it does not date the trigger.
     */
    public static Optional<TextDate> governing(Sentence s, List<TextDate> dates, int trigger) {
        TextDate attached = null;
        for (TextDate d : dates) {
            if (attachedTo(s, d, trigger)) {
                attached = d;
            }
        }
        return Optional.ofNullable(attached);
    }

    /** Dates the text gives in full: a month with a written year, or a bare year. */
    private static List<TextDate> absolute(Sentence s) {
        List<TextDate> out = new ArrayList<>();
        int n = s.size();
        for (int i = 0; i < n; i++) {
            Token t = s.token(i);
            String w = t.lowerWord().replace(".", "");
            Integer month = MONTHS.get(w);
            if (month != null && isMonthWord(w, t)) {
                int from = i;
                int end = i + 1;
                Integer day = null;
                if (i + 1 < n && isDay(dayWord(s.token(i + 1).word()))) {
                    day = Integer.parseInt(dayWord(s.token(i + 1).word()));
                    end = i + 2;
                } else if (i > 0 && isDay(dayWord(s.token(i - 1).word()))) {
                    day = Integer.parseInt(dayWord(s.token(i - 1).word()));
                    from = i - 1;
                }
                int y = end < n && s.token(end).word().equals(",") ? end + 1 : end;
                if (y < n && isYear(s.token(y).word())) {
                    try {
                        LocalDate d = LocalDate.of(Integer.parseInt(s.token(y).word()), month, day == null ? 1 : day);
                        out.add(new TextDate(i, from, y + 1, d, day == null ? "month" : "day", false));
                    } catch (java.time.DateTimeException e) {
                        // "February 30, 2020": no such day
                    }
                    i = y;
                } else {
                    i = end - 1;
                }
                continue;
            }
            if (isYear(t.word()) && t.pos().equals("CD") && !(i + 1 < n && s.token(i + 1).lowerWord().startsWith("-"))
                    && !counts(s, i) && (i == 0 || MONTHS.get(s.token(i - 1).lowerWord()) == null)) {
                out.add(new TextDate(i, i, i + 1, LocalDate.of(Integer.parseInt(t.word()), 1, 1), "year", false));
            }
        }
        return out;
    }

    private static void relative(Sentence s, int i, String unit, LocalDate published, List<TextDate> out) {
        if (i == 0) {
            return;
        }
        String before = s.token(i - 1).lowerWord();
        int from = i - 1;
        LocalDate date;
        String precision;
        boolean earlierThis = before.equals("this") && i >= 2 && s.token(i - 2).lowerWord().matches("earlier|later");
        if (before.equals("last") || before.equals("past")) {
            switch (unit) {
                case "week" -> { date = published.minusWeeks(1); precision = "day"; }
                case "month" -> { date = published.minusMonths(1).withDayOfMonth(1); precision = "month"; }
                default -> { date = LocalDate.of(published.getYear() - 1, 1, 1); precision = "year"; }
            }
        } else if (before.equals("this")) {
            from = earlierThis ? i - 2 : i - 1;
            switch (unit) {
                case "week" -> { date = published; precision = "day"; }
                case "month" -> { date = published.withDayOfMonth(1); precision = "month"; }
                default -> { date = published.withDayOfYear(1); precision = "year"; }
            }
        } else {
            return;
        }
        // "last week" / "last month" in early January fall in the previous year but are recent news; only
        // "last year" names a year before the article's
        out.add(new TextDate(i, from, i + 1, date, precision, unit.equals("year") && date.getYear() < published.getYear()));
    }

    private static LocalDate monthDay(LocalDate published, Integer year, int month, Integer day) {
        int y = year != null ? year : published.getYear();
        try {
            LocalDate d = LocalDate.of(y, month, day == null ? 1 : day);
            if (year == null && d.isAfter(published.plusDays(2))) {
                d = d.minusYears(1);
            }
            return d;
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    /**
     * A month name: abbreviations ("Jan", "Sept.") and the names that are also common words ("may" the modal,
     * "march" the verb, "august" the adjective) only as proper nouns; other full names in any case.
     */
    private static boolean isMonthWord(String w, Token t) {
        if (t.ner().equals("PERSON")) {
            return false; // "Theresa May"
        }
        if (t.isProperNoun()) {
            return true;
        }
        return w.length() > 3 && !w.equals("march") && !w.equals("august") && !w.equals("may");
    }

    /** A number that counts a plural noun ("2000 people", "1500 soldiers"), not a year ("the 2015 deal"). */
    private static boolean counts(Sentence s, int i) {
        int g = s.governor(i);
        return g >= 0 && s.relation(i).equals("nummod") && s.token(g).pos().equals("NNS");
    }

    /** A day number without its ordinal suffix: "25th" gives "25". */
    private static String dayWord(String w) {
        return ORDINAL.matcher(w).replaceAll("");
    }

    private static boolean isDay(String w) {
        return DAY.matcher(w).matches() && Integer.parseInt(w) >= 1 && Integer.parseInt(w) <= 31;
    }

    private static boolean isYear(String w) {
        return YEAR.matcher(w).matches();
    }

}
