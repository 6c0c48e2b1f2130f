using System.Linq;
using Microsoft.CodeAnalysis;
using PiiAnalyzers.Generation.Emission;
using PiiAnalyzers.Generation.Model;
using PiiAnalyzers.Generation.Parsing;
using PiiAnalyzers.Inventory;
using PiiAnalyzers.Options;
using PiiAnalyzers.ThirdParties;

namespace PiiAnalyzers.Generation;

/// <summary>
/// Emits <c>{AssemblyName}.PersonalDataInventory</c>: every member of the assembly that holds personal data, read
/// with the same marker reader as the analyzers, as <c>Elements</c> and as JSON, which is also embedded as assembly
/// metadata. Reports no diagnostics (the analyzers do) and touches no file.
/// </summary>
/// <remarks>
/// Pipeline, so that an edit re-reads only the file edited (the IDE runs it on every keystroke):
/// <list type="number">
/// <item><see cref="TrackingNames.MarkedFiles"/>: the files with an attribute that may be a marker, or an override property, from syntax alone;</item>
/// <item><see cref="TrackingNames.ReadingContext"/>: what outside a file its reading depends on (<see cref="ReadingContext"/>);</item>
/// <item><see cref="TrackingNames.FileMembers"/>: each file's members, read with symbols, keyed on the file and the
/// context only, so that a file that did not change keeps its reading without binding anything;</item>
/// <item>then, late, what needs the whole compilation or the build, keyed on the context the same way: custom
/// categories (for sensitivity), the settings; and the classification map and the app type of each file (for the
/// category of a classified member, and the necessity of each).</item>
/// </list>
/// The models hold no symbol and no location (lines change with every edit above a member), so an edit that does not
/// change an annotation leaves the inventory cached.
/// </remarks>
[Generator(LanguageNames.CSharp)]
public sealed class InventoryGenerator : IIncrementalGenerator
{
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        // One walk of every tree finds both what may be marked and the declarations other files' readings depend on: a
        // syntax provider walks every node of every tree, which is most of what the generator costs where nothing is
        // marked. Each kind is then filtered node by node, so that an edit leaves the other kind's steps cached.
        // A syntax provider's transform runs for every matching node at every run: this one returns the node.
        var nodes = context.SyntaxProvider.CreateSyntaxProvider(
            static (node, cancellationToken) => MarkerSyntax.IsCandidateNode(node, cancellationToken) || DeclarationSignature.IsCrossFileDeclaration(node, cancellationToken),
            static (syntax, _) => syntax.Node);

        var markedFiles = nodes
            .Where(static node => MarkerSyntax.IsCandidateNode(node, default))
            .Select(static (node, _) => MarkerSyntax.DeclarationOf(node))
            .Collect()
            .SelectMany(static (declarations, _) => MarkedFile.Group(declarations))
            .WithTrackingName(TrackingNames.MarkedFiles);

        var declarations = nodes
            .Where(static node => DeclarationSignature.IsCrossFileDeclaration(node, default))
            .Select(static (node, _) => DeclarationSignature.Of(node))
            .Collect()
            .Select(static (signatures, _) => new EquatableArray<string>(signatures));

        var compilation = context.CompilationProvider.Select(static (compilation, _) => new CompilationHandle(compilation));

        var readingContext = declarations
            .Combine(context.CompilationProvider.Select(static (compilation, _) =>
                (compilation.AssemblyName, References: new EquatableArray<ReferenceIdentity>(compilation.References.Select(reference => new ReferenceIdentity(reference))))))
            .Select(static (pair, _) => new ReadingContext(pair.Right.AssemblyName, pair.Right.References, pair.Left))
            .WithTrackingName(TrackingNames.ReadingContext);

        var fileMembers = markedFiles
            .Combine(readingContext)
            .Combine(compilation)
            .WithComparer(CompilationHandle.KeyOnly<(MarkedFile, ReadingContext)>())
            .Select(static (input, cancellationToken) => FileReader.Read(input.Item1.Item1, input.Item2.Compilation, cancellationToken))
            .WithTrackingName(TrackingNames.FileMembers);

        var allMembers = fileMembers
            .Collect()
            .Select(static (files, _) => new EquatableArray<MemberModel>(files.SelectMany<EquatableArray<MemberModel>, MemberModel>(static members => members)))
            .WithTrackingName(TrackingNames.AllMembers);

