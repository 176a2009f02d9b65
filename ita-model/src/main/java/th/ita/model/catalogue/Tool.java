package th.ita.model.catalogue;

/**
 * The three assessment tools (เครื่องมือการประเมิน) of the ITA.
 *
 * <p>The Thai and English names live in the catalogue data ({@link Catalogue#toolName}); this
 * enum fixes only the code and the question-code prefix.
 */
public enum Tool {
    /** Internal Integrity and Transparency Assessment (แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน): indicators 1 to 5. */
    IIT('i'),
    /** External Integrity and Transparency Assessment (แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก): indicators 6 to 8. */
    EIT('e'),
    /** Open Data Integrity and Transparency Assessment (แบบตรวจการเปิดเผยข้อมูลสาธารณะ): indicators 9 and 10. */
    OIT('o');

    private final char prefix;

    Tool(char prefix) {
        this.prefix = prefix;
    }

    /**
     * Returns the lower-case letter that starts this tool's question codes.
     *
     * @return {@code i}, {@code e} or {@code o}
     */
    public char prefix() {
        return prefix;
    }

    /**
     * Returns the tool whose question codes start with a letter, in either case.
     *
     * @param letter the letter
     * @return the tool
     * @throws IllegalArgumentException if no tool uses that letter
     */
    public static Tool ofPrefix(char letter) {
        char lower = Character.toLowerCase(letter);
        for (Tool tool : values()) {
            if (tool.prefix == lower) {
                return tool;
            }
        }
        throw new IllegalArgumentException("no tool has question codes starting with '" + letter + "'");
    }
}
