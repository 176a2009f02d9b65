package th.ita.rules.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.UnaryOperator;
import th.ita.model.Score;
import th.ita.model.policy.Policy;
import th.ita.model.scoring.ScoreCard;

/** Inline SVG charts for the HTML report: plain strings, so the file stays self-contained. */
final class Charts {

    private static final int WIDTH = 640;
    private static final int HEIGHT = 260;
    private static final int LEFT = 40;
    private static final int TOP = 20;
    private static final int PLOT_HEIGHT = 200;

    private Charts() {
    }

    /**
     * The colour of an indicator's bar, as RGB, in the SVG and the PNG alike: red below the pass
     * mark, orange below the urgent line, green at or above it.
     */
    static int barColour(Score score, Policy policy) {
        return score.isBelow(policy.passMark()) ? 0xc0392b : score.isBelow(policy.urgentLine()) ? 0xe67e22 : 0x27ae60;
    }

    /**
     * One indicator's slot in the bar chart, as both the SVG and the PNG draw it.
     *
     * @param indicator the indicator number, 1 - 10
     * @param x the bar's left edge
     * @param width the bar's width
     * @param score the indicator's score, or empty when the input lacks it (no bar, the label only)
     * @param height the bar's height, 0 without a score
     * @param colour the bar's RGB colour ({@link #barColour})
     */
    record Bar(int indicator, int x, int width, Optional<Score> score, double height, int colour) {

        /** The bar's top edge. */
        double top() {
            return TOP + PLOT_HEIGHT - height;
        }

        /** The bar's horizontal centre, in whole units as the SVG writes it. */
        int centre() {
            return x + width / 2;
        }
    }

    /** The ten bars of the indicator chart, in indicator order. */
    static List<Bar> bars(ScoreCard card, Policy policy) {
        int slot = (WIDTH - LEFT - 10) / 10;
        List<Bar> bars = new ArrayList<>();
        for (int i = 1; i <= 10; i++) {
            Optional<Score> score = card.indicator(i).value();
            bars.add(new Bar(i, LEFT + (i - 1) * slot + slot / 5, slot * 3 / 5, score,
                    score.map(s -> s.doubleValue() / 100.0 * PLOT_HEIGHT).orElse(0.0),
                    score.map(s -> barColour(s, policy)).orElse(0)));
        }
        return bars;
    }

    /** Ten bars, one per indicator, with the pass mark and the urgent line drawn across. */
    static String indicatorBars(ScoreCard card, Policy policy, String title, UnaryOperator<String> digits) {
        StringBuilder svg = new StringBuilder();
        svg.append(String.format(Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %d %d\" role=\"img\" aria-label=\"%s\">",
                WIDTH, HEIGHT, escape(title)));
        svg.append("<title>").append(escape(title)).append("</title>");
        for (Bar bar : bars(card, policy)) {
            if (bar.score().isPresent()) {
                svg.append(String.format(Locale.ROOT,
                        "<rect x=\"%d\" y=\"%.1f\" width=\"%d\" height=\"%.1f\" fill=\"#%06x\"/>",
                        bar.x(), bar.top(), bar.width(), bar.height(), bar.colour()));
                svg.append(String.format(Locale.ROOT,
                        "<text x=\"%d\" y=\"%.1f\" font-size=\"10\" text-anchor=\"middle\">%s</text>",
                        bar.centre(), bar.top() - 3, digits.apply(bar.score().get().toString())));
            }
            svg.append(String.format(Locale.ROOT,
                    "<text x=\"%d\" y=\"%d\" font-size=\"11\" text-anchor=\"middle\">%s</text>",
                    bar.centre(), TOP + PLOT_HEIGHT + 16, digits.apply(Integer.toString(bar.indicator()))));
        }
        line(svg, policy.passMark(), "#c0392b", digits);
        line(svg, policy.urgentLine(), "#e67e22", digits);
        svg.append(String.format(Locale.ROOT,
                "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#333\"/>", LEFT, TOP + PLOT_HEIGHT,
                WIDTH - 10, TOP + PLOT_HEIGHT));
        return svg.append("</svg>").toString();
    }

    private static void line(StringBuilder svg, Score at, String colour, UnaryOperator<String> digits) {
        double y = TOP + PLOT_HEIGHT - at.doubleValue() / 100.0 * PLOT_HEIGHT;
        svg.append(String.format(Locale.ROOT,
                "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"%s\" stroke-dasharray=\"4 3\"/>",
                LEFT, y, WIDTH - 10, y, colour));
        svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%.1f\" font-size=\"10\" fill=\"%s\">%s</text>",
                2, y + 3, colour, digits.apply(at.toString())));
    }

    /** The overall score by year as a line, with the target path dashed where one is set. */
    static String overallLine(java.util.SortedMap<th.ita.model.FiscalYear, Score> scores,
            java.util.SortedMap<th.ita.model.FiscalYear, Score> targets, String title, UnaryOperator<String> digits) {
        java.util.SortedSet<th.ita.model.FiscalYear> years = new java.util.TreeSet<>(scores.keySet());
        years.addAll(targets.keySet());
        java.util.List<th.ita.model.FiscalYear> axis = java.util.List.copyOf(years);
        int step = axis.size() > 1 ? (WIDTH - LEFT - 30) / (axis.size() - 1) : 0;
        StringBuilder svg = new StringBuilder();
        svg.append(String.format(Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %d %d\" role=\"img\" aria-label=\"%s\">",
                WIDTH, HEIGHT, escape(title)));
        svg.append("<title>").append(escape(title)).append("</title>");
        for (int i = 0; i < axis.size(); i++) {
            svg.append(String.format(Locale.ROOT,
                    "<text x=\"%d\" y=\"%d\" font-size=\"11\" text-anchor=\"middle\">%s</text>",
                    LEFT + i * step, TOP + PLOT_HEIGHT + 16, digits.apply(axis.get(i).toString())));
        }
        polyline(svg, axis, targets, step, "#7f8c8d", "stroke-dasharray=\"5 4\"", digits, false);
        polyline(svg, axis, scores, step, "#2c3e50", "", digits, true);
        svg.append(String.format(Locale.ROOT,
                "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#333\"/>", LEFT, TOP + PLOT_HEIGHT,
                WIDTH - 10, TOP + PLOT_HEIGHT));
        return svg.append("</svg>").toString();
    }

    private static void polyline(StringBuilder svg, java.util.List<th.ita.model.FiscalYear> axis,
            java.util.SortedMap<th.ita.model.FiscalYear, Score> values, int step, String colour, String style,
            UnaryOperator<String> digits, boolean labelled) {
        StringBuilder points = new StringBuilder();
        for (var e : values.entrySet()) {
            double x = LEFT + axis.indexOf(e.getKey()) * step;
            double y = TOP + PLOT_HEIGHT - e.getValue().doubleValue() / 100.0 * PLOT_HEIGHT;
            points.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, y));
            svg.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"3\" fill=\"%s\"/>", x, y,
                    colour));
            if (labelled) {
                svg.append(String.format(Locale.ROOT,
                        "<text x=\"%.1f\" y=\"%.1f\" font-size=\"10\" text-anchor=\"middle\">%s</text>", x, y - 6,
                        digits.apply(e.getValue().toString())));
            }
        }
        if (values.size() > 1) {
            svg.append(String.format(Locale.ROOT,
                    "<polyline points=\"%s\" fill=\"none\" stroke=\"%s\" stroke-width=\"2\" %s/>",
                    points.toString().strip(), colour, style));
        }
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace("\"", "&quot;");
    }
}
