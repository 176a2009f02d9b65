package th.ita.rules.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import th.ita.model.FiscalYear;
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
        StringBuilder svg = new StringBuilder(2048);
        open(svg, title);
        for (Bar bar : bars(card, policy)) {
            if (bar.score().isPresent()) {
                svg.append("<rect x=\"").append(bar.x()).append("\" y=\"").append(oneDecimal(bar.top()))
                        .append("\" width=\"").append(bar.width()).append("\" height=\"")
                        .append(oneDecimal(bar.height())).append("\" fill=\"#").append(hex(bar.colour())).append("\"/>");
                text(svg, Integer.toString(bar.centre()), oneDecimal(bar.top() - 3), 10,
                        digits.apply(bar.score().get().toString()));
            }
            text(svg, Integer.toString(bar.centre()), Integer.toString(TOP + PLOT_HEIGHT + 16), 11,
                    digits.apply(Integer.toString(bar.indicator())));
        }
        line(svg, policy.passMark(), "#c0392b", digits);
        line(svg, policy.urgentLine(), "#e67e22", digits);
        return axis(svg).append("</svg>").toString();
    }

    private static void line(StringBuilder svg, Score at, String colour, UnaryOperator<String> digits) {
        double y = TOP + PLOT_HEIGHT - at.doubleValue() / 100.0 * PLOT_HEIGHT;
        svg.append("<line x1=\"").append(LEFT).append("\" y1=\"").append(oneDecimal(y)).append("\" x2=\"")
                .append(WIDTH - 10).append("\" y2=\"").append(oneDecimal(y)).append("\" stroke=\"").append(colour)
                .append("\" stroke-dasharray=\"4 3\"/>");
        svg.append("<text x=\"2\" y=\"").append(oneDecimal(y + 3))
                .append("\" font-size=\"10\" fill=\"").append(colour).append("\">").append(digits.apply(at.toString()))
                .append("</text>");
    }

    /** The overall score by year as a line, with the target path dashed where one is set. */
    static String overallLine(SortedMap<FiscalYear, Score> scores, SortedMap<FiscalYear, Score> targets, String title,
            UnaryOperator<String> digits) {
        SortedSet<FiscalYear> years = new TreeSet<>(scores.keySet());
        years.addAll(targets.keySet());
        List<FiscalYear> axis = List.copyOf(years);
        int step = axis.size() > 1 ? (WIDTH - LEFT - 30) / (axis.size() - 1) : 0;
        StringBuilder svg = new StringBuilder(1024);
        open(svg, title);
        for (int i = 0; i < axis.size(); i++) {
            text(svg, Integer.toString(LEFT + i * step), Integer.toString(TOP + PLOT_HEIGHT + 16), 11,
                    digits.apply(axis.get(i).toString()));
        }
        polyline(svg, axis, targets, step, "#7f8c8d", "stroke-dasharray=\"5 4\"", digits, false);
        polyline(svg, axis, scores, step, "#2c3e50", "", digits, true);
        return axis(svg).append("</svg>").toString();
    }

    private static void polyline(StringBuilder svg, List<FiscalYear> axis, SortedMap<FiscalYear, Score> values,
            int step, String colour, String style, UnaryOperator<String> digits, boolean labelled) {
        StringBuilder points = new StringBuilder();
        for (var e : values.entrySet()) {
            double x = LEFT + axis.indexOf(e.getKey()) * step;
            double y = TOP + PLOT_HEIGHT - e.getValue().doubleValue() / 100.0 * PLOT_HEIGHT;
            if (points.length() > 0) {
                points.append(' ');
            }
            points.append(oneDecimal(x)).append(',').append(oneDecimal(y));
            svg.append("<circle cx=\"").append(oneDecimal(x)).append("\" cy=\"").append(oneDecimal(y))
                    .append("\" r=\"3\" fill=\"").append(colour).append("\"/>");
            if (labelled) {
                text(svg, oneDecimal(x), oneDecimal(y - 6), 10, digits.apply(e.getValue().toString()));
            }
        }
        if (values.size() > 1) {
            svg.append("<polyline points=\"").append(points).append("\" fill=\"none\" stroke=\"").append(colour)
                    .append("\" stroke-width=\"2\" ").append(style).append("/>");
        }
    }

    /** The root element, with the title as its accessible name. */
    private static void open(StringBuilder svg, String title) {
        String name = escape(title);
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(HEIGHT)
                .append("\" role=\"img\" aria-label=\"").append(name).append("\"><title>").append(name)
                .append("</title>");
    }

    /** A centred label (the bar chart's line labels are the one left-aligned text). */
    private static void text(StringBuilder svg, String x, String y, int size, String text) {
        svg.append("<text x=\"").append(x).append("\" y=\"").append(y).append("\" font-size=\"").append(size)
                .append("\" text-anchor=\"middle\">").append(text).append("</text>");
    }

    /** The horizontal axis under the plot. */
    private static StringBuilder axis(StringBuilder svg) {
        return svg.append("<line x1=\"").append(LEFT).append("\" y1=\"").append(TOP + PLOT_HEIGHT).append("\" x2=\"")
                .append(WIDTH - 10).append("\" y2=\"").append(TOP + PLOT_HEIGHT).append("\" stroke=\"#333\"/>");
    }

    /**
     * A coordinate with one decimal, as {@code String.format("%.1f")} writes it (half up, from the
     * shortest decimal form of the double) at a fraction of its cost: a report draws about 40.
     */
    static String oneDecimal(double value) {
        String text = BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP).toPlainString();
        // A BigDecimal has no negative zero; the format keeps the sign of what rounds to zero.
        return Double.compare(value, 0.0) < 0 && text.equals("0.0") ? "-0.0" : text;
    }

    /** An RGB colour as six lower-case hex digits. */
    private static String hex(int rgb) {
        String digits = Integer.toHexString(rgb);
        return "000000".substring(digits.length()) + digits;
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace("\"", "&quot;");
    }
}
