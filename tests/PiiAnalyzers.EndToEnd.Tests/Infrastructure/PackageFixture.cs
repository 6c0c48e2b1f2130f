using System.IO.Compression;

namespace PiiAnalyzers.EndToEnd.Tests.Infrastructure;

/// <summary>
/// Packs src/PiiAnalyzers.Package once per test run into a fresh temporary folder. Its own artifacts path keeps the
/// pack away from the repository's bin/ and obj/, which other test assemblies may be using at the same time.
/// Set PII_E2E_KEEP=1 to keep the temporary folder for a look after the run.
/// </summary>
public sealed class PackageFixture : IAsyncLifetime
{
    public static readonly TimeSpan PackTimeout = TimeSpan.FromMinutes(5);

    private int _consumerCount;

    public PackageFixture()
    {
        WorkRoot = Path.Combine(Path.GetTempPath(), "PiiAnalyzers.EndToEnd", Guid.NewGuid().ToString("N"));
        if (IsUnder(WorkRoot, Repository.Root))
        {
            throw new InvalidOperationException($"The temporary folder {WorkRoot} is inside the repository {Repository.Root}: consumers would pick up its Directory.Build.props.");
        }

        PackageSource = Path.Combine(WorkRoot, "feed");
        ArtifactsPath = Path.Combine(WorkRoot, "artifacts");
        Version = Repository.PackageVersion;
    }

    /// <summary>The temporary folder this run works in, outside the repository.</summary>
    public string WorkRoot { get; }

    /// <summary>The folder the package is packed into, used as a package source by the consumers.</summary>
    public string PackageSource { get; }

    public string Version { get; }

    /// <summary>The bin/ and obj/ of the repository's projects as built for the pack (Release).</summary>
    public string ArtifactsPath { get; }

    public string PackagePath => Path.Combine(PackageSource, $"PiiAnalyzers.{Version}.nupkg");

    /// <summary>The pack command and its output, for assertion messages.</summary>
    public ProcessResult PackResult { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(PackageSource);
        PackResult = await DotNetCli.RunAsync(
            Repository.Root,
            [
                "pack", Repository.PackageProject,
                "--configuration", "Release",
                "--artifacts-path", ArtifactsPath,
                "--output", PackageSource,
                "-tl:off",
            ],
            PackTimeout);

        if (PackResult.ExitCode != 0 || !File.Exists(PackagePath))
        {
            throw new InvalidOperationException($"Packing failed, or made no {Path.GetFileName(PackagePath)}.{Environment.NewLine}{PackResult}");
        }
    }

    public Task DisposeAsync()
    {
        if (Environment.GetEnvironmentVariable("PII_E2E_KEEP") != "1" && Directory.Exists(WorkRoot))
        {
            Directory.Delete(WorkRoot, recursive: true);
        }

        return Task.CompletedTask;
    }

    /// <summary>The entries of the packed nupkg (a zip), with '/' separators.</summary>
    public IReadOnlyList<string> ReadPackageEntries()
    {
        using var archive = ZipFile.OpenRead(PackagePath);
        return archive.Entries.Select(entry => entry.FullName.Replace('\\', '/')).ToList();
    }

    public string ReadPackageFile(string entryName)
    {
        using var archive = ZipFile.OpenRead(PackagePath);
        var entry = archive.GetEntry(entryName) ?? throw new InvalidOperationException($"{PackagePath} has no {entryName}.");
        using var reader = new StreamReader(entry.Open());
        return reader.ReadToEnd();
    }

    /// <summary>A new consumer project in its own folder under <see cref="WorkRoot"/>.</summary>
    public ConsumerProject CreateConsumer(string name) =>
        new(this, Path.Combine(WorkRoot, "consumers", $"{name}-{Interlocked.Increment(ref _consumerCount)}"));

    private static bool IsUnder(string path, string folder)
    {
        var relative = Path.GetRelativePath(Path.GetFullPath(folder), Path.GetFullPath(path));
        return relative != ".." && !relative.StartsWith(".." + Path.DirectorySeparatorChar, StringComparison.Ordinal) && !Path.IsPathRooted(relative);
    }
}

/// <summary>All end-to-end tests share one packed package.</summary>
[CollectionDefinition(Name)]
public sealed class PackageCollection : ICollectionFixture<PackageFixture>
{
    public const string Name = "Packed PiiAnalyzers";
}
