using System.Collections.Generic;
using System.CommandLine;
using System.CommandLine.Help;
using System.IO;
using System.Linq;
using PiiAnalyzers.Cli.Commands;
using PiiAnalyzers.Cli.Output;

namespace PiiAnalyzers.Cli;

/// <summary>
/// The <c>pii</c> command line, runnable in-process with writers of one's own (the tests do). A new command is one class
/// under Commands/ implementing <see cref="IPiiCommand"/>, added to <see cref="Commands"/>.
/// </summary>
public static class PiiCli
{
    /// <summary>Every command, in the order the help lists them.</summary>
    private static IReadOnlyList<IPiiCommand> Commands { get; } = new IPiiCommand[]
    {
        new InventoryCommand(),
        new PolicyCommand(),
        new CheckCommand(),
        new PolicyEvalCommand(),
        new ScanCommand(),
        new AnnotateCommand(),
    };

    /// <summary>Runs the command line; everything meant for a pipe goes to <paramref name="stdout"/>, the rest to <paramref name="stderr"/>.</summary>
    /// <returns>The exit code (<see cref="ExitCodes"/>).</returns>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var console = new CommandConsole(stdout, stderr);
        var root = new RootCommand("pii: the personal data in a .NET codebase, from its PiiAnalyzers annotations.");
        foreach (var command in Commands)
        {
            root.Add(command.Create(console));
        }

        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var error in parsed.Errors)
            {
                console.Error(error.Message);
            }

            console.Error("Run 'pii --help' for usage.");
            return ExitCodes.BadInput;
        }

        if (parsed.Action is HelpAction)
        {
            ShowOwnArgumentsOnly(parsed.CommandResult.Command);
        }

        return parsed.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr });
    }

    // System.CommandLine's help for a subcommand lists its parents' arguments too, in the usage line and the argument
    // table ('pii inventory <path> diff <paths>...'), as if 'pii inventory diff' needed the inventory's path: it takes
    // none. Hidden arguments are left out of both; the tree is built for this one run, and help is all it does.
    private static void ShowOwnArgumentsOnly(Command command)
    {
        for (var parent = command.Parents.OfType<Command>().FirstOrDefault(); parent is not null; parent = parent.Parents.OfType<Command>().FirstOrDefault())
        {
            foreach (var argument in parent.Arguments)
            {
                argument.Hidden = true;
            }
        }
    }
}
