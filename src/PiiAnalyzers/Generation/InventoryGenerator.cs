using System.Linq;
using Microsoft.CodeAnalysis;
using PiiAnalyzers.Generation.Emission;
using PiiAnalyzers.Generation.Model;
using PiiAnalyzers.Generation.Parsing;
using PiiAnalyzers.Inventory;
using PiiAnalyzers.Model;

namespace PiiAnalyzers.Generation;

/// <summary>
/// Emits <c>{AssemblyName}.PersonalDataInventory</c>: every member of the assembly that holds personal data, read
/// with the same marker reader as the analyzers, as <c>Elements</c> and as JSON, which is also embedded as assembly
/// metadata. Reports no diagnostics (the analyzers do) and touches no file.
/// </summary>
/// <remarks>
/// Pipeline: one <c>ForAttributeWithMetadataName</c> step per marker of a fixed name, and a syntax step for the markers
/// the user names (Microsoft.Extensions.Compliance classifications, subclasses of Identity's <c>[PersonalData]</c>), each
/// giving symbol-free <see cref="MemberModel"/>s;
/// then, late, what needs the whole compilation or the build: custom categories (for sensitivity), classification maps
/// (for the category of a classified member), the project folder (for relative paths).
/// </remarks>
[Generator(LanguageNames.CSharp)]
public sealed class InventoryGenerator : IIncrementalGenerator
{
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var personalData = context.SyntaxProvider
            .ForAttributeWithMetadataName(
                MarkerTypes.PersonalDataMetadataName,
                static (node, _) => ElementParser.IsMemberDeclaration(node),
                static (target, cancellationToken) => ElementParser.ParseTarget(target.TargetSymbol, target.SemanticModel.Compilation, cancellationToken))
            .WithTrackingName(TrackingNames.PersonalDataMembers);

        var identity = context.SyntaxProvider
            .ForAttributeWithMetadataName(
                MarkerTypes.IdentityPersonalDataMetadataName,
                static (node, _) => ElementParser.IsMemberDeclaration(node),
                static (target, cancellationToken) => ElementParser.ParseTarget(target.TargetSymbol, target.SemanticModel.Compilation, cancellationToken))
            .WithTrackingName(TrackingNames.IdentityPersonalDataMembers);

        var identityProtected = context.SyntaxProvider
            .ForAttributeWithMetadataName(
                MarkerTypes.IdentityProtectedPersonalDataMetadataName,
                static (node, _) => ElementParser.IsMemberDeclaration(node),
                static (target, cancellationToken) => ElementParser.ParseTarget(target.TargetSymbol, target.SemanticModel.Compilation, cancellationToken))
            .WithTrackingName(TrackingNames.IdentityProtectedPersonalDataMembers);

        // A classified member's category comes from the classification map of its file. The map is read only for the
        // files that hold such members, not for every file of the compilation (which takes one more walk of every tree).
        var classified = context.SyntaxProvider
            .CreateSyntaxProvider(
                ElementParser.MayBeClassificationAttribute,
                static (syntax, cancellationToken) => (syntax.Node.SyntaxTree, Members: ElementParser.ParseClassified(syntax, cancellationToken)))
            .Where(static found => !found.Members.IsEmpty)
            .Combine(context.AnalyzerConfigOptionsProvider)
            .Select(static (pair, _) => new ClassifiedMembers(pair.Left.Members, FileClassificationMap.Read(pair.Left.SyntaxTree, pair.Right)))
            .WithTrackingName(TrackingNames.ClassifiedMembers);

        var allMembers = personalData.Collect()
            .Combine(identity.Collect())
            .Combine(identityProtected.Collect())
            .Combine(classified.Collect())
            .Select(static (found, _) => new EquatableArray<MemberModel>(
                found.Left.Left.Left
                    .Concat(found.Left.Left.Right)
                    .Concat(found.Left.Right)
                    .Concat(found.Right.Select(classifiedMembers => classifiedMembers.Members))
                    .SelectMany(members => members)))
            .WithTrackingName(TrackingNames.AllMembers);

        var customCategories = context.CompilationProvider
            .Select(static (compilation, cancellationToken) => ElementParser.ReadCustomCategories(compilation, cancellationToken))
            .WithTrackingName(TrackingNames.CustomCategories);

        var classificationMaps = classified
            .Select(static (found, _) => found.Map)
            .Where(static map => map is not null)
            .Select(static (map, _) => map!)
            .WithTrackingName(TrackingNames.ClassificationMaps)
            .Collect();

        var settings = context.AnalyzerConfigOptionsProvider
            .Select(static (options, _) => options.GlobalOptions.TryGetValue("build_property.projectdir", out var folder) && !string.IsNullOrWhiteSpace(folder) ? folder : null)
            .Combine(context.CompilationProvider.Select(static (compilation, _) => (compilation.AssemblyName, CanEmit: compilation.GetTypeByMetadataName(InventoryEmitter.ReaderMetadataName) is not null)))
            .Select(static (pair, _) => new GeneratorSettings(pair.Left, pair.Right.AssemblyName, pair.Right.CanEmit))
            .WithTrackingName(TrackingNames.Settings);

        var inventory = allMembers
            .Combine(customCategories)
            .Combine(classificationMaps)
            .Combine(settings)
            .Select(static (input, _) => input.Right.CanEmit
                ? (Document: InventoryAssembler.Assemble(input.Left.Left.Left, input.Left.Left.Right, input.Left.Right, input.Right.ProjectDirectory), input.Right.AssemblyName)
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
}
