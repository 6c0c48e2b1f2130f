using System.Collections.Immutable;
using Basic.Reference.Assemblies;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;

namespace PiiAnalyzers.Tests.Verifiers;

/// <summary>
/// The references every test compilation gets: .NET 10 reference assemblies from a package (nothing is downloaded at
/// test time) and the PiiAnalyzers.Attributes library, as a user's project would have them.
/// </summary>
internal static class TestReferences
{
    public static ReferenceAssemblies NoFramework { get; } = new("net10.0");

    public static MetadataReference Attributes { get; } = MetadataReference.CreateFromFile(typeof(PersonalDataAttribute).Assembly.Location);

    public static ImmutableArray<MetadataReference> All { get; } = Net100.References.All.Cast<MetadataReference>().ToImmutableArray().Add(Attributes);
}
