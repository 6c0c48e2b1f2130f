using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using PiiAnalyzers.AppTypes;
using PiiAnalyzers.Model;
using PiiAnalyzers.Options;
using PiiAnalyzers.Policy;

namespace PiiAnalyzers.Analyzers;

/// <summary>
/// PII0010: with <c>pii_app_type</c> set, a member of the inventory (<see cref="InventoryMembership"/>) whose category the
/// app type's basic function does not need (<see cref="AppType.Necessity"/> is false) and that
/// <c>[PersonalData(Optional = true)]</c> does not mark optional; reported on the member. A <c>pii_app_type</c> that names
/// no app type is reported once per value when the compilation has been seen whole. Without <c>pii_app_type</c>, nothing.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class NecessaryInformationAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        DiagnosticDescriptors.NotNecessaryForAppType,
        DiagnosticDescriptors.UnknownAppType);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            // The setting is read per file, as every key is; the global one counts where no file is.
            var settings = start.Compilation.SyntaxTrees
                .Select(tree => PiiOptions.ReadAppType(start.Options, tree))
                .Append(PiiOptions.ReadAppType(start.Options, tree: null))
                .ToList();
            var unknown = settings.Where(setting => setting.IsUnknown).Select(setting => setting.Text!).Distinct().OrderBy(text => text, System.StringComparer.Ordinal).ToList();
            if (unknown.Count > 0)
            {
                start.RegisterCompilationEndAction(end => ReportUnknown(end, unknown));
            }

            if (settings.All(setting => setting.AppType is null))
            {
                return;
            }

            var model = PersonalDataModel.GetOrCreate(start.Compilation, start.Options);
            if (model.Markers.PersonalData is null && model.Markers.IdentityPersonalData is null && model.Markers.DataClassification is null)
            {
                return;
            }

            var analyzer = new AnalyzerContext(model, start.Options);
            start.RegisterSymbolAction(analyzer.AnalyzeMember, SymbolKind.Field, SymbolKind.Property);
            start.RegisterSymbolAction(analyzer.AnalyzeParameters, SymbolKind.Method);
        });
    }

    private static void ReportUnknown(CompilationAnalysisContext context, IEnumerable<string> values)
    {
        var ids = string.Join(", ", NecessaryInformation.AppTypes.Select(type => type.Id));
        foreach (var value in values)
        {
            context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.UnknownAppType, Location.None, value, ids));
        }
    }

    private sealed class AnalyzerContext
    {
        private readonly PersonalDataModel _model;
        private readonly AnalyzerOptions _options;
        private readonly ConcurrentDictionary<SyntaxTree, AppType?> _appTypes = new();

        // A positional record property is reached from its parameter and from itself: reported once.
        private readonly ConcurrentDictionary<ISymbol, bool> _reported = new(SymbolEqualityComparer.Default);

        public AnalyzerContext(PersonalDataModel model, AnalyzerOptions options)
        {
            _model = model;
            _options = options;
        }

        public void AnalyzeMember(SymbolAnalysisContext context) => Analyze(context, context.Symbol);

        public void AnalyzeParameters(SymbolAnalysisContext context)
        {
            foreach (var parameter in ((IMethodSymbol)context.Symbol).Parameters)
            {
                Analyze(context, parameter);
            }
        }

        private void Analyze(SymbolAnalysisContext context, ISymbol declared)
        {
            if (InventoryMembership.ElementOf(declared, _model.Markers) is not { } symbol
                || symbol.Locations.FirstOrDefault(location => location.IsInSource) is not { SourceTree: { } tree } location
                || _appTypes.GetOrAdd(tree, file => PiiOptions.ReadAppType(_options, file).AppType) is not { } appType
                || _model.GetMember(symbol) is not { } member
                || AppType.Necessity(appType, member.Category, member.IsOptional) != false
                || member.IsOptional
                || !_reported.TryAdd(symbol, true))
            {
                return;
            }

            context.ReportDiagnostic(Diagnostic.Create(
                DiagnosticDescriptors.NotNecessaryForAppType,
                location,
                PolicyCheckElement.NameOf(symbol),
                member.Category,
                new AppTypeName(appType),
                appType.Number));
        }
    }
}
