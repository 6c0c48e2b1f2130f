using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.CommandLine;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using PiiAnalyzers.Cli.Loading;
using PiiAnalyzers.Cli.Output;
using PiiAnalyzers.Cli.Sarif;
using PiiAnalyzers.Cli.Scanning;

namespace PiiAnalyzers.Cli.Commands;

/// <summary>
/// <c>pii scan &lt;folder | project.csproj | solution.sln&gt; [--format text|json|sarif] [--output FILE] [--baseline FILE]
/// [--write-baseline FILE] [--severity info|warning|error] [--exclude GLOB] [--include-tests] [--restore]
/// [--max-file-size KB] [--max-nesting LEVELS] [--timeout SECONDS]</c>: every analyzer of the package over a codebase that need not build,
/// its test code left out unless <c>--include-tests</c>, within the <see cref="ScanBudgets"/>.
/// Exit code 0 when nothing new at or above <c>--severity</c>, 1 otherwise, 2 on bad input.
/// </summary>
internal sealed class ScanCommand : IPiiCommand
{
    public Command Create(CommandConsole console)
    {
        var path = new Argument<string>("path") { Description = "A folder of .cs files, a project (.csproj) or a solution (.sln)." };
        var format = new Option<string>("--format", "-f") { Description = "text, json or sarif.", DefaultValueFactory = _ => "text" };
        var output = new Option<string?>("--output", "-o") { Description = "Write the report to this file instead of standard output." };
        var baseline = new Option<string?>("--baseline") { Description = "Report only findings this baseline file does not have." };
        var writeBaseline = new Option<string?>("--write-baseline") { Description = "Record every finding in this baseline file (the run then counts them as known)." };
        var severity = new Option<string>("--severity") { Description = "The lowest severity reported and failed on: info, warning or error.", DefaultValueFactory = _ => "warning" };
        var exclude = new Option<string[]>("--exclude") { Description = "Skip files matching this glob (repeatable), e.g. 'Legacy/**' or '*.Old.cs'.", AllowMultipleArgumentsPerToken = false };
        var includeTests = new Option<bool>("--include-tests") { Description = "Also scan test projects, test folders and files, fixtures and seeders (left out by default)." };
        var restore = new Option<bool>("--restore") { Description = "Run 'dotnet restore' on the project or solution (or the folder's) first, so that its packages' types resolve." };
        var folderFallback = FolderFallback.CreateOption();
        var maxFileSize = new Option<int?>("--max-file-size") { Description = "Leave out files larger than this many kilobytes, with a PII0900 finding (default 2048)." };
        var maxNesting = new Option<int?>("--max-nesting") { Description = "Leave out files whose code nests deeper than this many levels (an expression of thousands of terms), with a PII0900 finding (default 2000)." };
        var timeout = new Option<double?>("--timeout") { Description = "Stop the analysis of a project after this many seconds, with a PII0900 finding (default 900)." };
        var command = new Command("scan", "Run every PiiAnalyzers analyzer over a folder, project or solution without building it.")
        {
            path,
            format,
            output,
            baseline,
            writeBaseline,
            severity,
            exclude,
            includeTests,
            restore,
            folderFallback,
            maxFileSize,
            maxNesting,
            timeout,
        };
        command.SetAction((parsed, cancellationToken) => RunAsync(
            console,
            new ScanRequest(
                parsed.GetValue(path)!,
                parsed.GetValue(format),
                parsed.GetValue(output),
                parsed.GetValue(baseline),
                parsed.GetValue(writeBaseline),
                parsed.GetValue(severity),
                parsed.GetValue(exclude) ?? [],
                parsed.GetValue(includeTests),
                parsed.GetValue(restore),
                parsed.GetValue(folderFallback),
                parsed.GetValue(maxFileSize),
                parsed.GetValue(maxNesting),
                parsed.GetValue(timeout)),
            cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(CommandConsole console, ScanRequest request, CancellationToken cancellationToken)
    {
        var format = request.Format?.Trim().ToLowerInvariant();
        if (format is not ("text" or "json" or "sarif"))
        {
            return console.BadInput($"Unknown format '{request.Format}': use text, json or sarif.");
        }

        if (!Finding.TryParseSeverity(request.Severity, out var threshold))
        {
            return console.BadInput($"Unknown severity '{request.Severity}': use info, warning or error.");
        }

        var analyzers = AnalysisEngine.AllAnalyzers();
        LoadedCode code;
        IReadOnlyList<Finding> findings;
        Baseline? baseline;
        try
        {
            var budgets = ScanBudgets.From(request.MaxFileKilobytes, request.MaxNestingDepth, request.TimeoutSeconds);
            baseline = request.Baseline is null ? null : Baseline.Read(request.Baseline);
            var filter = CompilationLoader.ForTarget(request.Path, new PathFilter(request.Excludes, skipTests: !request.IncludeTests), console);
            code = await CompilationLoader.LoadAsync(
                request.Path, filter, request.Restore ? RestoreOption.Requested : RestoreOption.Offered, request.FolderFallback, console, cancellationToken, budgets.MaxFileBytes);
            findings = await AnalysisEngine.RunAsync(
                code,
                analyzers,
                ImmutableArray<AdditionalText>.Empty,
                ScanDefaults.Apply,
                filter,
                budgets,
                console,
                cancellationToken);
        }
        catch (InputException exception)
        {
            return console.BadInput(exception.Message);
        }
        catch (Exception exception) when (CommandConsole.IsInputProblem(exception))
        {
            return console.BadInput($"{request.Path}: {exception.Message}");
        }

        var reported = findings.Where(finding => Finding.AtLeast(finding.Severity, threshold)).ToList();
        var baselined = 0;
        try
        {
            if (request.WriteBaseline is not null)
            {
                // Every finding, whatever the threshold, so that lowering it later does not bring known ones back.
                console.WriteResult(Baseline.Write(findings), request.WriteBaseline);
                baselined = reported.Count;
                reported = [];
            }
            else if (baseline is not null)
            {
                (var fresh, baselined) = baseline.Filter(reported);
                reported = fresh.ToList();
            }

            var report = format switch
            {
                "sarif" => SarifWriter.Write(code.Root, [.. AnalysisEngine.Rules(analyzers), DiagnosticDescriptors.NotAnalyzed], reported),
                "json" => FindingReports.Json(code.Root, reported, baselined),
                _ => FindingReports.Text(reported),
            };
            console.WriteResult(report, request.Output);
        }
        catch (InputException exception)
        {
            return console.BadInput(exception.Message);
        }

        console.Progress($"{reported.Count} new finding(s) at or above {Finding.SeverityName(threshold)}; {baselined} in the baseline.");
        return reported.Count > 0 ? ExitCodes.Findings : ExitCodes.Success;
    }

    private sealed record ScanRequest(string Path, string? Format, string? Output, string? Baseline, string? WriteBaseline, string? Severity, string[] Excludes, bool IncludeTests, bool Restore, bool FolderFallback, int? MaxFileKilobytes, int? MaxNestingDepth, double? TimeoutSeconds);
}
