package th.ita.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ItaValidationExceptionTest {

    private static final Problem ON_LINE = new Problem("dimensions[4].number", "5", "out of range, was 5", 42);
    private static final Problem NO_LINE = new Problem("indicators.3", "120", "score out of range, was 120");

    @Test
    void aProblemOnALineReadsAsACompilerWritesIt() {
        assertEquals("line 42: dimensions[4].number: out of range, was 5", ON_LINE.toString());
        assertEquals("plan.json:42: dimensions[4].number: out of range, was 5", ON_LINE.at("plan.json"));
        assertEquals("a.json: indicators.3: score out of range, was 120", NO_LINE.at("a.json"));
        assertEquals(NO_LINE.toString(), NO_LINE.at(""));
        assertEquals(7, NO_LINE.onLine(7).line());
        assertEquals("line 3: empty input", new Problem("", "", "empty input", 3).toString());
        assertThrows(IllegalArgumentException.class, () -> new Problem("f", "", "m", -1));
    }

    @Test
    void oneProblemInANamedInputIsItsLocatedLine() {
        ItaValidationException e = new ItaValidationException(List.of(ON_LINE)).in("plan.json");
        assertEquals("plan.json:42: dimensions[4].number: out of range, was 5", e.getMessage());
        assertEquals("plan.json", e.source());
        assertEquals(1, e.total());
        assertEquals(List.of(ON_LINE), e.problems());
    }

    @Test
    void namingTheSourceKeepsTheProblemsAndTheCause() {
        ItaValidationException unnamed = new ItaValidationException(List.of(NO_LINE, ON_LINE));
        ItaValidationException named = unnamed.in("a.json");
        assertEquals("", unnamed.source());
        assertEquals("2 problems: indicators.3: score out of range, was 120; "
                + "line 42: dimensions[4].number: out of range, was 5", unnamed.getMessage());
        assertEquals("a.json: " + unnamed.getMessage(), named.getMessage());
        assertEquals(unnamed.problems(), named.problems());
        assertSame(unnamed, named.getCause());
    }

    @Test
    void manyProblemsAreKeptUpToTheListedCountAndCountedBeyond() {
        List<Problem> many = IntStream.rangeClosed(1, 150)
                .mapToObj(i -> new Problem("agency", "", "missing", i + 1)).toList();
        ItaValidationException e = new ItaValidationException("national.csv", many, 1_000);
        assertEquals(ItaValidationException.LISTED, e.problems().size());
        assertEquals(many.get(0), e.problems().get(0));
        assertEquals(1_000, e.total());
        assertTrue(e.getMessage().startsWith("national.csv: 1000 problems: line 2: agency: missing; "), e.getMessage());
        assertTrue(e.getMessage().endsWith("line 101: agency: missing; and 900 more"), e.getMessage());
    }

    @Test
    void aTotalBelowTheProblemsGivenOrNoProblemIsAMistake() {
        assertEquals("total 1 is less than the 2 problems given", assertThrows(IllegalArgumentException.class,
                () -> new ItaValidationException("x", List.of(NO_LINE, ON_LINE), 1)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> new ItaValidationException(List.of()));
    }
}
