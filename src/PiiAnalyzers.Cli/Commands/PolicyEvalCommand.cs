using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Linq;
using PiiAnalyzers.Cli.Loading;
using PiiAnalyzers.Cli.Output;
using PiiAnalyzers.Cli.Scanning;
using PiiAnalyzers.Policy;

namespace PiiAnalyzers.Cli.Commands;

/// <summary>
/// <c>pii policy-eval &lt;folder&gt; [--min SCORE]</c>: the policy reader's precision and recall over a labelled corpus,
/// each policy next to its <c>.labels</c> file (<see cref="PolicyLabel"/>); exit code 1 when a top-level figure is below
/// <c>--min</c>.
/// </summary>
internal sealed class PolicyEvalCommand : IPiiCommand
{
    public Command Create(CommandConsole console)
    {
        var folder = new Argument<string>("folder") { Description = "A folder of policies, each with a .labels file of the same name." };
        var minimum = new Option<double?>("--min") { Description = "Fail (exit code 1) when top-level precision or recall is below this figure, e.g. 0.9." };
        var command = new Command("policy-eval", "Measure the policy reader against labelled policies: precision and recall of the declared categories.")
        {
            folder,
            minimum,
        };
        command.SetAction(parsed => Run(console, parsed.GetValue(folder)!, parsed.GetValue(minimum)));
        return command;
    }

    private static int Run(CommandConsole console, string folder, double? minimum)
    {
        if (!Directory.Exists(folder))
        {
            return console.BadInput($"{folder} is not a folder.");
        }

        var policies = Directory.GetFiles(folder)
            .Where(file => !file.EndsWith(".labels", StringComparison.OrdinalIgnoreCase) && File.Exists(Path.ChangeExtension(file, ".labels")))
            .OrderBy(file => Path.GetFileName(file), StringComparer.Ordinal)
            .ToList();
        if (policies.Count == 0)
        {
            return console.BadInput($"{folder} has no policy with a .labels file next to it.");
        }

        var results = new List<PolicyEvaluationResult>();
        try
        {
            foreach (var policy in policies)
            {
                var label = PolicyLabel.Parse(File.ReadAllText(Path.ChangeExtension(policy, ".labels")));
                results.Add(PolicyEvaluation.Evaluate(Path.GetFileName(policy), PolicyReader.Read(PolicyInput.ReadText(policy), policy), label));
            }
        }
        catch (InputException exception)
        {
            return console.BadInput(exception.Message);
        }

        console.WriteResult(PolicyEvaluation.Format(results).Replace("\r\n", "\n", StringComparison.Ordinal), outputFile: null);
        var (top, _) = PolicyEvaluation.Total(results);
        if (minimum is { } floor && (top.Precision < floor || top.Recall < floor))
        {
            console.Error(string.Format(CultureInfo.InvariantCulture, "top-level precision {0:0.000} or recall {1:0.000} is below {2}.", top.Precision, top.Recall, floor));
            return ExitCodes.Findings;
        }

        return ExitCodes.Success;
    }
}
