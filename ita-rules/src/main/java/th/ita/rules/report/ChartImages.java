package th.ita.rules.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.GraphicsEnvironment;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;
import java.util.function.UnaryOperator;
import javax.imageio.ImageIO;
import th.ita.model.FiscalYear;
import th.ita.model.Score;
import th.ita.model.ThaiDigits;
import th.ita.model.policy.Policy;
import th.ita.model.scoring.ScoreCard;

/**
 * The charts of {@link Charts} as PNG images for the DOCX report, drawn with Java2D at twice the
 * SVG's size: the same geometry and colours, no library beyond the JDK.
 *
 * <p>The labels are numbers only. They are drawn in the first installed font that has the Thai
 * digits (TH Sarabun New, Sarabun, Noto Sans Thai, ...) when Thai digits are asked for; on a machine
 * with none, they fall back to Arabic digits in the JDK's sans-serif font rather than draw boxes.
 */
final class ChartImages {

    static final int WIDTH = 640;
    static final int HEIGHT = 260;
    private static final int SCALE = 2;
    private static final int LEFT = 40;
    private static final int TOP = 20;
    private static final int PLOT_HEIGHT = 200;
    private static final List<String> THAI_FONTS = List.of("TH Sarabun New", "TH SarabunPSK", "Sarabun", "Laksaman",
            "Noto Sans Thai", "Leelawadee UI", "Tahoma", "Loma", "Garuda", "Waree", "Norasi", "Kinnari");
    private static final String THAI_DIGITS = "๐๑๒๓๔๕๖๗๘๙.";

    private ChartImages() {
    }

    /** Ten bars, one per indicator, with the pass mark and the urgent line drawn across. */
    static byte[] indicatorBars(ScoreCard card, Policy policy, UnaryOperator<String> digits) {
        Canvas c = new Canvas(digits);
        for (Charts.Bar bar : Charts.bars(card, policy)) {
            double centre = bar.x() + bar.width() / 2.0;
            if (bar.score().isPresent()) {
                c.g.setColor(new Color(bar.colour()));
                c.g.fill(new java.awt.geom.Rectangle2D.Double(bar.x(), bar.top(), bar.width(), bar.height()));
                c.text(bar.score().get().toString(), centre, bar.top() - 3, 10, Color.BLACK, true);
            }
            c.text(Integer.toString(bar.indicator()), centre, TOP + PLOT_HEIGHT + 16, 11, Color.BLACK, true);
        }
        c.dashed(policy.passMark(), new Color(0xc0392b));
        c.dashed(policy.urgentLine(), new Color(0xe67e22));
        c.axis();
        return c.png();
    }

    /** The overall score by year as a line, with the target path dashed where one is set. */
    static byte[] overallLine(SortedMap<FiscalYear, Score> scores, SortedMap<FiscalYear, Score> targets,
            UnaryOperator<String> digits) {
        java.util.SortedSet<FiscalYear> years = new java.util.TreeSet<>(scores.keySet());
        years.addAll(targets.keySet());
        List<FiscalYear> axis = List.copyOf(years);
        int step = axis.size() > 1 ? (WIDTH - LEFT - 30) / (axis.size() - 1) : 0;
        Canvas c = new Canvas(digits);
        for (int i = 0; i < axis.size(); i++) {
            c.text(axis.get(i).toString(), LEFT + i * step, TOP + PLOT_HEIGHT + 16, 11, Color.BLACK, true);
        }
        c.polyline(axis, targets, step, new Color(0x7f8c8d), true);
        c.polyline(axis, scores, step, new Color(0x2c3e50), false);
        c.axis();
        return c.png();
    }

    /** The font for the labels: a Thai one when Thai digits are wanted and one is installed, else null. */
    private static Font thaiFont() {
        Set<String> installed = Set.of(GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames(
                java.util.Locale.ROOT));
        for (String name : THAI_FONTS) {
            if (installed.contains(name)) {
                Font font = new Font(name, Font.PLAIN, 10);
                if (font.canDisplayUpTo(THAI_DIGITS) == -1) {
                    return font;
                }
            }
        }
        return null;
    }

    /** One image being drawn, in the SVG's coordinates. */
    private static final class Canvas {

        private final BufferedImage image = new BufferedImage(WIDTH * SCALE, HEIGHT * SCALE,
                BufferedImage.TYPE_INT_RGB);
        private final Graphics2D g = image.createGraphics();
        private final UnaryOperator<String> digits;
        private final Font font;

        Canvas(UnaryOperator<String> digits) {
            Font thai = digits.apply("0").equals("0") ? null : thaiFont();
            // Without a Thai font, Arabic digits: a box per digit helps nobody.
            this.digits = thai == null ? s -> ThaiDigits.toArabic(digits.apply(s)) : digits;
            this.font = thai != null ? thai : new Font(Font.SANS_SERIF, Font.PLAIN, 10);
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, image.getWidth(), image.getHeight());
            g.scale(SCALE, SCALE);
        }

        void text(String text, double x, double y, float size, Color colour, boolean centred) {
            String shown = digits.apply(text);
            // Thai fonts such as TH Sarabun New are small for their size: a third larger reads alike.
            g.setFont(font.deriveFont(font.getFamily().startsWith("TH ") ? size * 4 / 3 : size));
            g.setColor(colour);
            FontMetrics metrics = g.getFontMetrics();
            double left = centred ? x - metrics.stringWidth(shown) / 2.0 : x;
            g.drawString(shown, (float) left, (float) y);
        }

        void dashed(Score at, Color colour) {
            double y = TOP + PLOT_HEIGHT - at.doubleValue() / 100.0 * PLOT_HEIGHT;
            g.setColor(colour);
            g.setStroke(new BasicStroke(1, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10, new float[] {4, 3}, 0));
            g.draw(new java.awt.geom.Line2D.Double(LEFT, y, WIDTH - 10, y));
            g.setStroke(new BasicStroke(1));
            text(at.toString(), 2, y + 3, 10, colour, false);
        }

        void axis() {
            g.setColor(new Color(0x333333));
            g.setStroke(new BasicStroke(1));
            g.draw(new java.awt.geom.Line2D.Double(LEFT, TOP + PLOT_HEIGHT, WIDTH - 10, TOP + PLOT_HEIGHT));
        }

        void polyline(List<FiscalYear> axis, SortedMap<FiscalYear, Score> values, int step, Color colour,
                boolean dashed) {
            java.awt.geom.Path2D.Double path = new java.awt.geom.Path2D.Double();
            boolean first = true;
            for (var e : values.entrySet()) {
                double x = LEFT + axis.indexOf(e.getKey()) * step;
                double y = TOP + PLOT_HEIGHT - e.getValue().doubleValue() / 100.0 * PLOT_HEIGHT;
                if (first) {
                    path.moveTo(x, y);
                    first = false;
                } else {
                    path.lineTo(x, y);
                }
                g.setColor(colour);
                g.fill(new java.awt.geom.Ellipse2D.Double(x - 3, y - 3, 6, 6));
                if (!dashed) {
                    text(e.getValue().toString(), x, y - 6, 10, Color.BLACK, true);
                }
            }
            if (values.size() > 1) {
                g.setColor(colour);
                g.setStroke(dashed ? new BasicStroke(2, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10,
                        new float[] {5, 4}, 0) : new BasicStroke(2));
                g.draw(path);
                g.setStroke(new BasicStroke(1));
            }
        }

        byte[] png() {
            g.dispose();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try {
                ImageIO.write(image, "png", out);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return out.toByteArray();
        }
    }
}
