package th.ita.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
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
        assertEquals("ita: Missing required subcommand: analyze, plan, plan-check, batch, bench, rules, samples or help\n"
                + "Try 'ita --help' for more information.\n", r.err());
    }

    @Test
    void unknownCommandGetsPicocliSuggestionOnTheSameLine() {
        Cli.Result r = Cli.run("analyse");
        assertEquals(2, r.code());
        assertEquals("ita: Unmatched argument at index 0: 'analyse'; did you mean analyze, plan or plan-check?\n"
                + "Try 'ita --help' for more information.\n", r.err());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "analyze --formt md              | analyze    | Unknown option: '--formt'; did you mean --format?",
        "analyze --sample                | analyze    | Missing required parameter for option '--sample' (NAME)",
        "analyze --lang xx               | analyze    | Invalid value for option '--lang': expected one of [th, en] "
                + "(case-sensitive) but was 'xx'",
        "batch                           | batch      | Missing required parameter: 'FILE'",
        "plan-check --plan-sample        | plan-check | Missing required parameter for option '--plan-sample' (NAME)",
        "rules check a b                 | rules check | Unmatched argument at index 3: 'b'",
        "rules                           | rules      | Missing required subcommand: check"})
    void anOptionErrorIsOneLineAndAHintAtTheHelp(String args, String command, String message) {
        Cli.Result r = Cli.run(args.split(" "));
        assertEquals(2, r.code());
        assertEquals("", r.out());
        assertEquals("ita: " + message + "\nTry 'ita " + command + " --help' for more information.\n", r.err());
    }

    @Test
    void helpShowsTheHelpOfANestedCommand() {
        Cli.Result r = Cli.run("help", "rules", "check");
        assertEquals(0, r.code(), r.err());
        assertEquals(Cli.run("rules", "check", "--help").out(), r.out());
        assertTrue(r.out().startsWith("Usage: ita rules check"), r.out());
        assertEquals("", r.err());
    }

    @Test
    void helpOfAnUnknownCommandNamesTheCommandsThereAre() {
        Cli.Result nested = Cli.run("help", "rules", "chek");
        Cli.Result none = Cli.run("help", "analyze", "x");
        assertEquals(2, nested.code());
        assertEquals("ita: Unknown command 'chek' of 'ita rules'; its commands are: check\n"
                + "Try 'ita help --help' for more information.\n", nested.err());
        assertEquals(2, none.code());
        assertEquals("ita: Unknown command 'x' of 'ita analyze'; it has no subcommands\n"
                + "Try 'ita help --help' for more information.\n", none.err());
    }

    @Test
    void helpAloneShowsTheHelpOfIta() {
        Cli.Result r = Cli.run("help");
        assertEquals(0, r.code(), r.err());
        assertEquals(Cli.run("--help").out(), r.out());
    }
}
