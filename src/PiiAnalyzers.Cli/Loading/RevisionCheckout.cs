using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using PiiAnalyzers.Cli.Output;
using PiiAnalyzers.Inventory;
using PiiAnalyzers.ThirdParties;

namespace PiiAnalyzers.Cli.Loading;

/// <summary>
/// <c>pii inventory diff --base-ref REF PATH</c>: the repository holding the path, as it is at a revision, extracted with
/// <c>git archive</c> into a temporary folder (named as the repository's folder, so that a folder compilation is named
/// the same on both sides), the working tree's restore output copied in (<see cref="RestoreOutputs"/>); disposing deletes it.
/// </summary>
internal sealed class RevisionCheckout : IDisposable
{
    private readonly string _folder;

    private RevisionCheckout(string folder, string path, IReadOnlyList<string> packagesAdded)
    {
        _folder = folder;
        Path = path;
        PackagesAdded = packagesAdded;
    }

    /// <summary>The path given, in the extracted revision.</summary>
    public string Path { get; }

    /// <summary>
    /// The ids of the packages the working tree's projects reference and the revision's do not: the revision is read with
    /// them all the same (<see cref="RestoreOutputs"/>), so <see cref="WithoutSdksOfPackagesAdded"/> takes what they bring out of its inventory.
    /// </summary>
    public IReadOnlyList<string> PackagesAdded { get; }

    /// <summary>
    /// The revision's inventory without the SDK catalog's rows for recipients whose client library a package added brings
    /// (their package is in <see cref="PackagesAdded"/>): the revision only saw them through the working tree's packages,
    /// and the diff is to show them as new. Rows <c>[SharedWith]</c> declares come from the elements and stay.
    /// </summary>
    public InventoryDocument WithoutSdksOfPackagesAdded(InventoryDocument document)
    {
        var brought = ThirdPartyCatalog.BuiltIn.Recipients
            .Where(recipient => recipient.Packages.Any(package => PackagesAdded.Contains(package, StringComparer.OrdinalIgnoreCase)))
            .ToList();
        return brought.Count == 0 ? document : document with
        {
            DetectedRecipients = new(document.DetectedRecipients.Where(row => !brought.Any(recipient => IsRowOf(row, recipient)))),
        };
    }

    // A row is named by its service, or by a [SharedWith] naming it; one chosen at run time is named by any, so only its service counts.
    private static bool IsRowOf(ThirdPartyRecipient row, ThirdParty recipient) =>
        string.Equals(row.Name, recipient.Service, StringComparison.OrdinalIgnoreCase) || (!recipient.IsChosenAtRunTime && recipient.IsNamedBy(row.Name));

    /// <exception cref="InputException">
    /// The path does not exist, is not in a git repository or not at that revision; the revision is unknown; git is not installed.
    /// </exception>
    public static async Task<RevisionCheckout> CreateAsync(string path, string revision, CommandConsole console, CancellationToken cancellationToken)
    {
        var fullPath = System.IO.Path.GetFullPath(path);
        var isFolder = Directory.Exists(fullPath);
        if (!isFolder && !File.Exists(fullPath))
        {
            throw new InputException($"{path} does not exist.");
        }

        // A revision that starts with '-' would be read by git as an option.
        if (revision.Length == 0 || revision.StartsWith('-'))
        {
            throw new InputException($"'{revision}' is not a git revision.");
        }

        var directory = isFolder ? fullPath : System.IO.Path.GetDirectoryName(fullPath)!;
        var location = await Git.RunAsync(directory, cancellationToken, "rev-parse", "--show-toplevel", "--show-prefix");
        if (location.ExitCode != 0)
        {
            throw new InputException($"{path} is not in a git repository ({location.Reason}): --base-ref reads the repository that holds it.");
        }

        // The top level, then the folder's path below it ('/'-separated, ending with '/', empty at the top level).
        var lines = location.Output.Split('\n');
        var topLevel = System.IO.Path.GetFullPath(lines[0].Trim());
        var prefix = lines.Length > 1 ? lines[1].Trim() : string.Empty;
        var relative = isFolder ? prefix.TrimEnd('/') : prefix + System.IO.Path.GetFileName(fullPath);

        var commit = await Git.RunAsync(topLevel, cancellationToken, "rev-parse", "--verify", "--quiet", "--end-of-options", revision + "^{commit}");
        if (commit.ExitCode != 0)
        {
            throw new InputException($"Unknown git revision '{revision}' in {topLevel}.");
        }

        var id = commit.Output.Trim();
        var named = $"{revision} ({id.Substring(0, Math.Min(12, id.Length))})";
        if (relative.Length > 0 && (await Git.RunAsync(topLevel, cancellationToken, "cat-file", "-e", $"{id}:{relative}")).ExitCode != 0)
        {
            throw new InputException($"{relative} does not exist at {named} in {topLevel}.");
        }

        var folder = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "pii-inventory-diff", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            console.Progress($"Extracting {named} of {topLevel}");
            var zip = System.IO.Path.Combine(folder, "revision.zip");
            var archive = await Git.RunAsync(topLevel, cancellationToken, "archive", "--format=zip", "--output=" + zip, id);
            if (archive.ExitCode != 0)
            {
                throw new InputException($"git archive {named} failed: {archive.Reason}");
            }

            var tree = System.IO.Path.Combine(folder, System.IO.Path.GetFileName(topLevel.TrimEnd(System.IO.Path.DirectorySeparatorChar, '/')));
            await ZipFile.ExtractToDirectoryAsync(zip, tree, cancellationToken);
            File.Delete(zip);
            var (restored, packagesAdded) = RestoreOutputs.Copy(topLevel, tree, named, console);
            if (restored > 0)
            {
                console.Progress($"Gave {restored} project(s) of {named} the restore output of the working tree.");
            }

            var pathInTree = relative.Length == 0 ? tree : System.IO.Path.Combine(tree, relative.Replace('/', System.IO.Path.DirectorySeparatorChar));
            return new RevisionCheckout(folder, pathInTree, packagesAdded);
        }
        catch
        {
            Delete(folder);
            throw;
        }
    }

    public void Dispose() => Delete(_folder);

    // Best effort: a file some other process still holds open is left for the system's temporary-file cleanup.
    private static void Delete(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
        }
    }
}
