package th.ita.model.catalogue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.GenerationMode;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import th.ita.model.FiscalYear;
import th.ita.model.ThaiDigits;

/** The catalogue's data is consistent, and every code it holds reads back in every printed form. */
class CatalogueProperties {

    private static final Catalogue CATALOGUE = Catalogue.standard();

    /** One question of one edition. */
    record EditionCode(Edition edition, QuestionCode code) {
    }

    /** The ways a code is printed in the sources. */
    enum Form {
        CANONICAL(QuestionCode::toString),
        UPPER_CASE(c -> c.toString().toUpperCase(Locale.ROOT)),
        THAI_DIGITS(c -> c.tool().prefix() + ThaiDigits.toThai(Integer.toString(c.number()))),
        KHO_PREFIX(c -> "ข้อ " + c.tool().prefix() + ThaiDigits.toThai(Integer.toString(c.number()))),
        KHO_PREFIX_UPPER_CASE(c -> "ข้อ " + Character.toUpperCase(c.tool().prefix())
                + ThaiDigits.toThai(Integer.toString(c.number())));

        private final Function<QuestionCode, String> printer;

        Form(Function<QuestionCode, String> printer) {
            this.printer = printer;
        }

        String print(QuestionCode code) {
            return printer.apply(code);
        }
    }

    @Provide
    Arbitrary<EditionCode> codes() {
        List<EditionCode> all = CATALOGUE.editions().stream()
                .flatMap(e -> e.questions().stream().map(q -> new EditionCode(e, q.code())))
                .toList();
        return Arbitraries.of(all);
    }

    @Provide
    Arbitrary<Edition> editions() {
        return Arbitraries.of(CATALOGUE.editions());
    }

    @Property(generation = GenerationMode.EXHAUSTIVE)
    boolean everyCodeParsesBackToItselfInEveryForm(@ForAll("codes") EditionCode ec, @ForAll Form form) {
        String printed = form.print(ec.code());
        return QuestionCode.parse(printed).equals(ec.code())
                && QuestionCode.parse(printed, Optional.of(ec.code().tool())).equals(ec.code())
                && ec.edition().parseCode(printed, Optional.empty()).equals(ec.code());
    }

    @Property(generation = GenerationMode.EXHAUSTIVE)
    boolean everyOitCodeAlsoReadsWithALeadingZero(@ForAll("codes") EditionCode ec) {
        if (ec.code().tool() != Tool.OIT) {
            return true;
        }
        String digits = Integer.toString(ec.code().number());
        return QuestionCode.parse("๐" + ThaiDigits.toThai(digits)).equals(ec.code())
                && QuestionCode.parse("0" + ThaiDigits.toThai(digits)).equals(ec.code())
                && QuestionCode.parse("0" + digits).equals(ec.code());
    }

    @Property(generation = GenerationMode.EXHAUSTIVE)
    boolean editionWeightsSumToExactlyOne(@ForAll("editions") Edition edition) {
        BigDecimal sum = edition.weight(Tool.IIT).add(edition.weight(Tool.EIT)).add(edition.weight(Tool.OIT));
        return sum.compareTo(BigDecimal.ONE) == 0 && sum.signum() > 0;
    }

    @Property(generation = GenerationMode.EXHAUSTIVE)
    boolean everyOitItemIsInExactlyOneSubIndicatorOfItsIndicator(@ForAll("codes") EditionCode ec) {
        Question question = ec.edition().question(ec.code()).orElseThrow();
        List<SubIndicator> containing = ec.edition().subIndicators().stream()
                .filter(s -> s.items().contains(ec.code())).toList();
        if (ec.code().tool() != Tool.OIT) {
            return containing.isEmpty() && question.subIndicator().isEmpty();
        }
        return containing.size() == 1
                && containing.get(0).indicator() == question.indicator()
                && question.subIndicator().equals(Optional.of(containing.get(0).id()));
    }

    @Property(generation = GenerationMode.EXHAUSTIVE)
    boolean everyQuestionBelongsToAnIndicatorOfItsTool(@ForAll("codes") EditionCode ec) {
        Question question = ec.edition().question(ec.code()).orElseThrow();
        return CATALOGUE.indicator(question.indicator()).tool() == ec.code().tool()
                && ec.code().number() <= ec.edition().questionCount(ec.code().tool());
    }

    @Property(generation = GenerationMode.EXHAUSTIVE)
    boolean everySupportedYearHasExactlyOneEdition(@ForAll @IntRange(min = 2555, max = 2575) int year) {
        FiscalYear fy = FiscalYear.of(year);
        long editions = CATALOGUE.editions().stream().filter(e -> e.fiscalYears().contains(fy)).count();
        boolean supported = year >= 2562 && year <= 2568;
        return editions == (supported ? 1 : 0)
                && CATALOGUE.supportedYears().contains(fy) == supported
                && CATALOGUE.findEdition(fy).isPresent() == supported;
    }
}
