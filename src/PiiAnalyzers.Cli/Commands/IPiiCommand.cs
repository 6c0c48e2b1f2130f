using System.CommandLine;
using PiiAnalyzers.Cli.Output;

namespace PiiAnalyzers.Cli.Commands;

/// <summary>One <c>pii</c> subcommand: <c>inventory</c>, <c>policy</c>, <c>policy-eval</c>, <c>check</c> or <c>scan</c>.</summary>
internal interface IPiiCommand
{
    /// <summary>The System.CommandLine command, its action writing through <paramref name="console"/>.</summary>
    Command Create(CommandConsole console);
}