        var customCategories = readingContext
            .Combine(compilation)
            .WithComparer(CompilationHandle.KeyOnly<ReadingContext>())
            .Select(static (input, cancellationToken) => ElementParser.ReadCustomCategories(input.Item2.Compilation, cancellationToken))
            .WithTrackingName(TrackingNames.CustomCategories);

        var classificationMaps = markedFiles
            .Combine(context.AnalyzerConfigOptionsProvider)
            .Select(static (input, _) => FileClassificationMap.Read(input.Left.Tree, input.Right))
            .Where(static map => map is not null)
            .Select(static (map, _) => map!)
            .WithTrackingName(TrackingNames.ClassificationMaps)
            .Collect();

        var appTypes = markedFiles
            .Combine(context.AnalyzerConfigOptionsProvider)
            .Select(static (input, _) => FileAppType.Read(input.Left.Tree, input.Right))
            .Where(static appType => appType is not null)
            .Select(static (appType, _) => appType!)
            .WithTrackingName(TrackingNames.AppTypes)
            .Collect();

        var settings = context.AnalyzerConfigOptionsProvider
            .Select(static (options, _) => options.GlobalOptions.TryGetValue("build_property.projectdir", out var folder) && !string.IsNullOrWhiteSpace(folder) ? folder : null)
            .Combine(readingContext.Combine(compilation).WithComparer(CompilationHandle.KeyOnly<ReadingContext>())
                .Select(static (input, _) => input.Item2.Compilation.GetTypeByMetadataName(InventoryEmitter.ReaderMetadataName) is not null))
            .Combine(readingContext)
            .Select(static (input, _) => new GeneratorSettings(input.Left.Left, input.Right.AssemblyName, input.Left.Right))
            .WithTrackingName(TrackingNames.Settings);

        // The SDK catalog's client libraries the compilation references (with the project's pii.third-parties.txt rows),
        // looked up again only when the references or the project's rows change.
        var userCatalogs = context.AdditionalTextsProvider
            .Where(static file => PiiOptions.IsThirdPartiesFile(file))
            .Select(static (file, cancellationToken) => file.GetText(cancellationToken)?.ToString() ?? string.Empty)
            .Collect()
            .Select(static (texts, _) => new EquatableArray<string>(texts));

        var embeddedSdks = readingContext
            .Combine(userCatalogs)
            .Combine(compilation)
            .WithComparer(CompilationHandle.KeyOnly<(ReadingContext, EquatableArray<string>)>())
            .Select(static (input, _) => new EquatableArray<EmbeddedSdk>(input.Item1.Item2
                .Aggregate(ThirdPartyCatalog.Empty, (catalog, text) => catalog.Then(ThirdPartyCatalog.Read(text).Catalog))
                .Then(ThirdPartyCatalog.BuiltIn)
                .VisibleIn(input.Item2.Compilation)
                .Select(EmbeddedSdk.From)))
            .WithTrackingName(TrackingNames.EmbeddedSdks);

        var inventory = allMembers
            .Combine(customCategories)
            .Combine(classificationMaps.Combine(appTypes))
            .Combine(settings)
            .Combine(embeddedSdks)
            .Select(static (input, _) => input.Left.Right.CanEmit
                ? (Document: WithSdks(
                    InventoryAssembler.Assemble(
                        input.Left.Left.Left.Left,
                        input.Left.Left.Left.Right,
                        input.Left.Left.Right.Left,
                        input.Left.Left.Right.Right,
                        input.Left.Right.ProjectDirectory),
                    input.Right), input.Left.Right.AssemblyName)
                : default)
            .WithTrackingName(TrackingNames.Inventory);

        context.RegisterSourceOutput(inventory, static (output, inventory) =>
        {
            if (inventory.Document is not null)
            {
                output.AddSource(InventoryEmitter.HintName, InventoryEmitter.Emit(inventory.Document, InventoryEmitter.NamespaceFor(inventory.AssemblyName)));
            }
        });
    }

    private static InventoryDocument WithSdks(InventoryDocument document, EquatableArray<EmbeddedSdk> sdks)
    {
        if (sdks.Count == 0)
        {
            return document;
        }

        var declared = document.Elements.SelectMany(element => element.SharedWith).Select(recipient => recipient.Name).ToList();
        return document with { DetectedRecipients = new EquatableArray<ThirdPartyRecipient>(sdks.Select(sdk => sdk.Row(declared))) };
    }
}
