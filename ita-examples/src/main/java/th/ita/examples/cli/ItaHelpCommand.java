package th.ita.examples.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Help;
import picocli.CommandLine.IHelpCommandInitializable2;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

/**
 * {@code ita help [COMMAND [SUBCOMMAND...]]}: the help of any command, nested ones included
 * ({@code ita help rules check}). Picocli's own {@code HelpCommand} looks up one name only, so
 * {@code help rules check} showed the help of {@code rules}.
 */
@Command(name = "help", helpCommand = true,
        description = "Show the help of a command, such as: ita help analyze, ita help rules check.")
final class ItaHelpCommand implements IHelpCommandInitializable2, Runnable {

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help message and exit.")
    private boolean helpRequested;

    @Parameters(paramLabel = "COMMAND", arity = "0..*",
            description = "The command, and its subcommands, whose help to show; none for the help of ita.")
    private List<String> commands = new ArrayList<>();

    private CommandLine self;
    private Help.ColorScheme colorScheme;
    private PrintWriter out;

    @Override
    public void init(CommandLine helpCommandLine, Help.ColorScheme colorScheme, PrintWriter outWriter,
            PrintWriter errWriter) {
        this.self = helpCommandLine;
        this.colorScheme = colorScheme;
        this.out = outWriter;
    }

    @Override
    public void run() {
        CommandLine command = self.getParent();
        for (String name : commands) {
            CommandLine sub = command.getSubcommands().get(name);
            if (sub == null) {
                String known = command.getSubcommands().isEmpty() ? "it has no subcommands"
                        : "its commands are: " + String.join(", ", command.getSubcommands().keySet());
                throw new ParameterException(self, "Unknown command '" + name + "' of '"
                        + command.getCommandSpec().qualifiedName() + "'; " + known);
            }
            command = sub;
        }
        command.usage(out, colorScheme);
    }
}
