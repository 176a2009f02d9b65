package th.ita.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class ItaCliTest {

    @Test
    void samplesListsAssessmentsAndActionPlansInTheirOwnSections() {
        Cli.Result r = Cli.run("samples");
        assertEquals(0, r.code());
        assertEquals("""
                Assessments (ita analyze --sample NAME):
                  lampang-city-2563  Lampang City Municipality, FY2563 (source 000, comparison year)
                  lampang-city-2564  Lampang City Municipality, FY2564 (source 000)
                  lopburi-2565       Lopburi Town Municipality, FY2565 (source 002)
                  lampang-pao-2566   Lampang Provincial Administrative Organisation, FY2566 (source 001)
                  chiangmai-2566     Chiang Mai City Municipality, FY2566 (source 004)

                Action plans (ita plan-check --plan-sample NAME):
                  lampang-city-2566-2570  Lampang City Municipality anti-corruption action plan, FY2566 - 2570 (source 003)
                """, r.out());
        assertEquals("", r.err());
    }

    @Test
    void version() {
        Cli.Result r = Cli.run("--version");
        assertEquals(0, r.code());
        assertTrue(r.out().matches("ita \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?\nJava .+\n"), r.out());
    }

    @ParameterizedTest
    @ValueSource(strings = {"analyze", "batch", "rules", "rules check", "samples", "help"})
    void everyCommandHasHelp(String command) {
        String[] words = (command + " --help").split(" ");
        if (command.equals("help")) {
            words = new String[] {"help", "analyze"};
        }
        Cli.Result r = Cli.run(words);
        assertEquals(0, r.code(), r.err());
        String name = command.equals("help") ? "analyze" : command;
        assertTrue(r.out().startsWith("Usage: ita " + name), r.out());
        assertEquals("", r.err());
    }

    @Test
    void rootHelpListsTheCommands() {
        Cli.Result r = Cli.run("--help");
        assertEquals(0, r.code());
        for (String command : new String[] {"analyze", "batch", "rules", "samples", "help"}) {
            assertTrue(r.out().contains("\n  " + command + " "), command + " in " + r.out());
        }
    }

    @Test
    void noCommandIsAUsageError() {
        Cli.Result r = Cli.run();
        assertEquals(2, r.code());
        assertEquals("", r.out());
        assertTrue(r.err().startsWith("Missing required subcommand: analyze, plan, plan-check, batch, bench, rules, samples or help\n"
                + "Usage: ita "), r.err());
    }

    @Test
    void unknownCommandGetsPicocliSuggestion() {
        Cli.Result r = Cli.run("analyse");
        assertEquals(2, r.code());
        assertTrue(r.err().startsWith("Unmatched argument at index 0: 'analyse'\nDid you mean: ita analyze"), r.err());
    }
}
