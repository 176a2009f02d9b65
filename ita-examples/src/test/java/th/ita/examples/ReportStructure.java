package th.ita.examples;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Block;
import org.commonmark.node.Code;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.CustomNode;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * The structure of a report, as a Markdown or HTML reader sees it, to compare a report on hostile
 * text with the same report on a plain one: the structure must be the same, and the hostile text
 * must be shown whole as text.
 *
 * <p>Markdown is read by commonmark-java with GitHub tables (which is how agencies' sites and
 * GitHub show a report); HTML by jsoup.
 */
public final class ReportStructure {

    private static final Parser MARKDOWN = Parser.builder().extensions(List.of(TablesExtension.create())).build();

    private ReportStructure() {
    }

    /**
     * What a Markdown document is made of, in document order: each block (its kind; a heading with
     * its level and text; a table row with its number of cells), each link and image with its
     * destination, and each piece of raw HTML with its text.
     *
     * @param markdown the document, not null
     * @return one line per part, not null
     */
    public static List<String> markdown(String markdown) {
        List<String> parts = new ArrayList<>();
        MARKDOWN.parse(markdown).accept(new AbstractVisitor() {
            @Override
            public void visit(Heading heading) {
                parts.add("heading " + heading.getLevel() + ": " + text(heading));
            }

            @Override
            public void visit(Link link) {
                parts.add("link " + link.getDestination());
                visitChildren(link);
            }

            @Override
            public void visit(Image image) {
                parts.add("image " + image.getDestination());
                visitChildren(image);
            }

            @Override
            public void visit(HtmlInline html) {
                parts.add("html " + html.getLiteral());
            }

            @Override
            public void visit(HtmlBlock html) {
                parts.add("html block " + html.getLiteral());
            }

            @Override
            public void visit(CustomBlock block) {
                parts.add(block.getClass().getSimpleName());
                visitChildren(block);
            }

            @Override
            public void visit(CustomNode node) {
                if (node instanceof TableRow row) {
                    int cells = 0;
                    for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
                        cells += cell instanceof TableCell ? 1 : 0;
                    }
                    parts.add("table row of " + cells + " cells");
                }
                visitChildren(node);
            }

            @Override
            protected void visitChildren(Node parent) {
                if (parent instanceof Block && !(parent instanceof CustomBlock)) {
                    parts.add(parent.getClass().getSimpleName());
                }
                super.visitChildren(parent);
            }
        });
        return parts;
    }

    /**
     * The text a reader of the rendered Markdown sees, each block on its own line: escapes are
     * resolved, markup is gone.
     *
     * @param markdown the document, not null
     * @return the text, not null
     */
    public static String markdownText(String markdown) {
        StringBuilder text = new StringBuilder();
        MARKDOWN.parse(markdown).accept(new AbstractVisitor() {
            @Override
            public void visit(Text node) {
                text.append(node.getLiteral());
            }

            @Override
            public void visit(Code node) {
                text.append(node.getLiteral());
            }

            @Override
            protected void visitChildren(Node parent) {
                super.visitChildren(parent);
                if (parent instanceof Block || parent instanceof TableCell) {
                    text.append('\n');
                }
            }
        });
        return text.toString();
    }

    /**
     * What an HTML document is made of: each element in document order with its attributes.
     *
     * @param html the document, not null
     * @return one line per element, not null
     */
    public static List<String> html(String html) {
        List<String> parts = new ArrayList<>();
        for (Element e : Jsoup.parse(html).getAllElements()) {
            parts.add(e.tagName() + e.attributes().asList().stream().map(a -> " " + a.getKey()).reduce("", String::concat));
        }
        return parts;
    }

    /**
     * The text of an HTML document, character references resolved, white space as it is.
     *
     * @param html the document, not null
     * @return the text, not null
     */
    public static String htmlText(String html) {
        return Jsoup.parse(html).wholeText();
    }

    private static String text(Node node) {
        StringBuilder text = new StringBuilder();
        node.accept(new AbstractVisitor() {
            @Override
            public void visit(Text t) {
                text.append(t.getLiteral());
            }
        });
        return text.toString();
    }
}
