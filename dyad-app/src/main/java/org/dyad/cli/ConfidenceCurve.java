package org.dyad.cli;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.imageio.ImageIO;
import org.dyad.eval.GoldEvaluation;
import org.dyad.eval.GoldMetrics;
import org.dyad.eval.GoldSet;
import org.dyad.eval.Half;
import org.dyad.eval.Ratio;

/**
 * Precision and recall of a gold run at several confidence thresholds: what a user gets who keeps only the events
 * of at least that confidence ({@code --min-confidence}). A table per half, and a PNG drawn with Java 2D (one line
 * per half, a point per threshold, precision against recall).
 */
final class ConfidenceCurve {
    /** The thresholds, from every event to the surest. */
    static final double[] THRESHOLDS = {0, 0.5, 0.6, 0.7, 0.8, 0.9};

    /** One point: a threshold, the recall and the precision at it (NaN when no event is left), events per record. */
    record Point(double threshold, double recall, double precision, double events) {}

    private final GoldSet.Format format;
    private final String recall;
    private final String precision;
    private final Map<String, List<Point>> lines = new LinkedHashMap<>();

    private ConfidenceCurve(GoldSet.Format format, String recall, String precision) {
        this.format = format;
        this.recall = recall;
        this.precision = precision;
    }

    /** The curve of a JSONL or span gold run; empty for PentaClass (no precision to speak of). */
    static java.util.Optional<ConfidenceCurve> of(GoldSet.Format format, List<GoldEvaluation.RecordScore> scores) {
        ConfidenceCurve c = switch (format) {
            case JSONL -> new ConfidenceCurve(format, GoldMetrics.PLOVER_SOURCE, GoldMetrics.EVENT_PRECISION);
            case SPANS -> new ConfidenceCurve(format, GoldMetrics.DYAD_RECALL, GoldMetrics.ACTOR_PRECISION);
            case PENTACLASS -> null;
        };
        if (c == null) {
            return java.util.Optional.empty();
        }
        for (Half h : Half.values()) {
            List<GoldEvaluation.RecordScore> half = scores.stream().filter(s -> s.record().half() == h).toList();
            if (half.isEmpty()) {
                continue;
            }
            List<Point> points = new ArrayList<>();
            for (double t : THRESHOLDS) {
                Map<String, Ratio> sum = GoldMetrics.sum(half.stream().map(s -> s.atConfidence(format, t)).toList());
                Ratio events = sum.get(c.precision);
                double precision = events == null || events.den() == 0 ? Double.NaN : value(sum, c.precision);
                points.add(new Point(t, value(sum, c.recall), precision, value(sum, GoldMetrics.EVENTS)));
            }
            c.lines.put(h.label(), points);
        }
        return java.util.Optional.of(c);
    }

    private static double value(Map<String, Ratio> sum, String metric) {
        Ratio r = sum.get(metric);
        return r == null || r.den() == 0 ? 0 : (double) r.num() / r.den();
    }

    /** The table: a row per threshold, recall, precision and events per record for each half. */
    void text(java.io.PrintWriter out) {
        out.printf(Locale.ROOT, "%nby confidence (%s, %s)%n%-10s", recall, precision, "min conf.");
        lines.keySet().forEach(h -> out.printf(Locale.ROOT, "%30s", h + " recall / precision / ev"));
        out.println();
        for (int i = 0; i < THRESHOLDS.length; i++) {
            out.printf(Locale.ROOT, "%-10.2f", THRESHOLDS[i]);
            for (List<Point> ps : lines.values()) {
                Point p = ps.get(i);
                String precision = Double.isNaN(p.precision()) ? "-" // no event left: no precision
                        : String.format(Locale.ROOT, "%.3f", p.precision());
                out.printf(Locale.ROOT, "%30s", String.format(Locale.ROOT, "%.3f / %s / %.2f", p.recall(),
                        precision, p.events()));
            }
            out.println();
        }
        out.flush();
    }

    Map<String, List<Point>> lines() {
        return lines;
    }

    String recallName() {
        return recall;
    }

    String precisionName() {
        return precision;
    }

    /** Draws the curve as a PNG: precision (y) against recall (x), each point labelled with its threshold. */
    void png(Path file, String title) throws IOException {
        int w = 720;
        int h = 520;
        int left = 70;
        int right = 30;
        int top = 50;
        int bottom = 60;
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, w, h);
        int pw = w - left - right;
        int ph = h - top - bottom;
        g.setColor(new Color(0xDDDDDD));
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        for (int i = 0; i <= 10; i++) {
            int x = left + pw * i / 10;
            int y = top + ph - ph * i / 10;
            g.setColor(new Color(0xE6E6E6));
            g.drawLine(x, top, x, top + ph);
            g.drawLine(left, y, left + pw, y);
            g.setColor(Color.DARK_GRAY);
            g.drawString(String.format(Locale.ROOT, "%.1f", i / 10.0), x - 8, top + ph + 16);
            g.drawString(String.format(Locale.ROOT, "%.1f", i / 10.0), left - 28, y + 4);
        }
        g.setColor(Color.BLACK);
        g.drawRect(left, top, pw, ph);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 14));
        g.drawString(title, left, 24);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        g.drawString("recall: " + recall, left + pw / 2 - 80, h - 20);
        g.rotate(-Math.PI / 2);
        g.drawString("precision: " + precision, -(top + ph / 2 + 80), 18);
        g.rotate(Math.PI / 2);
        Color[] colors = {new Color(0x1F3A5F), new Color(0xC0392B), new Color(0x3A8F4B)};
        int k = 0;
        for (Map.Entry<String, List<Point>> line : lines.entrySet()) {
            Color c = colors[k % colors.length];
            g.setColor(c);
            g.setStroke(new BasicStroke(2f));
            int px = -1;
            int py = -1;
            for (Point p : line.getValue()) {
                if (Double.isNaN(p.precision())) {
                    continue; // no event at this threshold: nothing to draw
                }
                int x = left + (int) Math.round(p.recall() * pw);
                int y = top + ph - (int) Math.round(p.precision() * ph);
                if (px >= 0) {
                    g.drawLine(px, py, x, y);
                }
                g.fillOval(x - 4, y - 4, 8, 8);
                g.drawString(String.format(Locale.ROOT, "%.1f", p.threshold()), x + 6, y - 6);
                px = x;
                py = y;
            }
            g.drawString(line.getKey() + " half", left + pw - 90, top + 20 + 16 * k);
            k++;
        }
        g.dispose();
        ImageIO.write(img, "png", file.toFile());
    }
}
