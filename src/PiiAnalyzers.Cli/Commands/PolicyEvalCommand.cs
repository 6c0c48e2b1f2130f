using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Linq;
using PiiAnalyzers.Cli.Loading;
using PiiAnalyzers.Cli.Output;
using PiiAnalyzers.Cli.PolicyEval;
using PiiAnalyzers.Cli.Scanning;
using PiiAnalyzers.Policy;

namespace PiiAnalyzers.Cli.Commands;

/// <summary>
/// <c>pii policy-eval &lt;folder&gt; [--format labels|ca4p] [--ids 0496-0749] [--min SCORE]</c>: the policy reader over
/// a labelled corpus. <c>labels</c>: each policy next to its <c>.labels</c> file (<see cref="PolicyLabel"/>), precision
/// and recall of the declared categories. <c>ca4p</c> (chosen by itself for a folder with annotation_data/ and raw_data/):
/// CA4P-483's policies read and recall of their labelled data mentions (<see cref="Ca4pEvaluation"/>). Exit code 1 when
/// a figure is below <c>--min</c>.
/// </summary>
internal sealed class PolicyEvalCommand : IPiiCommand
{
    public Command Create(CommandConsole console)
    {
        var folder = new Argument<string>("folder") { Description = "A folder of policies, each with a .labels file of the same name; or CA4P-483's folder (annotation_data/, raw_data/)." };
        var format = new Option<string?>("--format") { Description = "labels or ca4p; by default ca4p for a folder with annotation_data/ and raw_data/, else labels." };
        var ids = new Option<string?>("--ids") { Description = "ca4p: only the policies with these ids, e.g. 0496-0749 or 0512." };
        var minimum = new Option<double?>("--min") { Description = "Fail (exit code 1) when a figure is below this one, e.g. 0.9: top-level precision or recall (labels), labelled-mention recall (ca4p)." };
        var command = new Command("policy-eval", "Measure the policy reader against labelled policies: the categories it declares, or CA4P-483's labelled data mentions it finds.")
        {
            folder,
            format,
            ids,
            minimum,
        };
        command.SetAction(parsed => Run(console, parsed.GetValue(folder)!, parsed.GetValue(format), parsed.GetValue(ids), parsed.GetValue(minimum)));
        return command;
    }

    private static int Run(CommandConsole console, string folder, string? format, string? ids, double? minimum)
    {
        if (!Directory.Exists(folder))
        {
            return console.BadInput($"{folder} is not a folder.");
        }

        var isCa4p = format?.Trim().ToLowerInvariant() switch
        {
            null => Ca4pCorpus.IsCorpus(folder),
            "ca4p" => true,
            "labels" => false,
            _ => (bool?)null,
        };
        if (isCa4p is null)
        {
            return console.BadInput($"Unknown format '{format}': use labels or ca4p.");
        }

        if (isCa4p.Value)
        {
            return RunCa4p(console, folder, ids, minimum);
        }

        if (ids is not null)
        {
            return console.BadInput("--ids selects CA4P-483 policies: it needs --format ca4p.");
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

    private static int RunCa4p(CommandConsole console, string folder, string? ids, double? minimum)
    {
        var range = Ca4pIdRange.All;
        if (ids is not null && !Ca4pIdRange.TryParse(ids.Trim(), out range))
        {
            return console.BadInput($"--ids '{ids}' is neither an id (0512) nor a range of ids (0496-0749).");
        }

        IReadOnlyList<Ca4pPolicy> policies;
        try
        {
            policies = Ca4pCorpus.Load(folder, range);
        }
        catch (InputException exception)
        {
            return console.BadInput(exception.Message);
        }

        if (policies.Count == 0)
        {
            return console.BadInput($"{folder} has no CA4P-483 policy" + (ids is null ? "." : $" with an id in {ids}."));
        }

        var evaluation = Ca4pEvaluation.Run(policies);
        console.WriteResult(evaluation.Format(), outputFile: null);
        if (minimum is { } floor && evaluation.Recall < floor)
        {
            console.Error(string.Format(CultureInfo.InvariantCulture, "labelled-mention recall {0:0.000} is below {1}.", evaluation.Recall, floor));
            return ExitCodes.Findings;
        }

        return ExitCodes.Success;
    }
}
