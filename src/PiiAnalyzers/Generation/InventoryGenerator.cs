using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using PiiAnalyzers.Generation.Emission;
using PiiAnalyzers.Generation.Model;
using PiiAnalyzers.Generation.Parsing;
using PiiAnalyzers.Inventory;
using PiiAnalyzers.Model;
using PiiAnalyzers.Options;

namespace PiiAnalyzers.Generation;

/// <summary>
/// Emits <c>{AssemblyName}.PersonalDataInventory</c>: every member of the assembly that holds personal data, read
/// with the same marker reader as the analyzers, as <c>Elements</c> and as JSON, which is also embedded as assembly
/// metadata. Reports no diagnostics (the analyzers do) and touches no file.
/// </summary>
/// <remarks>
/// Pipeline: one <c>ForAttributeWithMetadataName</c> step per marker of a fixed name, and a syntax step for
/// Microsoft.Extensions.Compliance classifications (named by the user), each giving symbol-free <see cref="MemberModel"/>s;
/// then, late, what needs the whole compilation or the build: custom categories (for sensitivity), classification maps
/// (for the category of a classified member), the project folder (for relative paths).
/// </remarks>
[Generator(LanguageNames.CSharp)]
public sealed class InventoryGenerator : IIncrementalGenerator
{
    private const string ElementMetadataName = "PiiAnalyzers.PersonalDataElement";

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

        var classified = context.SyntaxProvider
            .CreateSyntaxProvider(ElementParser.MayBeClassificationAttribute, ElementParser.ParseClassified)
            .Where(static members => !members.IsEmpty)
            .WithTrackingName(TrackingNames.ClassifiedMembers);

        var allMembers = personalData.Collect()
            .Combine(identity.Collect())
            .Combine(identityProtected.Collect())
            .Combine(classified.Collect())
            .Select(static (found, _) => new EquatableArray<MemberModel>(
                found.Left.Left.Left
                    .Concat(found.Left.Left.Right)
                    .Concat(found.Left.Right)
                    .Concat(found.Right)
                    .SelectMany(members => members)))
            .WithTrackingName(TrackingNames.AllMembers);

        var customCategories = context.CompilationProvider
            .Select(static (compilation, cancellationToken) => ElementParser.ReadCustomCategories(compilation, cancellationToken))
            .WithTrackingName(TrackingNames.CustomCategories);

        // The classification map is an .editorconfig setting, so it may differ from file to file: read per syntax tree.
        var classificationMaps = context.SyntaxProvider
            .CreateSyntaxProvider(static (node, _) => node is CompilationUnitSyntax, static (syntax, _) => syntax.Node.SyntaxTree)
            .Combine(context.AnalyzerConfigOptionsProvider)
            .Select(static (pair, _) => pair.Right.GetOptions(pair.Left).TryGetValue(PiiOptions.ClassificationMapKey, out var text) && !string.IsNullOrWhiteSpace(text)
                ? new FileClassificationMap(pair.Left.FilePath, text)
                : null)
            .Where(static map => map is not null)
            .Select(static (map, _) => map!)
            .WithTrackingName(TrackingNames.ClassificationMaps)
            .Collect();

        var settings = context.AnalyzerConfigOptionsProvider
            .Select(static (options, _) => options.GlobalOptions.TryGetValue("build_property.projectdir", out var folder) && !string.IsNullOrWhiteSpace(folder) ? folder : null)
            .Combine(context.CompilationProvider.Select(static (compilation, _) => (compilation.AssemblyName, CanEmit: compilation.GetTypeByMetadataName(ElementMetadataName) is not null)))
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
