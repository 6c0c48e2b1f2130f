using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.CommandLine;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using PiiAnalyzers.Analyzers;
using PiiAnalyzers.Cli.Loading;
using PiiAnalyzers.Cli.Output;
using PiiAnalyzers.Cli.Sarif;
using PiiAnalyzers.Cli.Scanning;

namespace PiiAnalyzers.Cli.Commands;

/// <summary>
/// <c>pii check &lt;project|solution|folder&gt; --policy &lt;file&gt; [--format text|json|sarif] [--output FILE]</c>: the
/// code's personal data against the privacy policy. It runs the build's own <see cref="PrivacyPolicyAnalyzer"/> with the
/// policy as its additional file, so it prints what <c>dotnet build</c> prints (PII0101–PII0110). Exit code 0 when no
/// error, 1 on errors, 2 on bad input (including a policy that cannot be used, PII0110).
/// </summary>
internal sealed class CheckCommand : IPiiCommand
{
    public Command Create(CommandConsole console)
    {
        var path = new Argument<string>("path") { Description = "A project (.csproj), a solution (.sln) or a folder of .cs files." };
        var policy = new Option<string>("--policy", "-p") { Description = "The privacy policy (text, Markdown, HTML, or a JSON/YAML declaration).", Required = true };
        var format = new Option<string>("--format", "-f") { Description = "text, json or sarif.", DefaultValueFactory = _ => "text" };
        var output = new Option<string?>("--output", "-o") { Description = "Write the report to this file instead of standard output." };
        var folderFallback = FolderFallback.CreateOption();
        var command = new Command("check", "Check the code's personal data against the privacy policy (PII0101-PII0110).")
        {
            path,
            policy,
            format,
            output,
            folderFallback,
        };
        command.SetAction((parsed, cancellationToken) => RunAsync(
            console, parsed.GetValue(path)!, parsed.GetValue(policy)!, parsed.GetValue(format), parsed.GetValue(output), parsed.GetValue(folderFallback), cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(CommandConsole console, string path, string policyPath, string? format, string? outputFile, bool folderFallback, CancellationToken cancellationToken)
    {
        format = format?.Trim().ToLowerInvariant();
        if (format is not ("text" or "json" or "sarif"))
        {
            return console.BadInput($"Unknown format '{format}': use text, json or sarif.");
        }

        var analyzers = ImmutableArray.Create<DiagnosticAnalyzer>(new PrivacyPolicyAnalyzer());
        LoadedCode code;
        IReadOnlyList<Finding> findings;
        try
        {
            var policy = PolicyInput.AsAdditionalText(policyPath, PolicyInput.ReadText(policyPath));
            code = await CompilationLoader.LoadAsync(path, PathFilter.Default, RestoreOption.NotOffered, folderFallback, console, cancellationToken, ScanBudgets.Default.MaxFileBytes);
            findings = await CheckAsync(code, analyzers, policy, console, cancellationToken);
        }
        catch (InputException exception)
        {
            return console.BadInput(exception.Message);
        }
        catch (Exception exception) when (CommandConsole.IsInputProblem(exception))
        {
            return console.BadInput($"{path}: {exception.Message}");
        }

        var report = format switch
        {
            "sarif" => SarifWriter.Write(code.Root, AnalysisEngine.Rules(analyzers), findings),
            "json" => FindingReports.Json(code.Root, findings, baselined: 0),
            _ => FindingReports.Text(findings),
        };
        try
        {
            console.WriteResult(report, outputFile);
        }
        catch (InputException exception)
        {
            return console.BadInput(exception.Message);
        }

        console.Progress($"{findings.Count(f => f.Severity == DiagnosticSeverity.Error)} error(s), {findings.Count(f => f.Severity == DiagnosticSeverity.Warning)} warning(s).");
        if (findings.Any(finding => finding.RuleId == RuleIdentifiers.UnusablePolicy))
        {
            console.Error("the policy cannot be used (PII0110).");
            return ExitCodes.BadInput;
        }

        return findings.Any(finding => finding.Severity == DiagnosticSeverity.Error) ? ExitCodes.Findings : ExitCodes.Success;
    }

    /// <summary>
    /// The policy analyzer's findings per compilation. In a solution each project is checked as the build checks it, but
    /// a finding on the policy itself (a category no project collects) is kept only when every project reports it.
    /// </summary>
    internal static async Task<IReadOnlyList<Finding>> CheckAsync(
        LoadedCode code, ImmutableArray<DiagnosticAnalyzer> analyzers, AdditionalText policy, CommandConsole console, CancellationToken cancellationToken)
    {
        var policyPath = AnalysisEngine.Relative(code.Root, policy.Path);
        var onCode = new List<Finding>();
        List<Finding>? onPolicy = null;
        for (var i = 0; i < code.Compilations.Count; i++)
        {
            var compilation = code.Compilations[i];
            var findings = await AnalysisEngine.RunAsync(
                // Only the policy given: a PiiPolicy of the project's own would be checked twice.
                code with { Compilations = [compilation with { AdditionalFiles = [] }] },
                analyzers,
                [policy],
                inner => PolicyInput.MarkPolicy(inner, policy),
                PathFilter.Default,
                ScanBudgets.Default,
                console,
                cancellationToken,
                (i, code.Compilations.Count));
            onCode.AddRange(findings.Where(finding => finding.Path != policyPath));
            var these = findings.Where(finding => finding.Path == policyPath).ToList();
            onPolicy = onPolicy is null ? these : onPolicy.Where(kept => these.Any(other => Same(kept, other))).ToList();
        }

        return onCode.Concat(onPolicy ?? [])
            .GroupBy(finding => (finding.RuleId, finding.Path, finding.Line, finding.Column, finding.Message))
            .Select(group => group.First())
            .OrderBy(finding => finding, Comparer<Finding>.Create(Finding.Compare))
            .ToList();
    }

    private static bool Same(Finding left, Finding right) =>
        left.RuleId == right.RuleId && left.Line == right.Line && left.Column == right.Column && left.Message == right.Message;
}
