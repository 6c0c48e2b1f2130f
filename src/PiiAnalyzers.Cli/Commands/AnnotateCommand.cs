using System;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using PiiAnalyzers.Cli.Annotating;
using PiiAnalyzers.Cli.Loading;
using PiiAnalyzers.Cli.Output;
using PiiAnalyzers.Cli.Scanning;
using PiiAnalyzers.Discovery;

namespace PiiAnalyzers.Cli.Commands;

/// <summary>
/// <c>pii annotate &lt;folder | project.csproj | solution.sln&gt; [--min-confidence high|medium|low] [--dry-run]</c>: the
/// PII0006 code fix in bulk, the IDE's own Fix All (<see cref="Annotator"/>). Prints one line per member annotated, writes
/// the files back in their encoding, byte order mark and line endings, and refuses (exit code 2) when a project whose
/// files would change does not reference the PiiAnalyzers package, since the code would then not build. A second run
/// finds nothing to do. <c>--dry-run</c> prints the same and writes nothing.
/// </summary>
internal sealed class AnnotateCommand : IPiiCommand
{
    public Command Create(CommandConsole console)
    {
        var path = new Argument<string>("path") { Description = "A folder of .cs files, a project (.csproj) or a solution (.sln)." };
        var minConfidence = new Option<string>("--min-confidence") { Description = "Annotate members discovery is at least this sure of: high, medium or low.", DefaultValueFactory = _ => "high" };
        var dryRun = new Option<bool>("--dry-run") { Description = "Print what would be annotated; change no file." };
        var command = new Command("annotate", "Mark every unannotated member that looks like personal data with [PersonalData] (the PII0006 code fix, in bulk).")
        {
            path,
            minConfidence,
            dryRun,
        };
        command.SetAction((parsed, cancellationToken) => RunAsync(
            console,
            parsed.GetValue(path)!,
            parsed.GetValue(minConfidence),
            parsed.GetValue(dryRun),
            cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(CommandConsole console, string path, string? minConfidenceName, bool dryRun, CancellationToken cancellationToken)
    {
        if (!ConfidenceFilter.TryParse(minConfidenceName, out var minConfidence))
        {
            return console.BadInput($"Unknown confidence '{minConfidenceName}': use high, medium or low.");
        }

        AnnotationPlan plan;
        try
        {
            var code = await CompilationLoader.LoadAsync(path, PathFilter.Default, folderFallback: false, console, cancellationToken);
            plan = await Annotator.PlanAsync(code, minConfidence, cancellationToken);
        }
        catch (InputException exception)
        {
            return console.BadInput(exception.Message);
        }
        catch (Exception exception) when (CommandConsole.IsInputProblem(exception))
        {
            return console.BadInput($"{path}: {exception.Message}");
        }

        foreach (var note in plan.Notes)
        {
            console.Progress(note);
        }

        // A real run that cannot build prints no changes, since it makes none; a dry run shows what it would have made.
        if (dryRun || plan.ProjectsWithoutAttributes.Count == 0)
        {
            console.WriteResult(string.Concat(plan.Members.Select(member => $"{member.Path}({member.Line},{member.Column}): {member.Member}: {member.Attribute}\n")), outputFile: null);
        }

        if (plan.ProjectsWithoutAttributes.Count > 0)
        {
            foreach (var project in plan.ProjectsWithoutAttributes.Select(FromHere))
            {
                console.Error($"{project} does not reference the PiiAnalyzers package: run 'dotnet add {Quote(project)} package PiiAnalyzers' first.");
            }

            return ExitCodes.BadInput;
        }

        if (plan.Members.Count == 0)
        {
            console.Progress(NothingToDo(plan, minConfidence));
            return ExitCodes.Success;
        }

        var summary = $"{plan.Members.Count} member(s) in {plan.Files.Count} file(s)";
        if (dryRun)
        {
            console.Progress($"Would annotate {summary}; no file written (--dry-run).");
            return ExitCodes.Success;
        }

        foreach (var (file, text) in plan.Files)
        {
            try
            {
                file.Write(text);
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                return console.BadInput($"Cannot write {file.Path}: {exception.Message}");
            }
        }

        console.Progress($"Annotated {summary}.");
        return ExitCodes.Success;
    }

    private static string NothingToDo(AnnotationPlan plan, DiscoveryConfidence minConfidence)
    {
        var text = new StringBuilder("Nothing to annotate: no unannotated member looks like personal data");
        text.Append(minConfidence switch
        {
            DiscoveryConfidence.High => " with high confidence",
            DiscoveryConfidence.Medium => " with medium or high confidence",
            _ => string.Empty,
        });
        if (plan.BelowConfidence > 0)
        {
            text.Append($"; {plan.BelowConfidence} more with less confidence (list them with 'pii scan --severity info', annotate them with --min-confidence low)");
        }

        return text.Append('.').ToString();
    }

    // A project file as the user can pass it to 'dotnet add' from where they are: relative to the current folder when under it.
    private static string FromHere(string project)
    {
        if (!Path.IsPathRooted(project))
        {
            return project;
        }

        var relative = Path.GetRelativePath(Environment.CurrentDirectory, project);
        return relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? project : relative;
    }

    private static string Quote(string path) => path.Contains(' ', StringComparison.Ordinal) ? $"\"{path}\"" : path;
}
