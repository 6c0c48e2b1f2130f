using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using PiiAnalyzers.Cli.Output;

namespace PiiAnalyzers.Cli.Loading;

/// <summary>
/// A folder's files compiled ad hoc as their project files would have them built, so far as that is possible without
/// MSBuild: the framework's reference assemblies and the shared frameworks the projects reference (ASP.NET Core for the
/// Web SDK), the attributes library, the packages of the projects that were restored, and the global usings their builds
/// would generate (<see cref="ProjectFile.GlobalUsings"/>); then stand-ins for the logging and EF Core APIs no reference
/// provides (<see cref="PackageStandIns"/>), and generated declarations of the names calls pass that nothing declares
/// (<see cref="UnresolvedNameStandIns"/>).
/// </summary>
/// <remarks>
/// All the files of the folder make one compilation, as before: a build resolves one project's types from another through
/// project references, and one compilation does that too, at no cost. Its global usings are therefore the union of those
/// of the projects its files belong to; in a project that does not import a namespace another one does, a simple name
/// can then resolve where its build would not, or become ambiguous (CS0104) where two imported namespaces share it.
/// </remarks>
internal static class FolderCompilation
{
    /// <summary>The file the global usings are compiled from; under <c>obj/</c> and generated, so never analyzed or reported.</summary>
    public const string GlobalUsingsFile = "PiiScan.GlobalUsings.g.cs";

    public static CSharpCompilation Create(string name, string root, IReadOnlyList<SyntaxTree> trees, IReadOnlyList<ProjectFile> projects, CSharpParseOptions parseOptions, CommandConsole console)
    {
        var globalUsings = projects.SelectMany(project => project.GlobalUsings).Distinct().ToList();
        var allTrees = trees.ToList();
        if (globalUsings.Count > 0)
        {
            console.Progress($"Applying {globalUsings.Count} global using(s) of {projects.Count(project => !project.GlobalUsings.IsEmpty)} project file(s).");
            var source = string.Join('\n', globalUsings.Select(globalUsing => globalUsing.ToSource())) + "\n";
            allTrees.Add(CSharpSyntaxTree.ParseText(source, parseOptions, Path.Combine(root, "obj", GlobalUsingsFile), System.Text.Encoding.UTF8));
        }

        var compilation = CSharpCompilation.Create(
            name,
            allTrees,
            References(projects, console),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        var standIns = PackageStandIns.For(compilation);
        if (standIns.Count > 0)
        {
            console.Progress($"Unresolved package APIs stood in for by {string.Join(", ", standIns.Select(reference => reference.Display))}.");
            compilation = compilation.AddReferences(standIns);
        }

        return WithUnresolvedNameStandIns(compilation, root, parseOptions, console);
    }

    private static CSharpCompilation WithUnresolvedNameStandIns(CSharpCompilation compilation, string root, CSharpParseOptions parseOptions, CommandConsole console)
    {
        var path = Path.Combine(root, "obj", UnresolvedNameStandIns.FileName);
        var standIns = UnresolvedNameStandIns.For(compilation, parseOptions, path);
        if (standIns.Tree is null)
        {
            return compilation;
        }

        const int Shown = 5;
        var names = standIns.Declarations.Take(Shown).Select(declaration => $"{declaration.Type}.{declaration.Member}");
        var more = standIns.Declarations.Count > Shown ? $" and {standIns.Declarations.Count - Shown} more" : string.Empty;
        var capped = standIns.Capped ? $"; names past the first {standIns.Declarations.Count} left unresolved" : string.Empty;
        console.Progress(
            $"Unresolved names passed to calls stood in for by {standIns.Declarations.Count} generated member(s) in obj/{UnresolvedNameStandIns.FileName}: "
            + $"{string.Join(", ", names)}{more}{capped}.");
        return compilation.AddSyntaxTrees(standIns.Tree);
    }

    // One assembly of a name: the framework's first, then the first project's that has it.
    private static List<MetadataReference> References(IReadOnlyList<ProjectFile> projects, CommandConsole console)
    {
        var restored = projects.Select(project => project.Assets).OfType<ProjectAssets>().ToList();
        var frameworks = projects.SelectMany(project => project.Frameworks).Concat(restored.SelectMany(assets => assets.Frameworks))
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .Order(StringComparer.OrdinalIgnoreCase)
            .ToList();
        var references = new List<MetadataReference>(FrameworkReferences.Get());
        foreach (var framework in frameworks)
        {
            references.AddRange(FrameworkReferences.Get(framework));
        }

        var names = new HashSet<string>(references.Select(reference => Path.GetFileName(reference.Display ?? string.Empty)), StringComparer.OrdinalIgnoreCase);
        var attributes = typeof(PersonalDataAttribute).Assembly.Location;
        foreach (var file in restored.SelectMany(assets => assets.CompileAssemblies).Prepend(attributes))
        {
            if (names.Add(Path.GetFileName(file)))
            {
                references.Add(MetadataReference.CreateFromFile(file));
            }
        }

        if (restored.Count > 0)
        {
            console.Progress($"Referencing the packages of {restored.Count} restored project(s).");
        }

        return references;
    }
}
