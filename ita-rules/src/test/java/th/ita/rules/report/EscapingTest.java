package th.ita.rules.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Document;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import th.ita.rules.testing.TextArbitraries;

class EscapingTest {

    private static final Parser MARKDOWN = Parser.builder().extensions(List.of(TablesExtension.create())).build();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '→', quoteCharacter = '"', textBlock = """
            เทศบาลนครลำปาง              → เทศบาลนครลำปาง
            83.74                       → 83.74
            -0.41                       → -0.41
            +1.25                       → +1.25
            -                           → -
            "- item"                    → "\\- item"
            ---                         → \\---
            ===                         → \\===
            "+ item"                    → "\\+ item"
            1. first                    → 1\\. first
            "12) twelfth"               → "12\\) twelfth"
            "## Fake section"           → "\\#\\# Fake section"
            "> quoted"                  → "\\> quoted"
            <script>alert(1)</script>   → \\<script\\>alert(1)\\</script\\>
            [click](javascript:x)       → \\[click\\](javascript:x)
            "a | b"                     → "a \\| b"
            `code` *em* _em_ ~del~      → \\`code\\` \\*em\\* \\_em\\_ \\~del\\~
            C:\\dir                     → C:\\\\dir
            "R&D &amp; &#38; &#x26; &"  → "R&D \\&amp; \\&\\#38; \\&\\#x26; &"
            """)
    void markdownEscapesWhatMakesStructureAndNothingElse(String text, String escaped) {
        assertEquals(escaped, Escaping.markdown(text));
    }

    @ParameterizedTest(name = "U+{0}")
    @CsvSource({"202A", "202B", "202C", "202D", "202E", "2066", "2067", "2068", "2069", "200E", "200F", "061C",
        "0000", "001B", "007F", "009B"})
    void bidiAndControlCharactersBecomeVisible(String hex) {
        String hidden = "ab" + (char) Integer.parseInt(hex, 16) + "cd";
        assertEquals("ab\uFFFDcd", Escaping.markdown(hidden));
        assertEquals("ab\uFFFDcd", Escaping.html(hidden));
    }

    @ParameterizedTest(name = "{index}")
    @ValueSource(strings = {"a\nb", "a\rb", "a\r\nb", "a\u000Bb", "a\fb", "a\u0085b", "a\u2028b", "a\u2029b", "a\tb"})
    void aLineBreakOrTabBecomesOneSpace(String text) {
        assertEquals("a b", Escaping.markdown(text));
    }

    @Test
    void thaiTextAndSurrogatePairsAreKeptAndLoneSurrogatesReplaced() {
        assertEquals("ข้อจำกัดด้านงบประมาณ ๕ ข้อ 😀", Escaping.markdown("ข้อจำกัดด้านงบประมาณ ๕ ข้อ 😀"));
        assertEquals("a\uFFFDb\uFFFD", Escaping.neutralised("a\uD800b\uDC00"));
    }

    @Test
    void htmlEscapesMarkupAndQuotes() {
        assertEquals("&lt;img src=x onerror=&quot;alert(1)&quot;&gt; &amp; &#39;",
                Escaping.html("<img src=x onerror=\"alert(1)\"> & '"));
    }

    /**
     * Whatever the text, escaped it reads back as one paragraph of plain text: the text itself,
     * neutralised and without its outer spaces, at the start of a line as after a list marker.
     */
    @Property(tries = 2_000)
    void escapedMarkdownIsOneParagraphOfTheSameText(@ForAll("hostile") String text) {
        String expected = Escaping.neutralised(text).strip();
        // Kept as the reports' sign for "no value", and only ever a table cell of its own.
        Assume.that(!expected.equals("-"));
        String escaped = Escaping.markdown(text);
        for (String line : List.of(escaped, "- " + escaped, "| a |\n|---|\n| " + escaped + " |")) {
            Document document = (Document) MARKDOWN.parse(line);
            assertEquals(expected, text(document), line);
            if (line.equals(escaped) && !expected.isEmpty()) {
                Node only = document.getFirstChild();
                assertEquals(Paragraph.class, only.getClass(), line);
                assertNull(only.getNext(), line);
            }
        }
    }

    @Provide
    static Arbitrary<String> hostile() {
        return TextArbitraries.hostile();
    }

    /** The plain text of a document: what a reader sees, escapes resolved. */
    private static String text(Node document) {
        StringBuilder text = new StringBuilder();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Text node) {
                text.append(node.getLiteral());
            }
        });
        String all = text.toString();
        // The table's header cell "a" is ours.
        return all.startsWith("a") && document.getFirstChild() instanceof TableBlock
                ? all.substring(1) : all;
    }
}
