using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace PiiAnalyzers.ThirdParties;

/// <summary>
/// The client libraries that send data to another company, as data: the package's own rows (<c>third-parties.txt</c>,
/// embedded in the assembly) and the rows a project adds in an AdditionalFile named <c>pii.third-parties.txt</c> (read by
/// <c>PiiOptions.ReadThirdParties</c>). docs/third-parties.md lists the built-in rows.
/// </summary>
public sealed class ThirdPartyCatalog
{
    /// <summary>The logical name of the embedded built-in catalog.</summary>
    internal const string ResourceName = "PiiAnalyzers.ThirdParties.third-parties.txt";

    private static readonly Lazy<ThirdPartyCatalogReading> BuiltInReading = new(ReadBuiltIn);

    public ThirdPartyCatalog(ImmutableArray<ThirdParty> recipients, ImmutableArray<ThirdPartyCall> calls)
    {
        Recipients = recipients;
        Calls = calls;
    }

    public static ThirdPartyCatalog Empty { get; } = new(ImmutableArray<ThirdParty>.Empty, ImmutableArray<ThirdPartyCall>.Empty);

    /// <summary>The package's own catalog.</summary>
    public static ThirdPartyCatalog BuiltIn => BuiltInReading.Value.Catalog;

    /// <summary>Problems of the built-in file; empty in a sound build (a test keeps it so).</summary>
    public static ImmutableArray<ThirdPartyCatalogProblem> BuiltInProblems => BuiltInReading.Value.Problems;

    /// <summary>The recipients, in file order.</summary>
    public ImmutableArray<ThirdParty> Recipients { get; }

    /// <summary>The calls, in file order: the first row a call matches names its recipient.</summary>
    public ImmutableArray<ThirdPartyCall> Calls { get; }

    /// <summary>A user's catalog file, whose recipient ids may not repeat the built-in ones.</summary>
    public static ThirdPartyCatalogReading Read(string text) =>
        ThirdPartyCatalogReader.Read(text, BuiltIn.Recipients.Select(recipient => recipient.Id).ToImmutableHashSet(StringComparer.OrdinalIgnoreCase));

    /// <summary>This catalog's rows, then <paramref name="other"/>'s: where both match a call, this one's names the recipient.</summary>
    public ThirdPartyCatalog Then(ThirdPartyCatalog other) =>
        other.Recipients.IsEmpty ? this : Recipients.IsEmpty ? other : new(Recipients.AddRange(other.Recipients), Calls.AddRange(other.Calls));

    /// <summary>
    /// The recipients whose client library the compilation can see (a type of one of their rows, where that row's
    /// condition type is visible too), in catalog order: the SDKs the code embeds.
    /// </summary>
    public ImmutableArray<ThirdParty> VisibleIn(Compilation compilation) =>
        Calls
            .Where(call => (call.RequiredType is null || compilation.GetTypeByMetadataName(call.RequiredType) is not null)
                && compilation.GetTypeByMetadataName(call.Row.TypeMetadataName) is not null)
            .Select(call => call.Recipient)
            .Distinct()
            .ToImmutableArray();

    private static ThirdPartyCatalogReading ReadBuiltIn()
    {
        using var stream = typeof(ThirdPartyCatalog).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException(ResourceName + " is not embedded in the analyzer assembly.");
        using var reader = new StreamReader(stream);
        return ThirdPartyCatalogReader.Read(reader.ReadToEnd(), ImmutableHashSet<string>.Empty);
    }
}
