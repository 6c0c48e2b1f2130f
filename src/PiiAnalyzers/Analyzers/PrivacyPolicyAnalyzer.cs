using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using PiiAnalyzers.Model;
using PiiAnalyzers.Options;
using PiiAnalyzers.Policy;
using TextSpan = Microsoft.CodeAnalysis.Text.TextSpan;

namespace PiiAnalyzers.Analyzers;

/// <summary>
/// PII0101–PII0108 and PII0110: holds the compilation's personal data against the project's privacy policy, the
/// AdditionalFiles item with <c>PiiKind=Policy</c> that <c>&lt;PiiPolicy Include="PRIVACY.md" /&gt;</c> makes. The
/// comparison itself is <see cref="PolicyCheck"/>; this class gathers the inventory and turns findings into diagnostics.
/// </summary>
/// <remarks>
/// The check needs the whole compilation, so it runs at compilation end: always in <c>dotnet build</c>, and in the IDE
/// only with full-solution analysis. Without a policy file it registers nothing.
/// </remarks>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class PrivacyPolicyAnalyzer : DiagnosticAnalyzer
{
    /// <summary>The item metadata, as the compiler sees it, that marks an AdditionalFiles item as the privacy policy.</summary>
    public const string PolicyKindKey = "build_metadata.AdditionalFiles.PiiKind";

    public const string PolicyKind = "Policy";

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        DiagnosticDescriptors.CollectedButNotDeclared,
        DiagnosticDescriptors.CollectedWithoutCategory,
        DiagnosticDescriptors.DeclaredButNotCollected,
        DiagnosticDescriptors.EncryptionPromisedButMissing,
        DiagnosticDescriptors.RetentionDisagreesWithPolicy,
        DiagnosticDescriptors.SharedDespitePolicy,
        DiagnosticDescriptors.SharedWithUnnamedRecipient,
        DiagnosticDescriptors.SharedWithUnlistedRecipient,
        DiagnosticDescriptors.SensitiveNotInPolicy,
        DiagnosticDescriptors.CrossBorderDespiteInCountry,
        DiagnosticDescriptors.CrossBorderNotStated,
        DiagnosticDescriptors.CrossBorderStatementUnclear,
        DiagnosticDescriptors.RecipientNeverUsed,
        DiagnosticDescriptors.EncryptionPromiseUnclear,
        DiagnosticDescriptors.RetentionStatementUnclear,
        DiagnosticDescriptors.SharingStatementUnclear,
        DiagnosticDescriptors.SensitiveStatementUnclear,
        DiagnosticDescriptors.RequiredButOptional,
        DiagnosticDescriptors.RequiredButOptionalUnclear,
        DiagnosticDescriptors.PolicyUnreadable,
        DiagnosticDescriptors.PolicyEmpty,
        DiagnosticDescriptors.PolicyWithoutCollectionSection,
        DiagnosticDescriptors.PolicyMalformed,
        DiagnosticDescriptors.PolicyUnknownCategory);

    /// <summary>The descriptor for a kind of finding, for hosts that report <see cref="PolicyCheck"/>'s findings (the CLI).</summary>
    public static DiagnosticDescriptor GetDescriptor(PolicyFindingKind kind) =>
        kind switch
        {
            PolicyFindingKind.Undeclared => DiagnosticDescriptors.CollectedButNotDeclared,
            PolicyFindingKind.Unspecified => DiagnosticDescriptors.CollectedWithoutCategory,
            PolicyFindingKind.NeverCollected => DiagnosticDescriptors.DeclaredButNotCollected,
            PolicyFindingKind.NotEncrypted => DiagnosticDescriptors.EncryptionPromisedButMissing,
            PolicyFindingKind.RetentionDisagrees => DiagnosticDescriptors.RetentionDisagreesWithPolicy,
            PolicyFindingKind.SharedDespiteNotShared => DiagnosticDescriptors.SharedDespitePolicy,
            PolicyFindingKind.SharedWithUnnamedRecipient => DiagnosticDescriptors.SharedWithUnnamedRecipient,
            PolicyFindingKind.SharedWithUnlistedRecipient => DiagnosticDescriptors.SharedWithUnlistedRecipient,
            PolicyFindingKind.CrossBorderDespiteInCountry => DiagnosticDescriptors.CrossBorderDespiteInCountry,
            PolicyFindingKind.CrossBorderNotStated => DiagnosticDescriptors.CrossBorderNotStated,
            PolicyFindingKind.CrossBorderUnclear => DiagnosticDescriptors.CrossBorderStatementUnclear,
            PolicyFindingKind.RecipientNeverUsed => DiagnosticDescriptors.RecipientNeverUsed,
            PolicyFindingKind.NotCalledSensitive => DiagnosticDescriptors.SensitiveNotInPolicy,
            PolicyFindingKind.NotEncryptedUnclear => DiagnosticDescriptors.EncryptionPromiseUnclear,
            PolicyFindingKind.RetentionUnclear => DiagnosticDescriptors.RetentionStatementUnclear,
            PolicyFindingKind.SharingUnclear => DiagnosticDescriptors.SharingStatementUnclear,
            PolicyFindingKind.SensitiveUnclear => DiagnosticDescriptors.SensitiveStatementUnclear,
            PolicyFindingKind.RequiredButOptional => DiagnosticDescriptors.RequiredButOptional,
            PolicyFindingKind.RequiredButOptionalUnclear => DiagnosticDescriptors.RequiredButOptionalUnclear,
            PolicyFindingKind.PolicyUnreadable => DiagnosticDescriptors.PolicyUnreadable,
            PolicyFindingKind.PolicyEmpty => DiagnosticDescriptors.PolicyEmpty,
            PolicyFindingKind.PolicyNoCollectionSection => DiagnosticDescriptors.PolicyWithoutCollectionSection,
            PolicyFindingKind.PolicyMalformed => DiagnosticDescriptors.PolicyMalformed,
            PolicyFindingKind.PolicyUnknownCategory => DiagnosticDescriptors.PolicyUnknownCategory,
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
        };

    /// <summary>
    /// The policy location a finding points at: the words on its line, else the line without surrounding white space, as a
    /// location in the policy file (which <c>dotnet build</c> prints as <c>PRIVACY.md(12,8)</c>).
    /// </summary>
    public static Location GetPolicyLocation(string path, SourceText text, PolicyEvidence evidence)
    {
        if (text.Lines.Count == 0 || text.Length == 0)
        {
            return Location.Create(path, new TextSpan(0, 0), new LinePositionSpan(LinePosition.Zero, LinePosition.Zero));
        }

        var line = text.Lines[Math.Max(0, Math.Min(text.Lines.Count - 1, evidence.Line - 1))];
        var lineText = text.ToString(line.Span);
        int start;
        int end;
        var found = string.IsNullOrEmpty(evidence.Text) ? -1 : lineText.IndexOf(evidence.Text, StringComparison.OrdinalIgnoreCase);
        if (found >= 0)
        {
            start = line.Start + found;
            end = start + evidence.Text.Length;
        }
        else
        {
            var trimmedStart = lineText.Length - lineText.TrimStart().Length;
            start = line.Start + trimmedStart;
            end = Math.Max(start, line.Start + lineText.TrimEnd().Length);
        }

        var span = TextSpan.FromBounds(start, end);
        return Location.Create(path, span, text.Lines.GetLinePositionSpan(span));
    }

    /// <summary>
    /// The diagnostic for a finding: one that rests only on unclear claims is information, one that rests on what the policy
    /// leaves unsaid a warning, whatever its rule's severity.
    /// </summary>
    public static Diagnostic Create(PolicyFinding finding, Location location, IEnumerable<Location> additionalLocations)
    {
        var descriptor = GetDescriptor(finding.Kind);
        var severity = finding.IsUnclear ? DiagnosticSeverity.Info
            : finding.IsSilence && descriptor.DefaultSeverity == DiagnosticSeverity.Error ? DiagnosticSeverity.Warning
            : descriptor.DefaultSeverity;
        return Diagnostic.Create(descriptor, location, severity, additionalLocations, properties: null, finding.Arguments.ToArray<object>());
    }

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            var policies = FindPolicies(start.Options);
            if (policies.IsEmpty)
            {
                return;
            }

            // The SDK catalog's client libraries the code can see are third parties it uses, with or without [SharedWith].
            var sdks = ThirdPartyFlows.VisibleRecipients(start.Compilation, start.Options);
            var settings = new PolicyCheckSettings(
                PiiOptions.ReadHomeCountry(start.Options, policies[0], start.Compilation.SyntaxTrees.FirstOrDefault()),
                sdks.SelectMany(sdk => new[] { sdk.ServiceName }.Concat(sdk.OtherNames)).ToImmutableArray());
            var inventory = new Inventory(PersonalDataModel.GetOrCreate(start.Compilation, start.Options), settings, sdks.IsEmpty ? null : start.Options, start.Options);
            start.RegisterSymbolAction(inventory.AddMember, SymbolKind.Field, SymbolKind.Property);
            start.RegisterSymbolAction(inventory.AddParameters, SymbolKind.Method);
            start.RegisterCompilationEndAction(end => inventory.Check(end, policies));
        });
    }

    private static ImmutableArray<AdditionalText> FindPolicies(AnalyzerOptions options)
    {
        var policies = ImmutableArray.CreateBuilder<AdditionalText>();
        foreach (var file in options.AdditionalFiles)
        {
            if (options.AnalyzerConfigOptionsProvider.GetOptions(file).TryGetValue(PolicyKindKey, out var kind)
                && string.Equals(kind.Trim(), PolicyKind, StringComparison.OrdinalIgnoreCase))
            {
                policies.Add(file);
            }
        }

        return policies.ToImmutable();
    }

    /// <summary>The compilation's personal data, gathered concurrently by symbol actions, checked at compilation end.</summary>
    private sealed class Inventory
    {
        private readonly PersonalDataModel _model;
        private readonly PolicyCheckSettings _settings;
        private readonly AnalyzerOptions? _sdkOptions;
        private readonly AnalyzerOptions _options;
        private readonly ConcurrentDictionary<ISymbol, (PolicyCheckElement Element, Location Location)> _elements = new(SymbolEqualityComparer.Default);

        /// <param name="model">The compilation's personal data.</param>
        /// <param name="settings">The check's settings.</param>
        /// <param name="sdkOptions">The options to follow data into the SDK catalog's calls with; null when the code can see no catalog SDK.</param>
        /// <param name="options">The options, for each element's app type (<c>pii_app_type</c>, PII0109).</param>
        public Inventory(PersonalDataModel model, PolicyCheckSettings settings, AnalyzerOptions? sdkOptions, AnalyzerOptions options)
        {
            _model = model;
            _settings = settings;
            _sdkOptions = sdkOptions;
            _options = options;
        }

        public void AddMember(SymbolAnalysisContext context) => Add(context.Symbol);

        public void AddParameters(SymbolAnalysisContext context)
        {
            foreach (var parameter in ((IMethodSymbol)context.Symbol).Parameters)
            {
                Add(parameter);
            }
        }

        public void Check(CompilationAnalysisContext context, ImmutableArray<AdditionalText> policies)
        {
            // Source order, so that findings (and the first of the members without a category) do not depend on threads.
            var elements = WithSdkRecipients(context.Compilation, context.CancellationToken)
                .OrderBy(pair => pair.Location.SourceTree?.FilePath, StringComparer.Ordinal)
                .ThenBy(pair => pair.Location.SourceSpan.Start)
                .ThenBy(pair => pair.Element.Name, StringComparer.Ordinal)
                .ToList();
            var locations = new Dictionary<PolicyCheckElement, Location>();
            foreach (var (element, location) in elements)
            {
                locations[element] = location;
            }

            foreach (var file in policies)
            {
                context.CancellationToken.ThrowIfCancellationRequested();
                var text = file.GetText(context.CancellationToken);
                ImmutableArray<PolicyFinding> findings;
                if (text is null)
                {
                    findings = ImmutableArray.Create(PolicyCheck.Unreadable(file.Path, "the file does not exist or cannot be opened."));
                }
                else
                {
                    var content = text.ToString();
                    findings = PolicyCheck.FindTextProblem(content) is { } problem
                        ? ImmutableArray.Create(PolicyCheck.Unreadable(file.Path, problem))
                        : PolicyCheck.Run(elements.Select(pair => pair.Element), PolicyReader.Read(content, file.Path, _model.Taxonomy), _model.Taxonomy, _settings);
                }

                foreach (var finding in findings)
                {
                    var location = finding.Element is { } element
                        ? locations[element]
                        : text is null
                            ? Location.Create(file.Path, new TextSpan(0, 0), new LinePositionSpan(LinePosition.Zero, LinePosition.Zero))
                            : GetPolicyLocation(file.Path, text, finding.PolicyLocation ?? new PolicyEvidence(1, string.Empty));
                    var additional = finding.OtherElements.Select(other => locations[other]);
                    context.ReportDiagnostic(Create(finding, location, additional));
                }
            }
        }

        // Each element with the SDK catalog's recipients its data is sent to without a [SharedWith] naming them (PII0005's
        // findings): the policy must name those too, and say where they receive it.
        private IEnumerable<(PolicyCheckElement Element, Location Location)> WithSdkRecipients(Compilation compilation, System.Threading.CancellationToken cancellationToken)
        {
            if (_sdkOptions is null)
            {
                return _elements.Values;
            }

            var found = new Dictionary<ISymbol, List<PolicyCheckRecipient>>(SymbolEqualityComparer.Default);
            foreach (var flow in ThirdPartyFlows.Find(compilation, _sdkOptions, cancellationToken))
            {
                var recipient = new PolicyCheckRecipient(flow.Recipient.ServiceName, flow.Recipient.IsChosenAtRunTime ? null : flow.Recipient.Country)
                {
                    OtherNames = flow.Recipient.OtherNames.ToImmutableArray(),
                };
                foreach (var source in flow.Sources.Except(flow.Declared))
                {
                    var symbol = InventoryMembership.ElementOf(source.Symbol, _model.Markers) ?? source.Symbol;
                    if (_elements.ContainsKey(symbol))
                    {
                        (found.TryGetValue(symbol, out var recipients) ? recipients : found[symbol] = new List<PolicyCheckRecipient>()).Add(recipient);
                    }
                }
            }

            return _elements.Select(pair => found.TryGetValue(pair.Key, out var recipients)
                ? (pair.Value.Element.WithRecipients(recipients), pair.Value.Location)
                : pair.Value);
        }

        // What counts is InventoryMembership's rule, the inventory's: a positional record parameter and its property are one
        // element, reached from both, so elements are keyed by the symbol counted.
        private void Add(ISymbol declared)
        {
            if (InventoryMembership.ElementOf(declared, _model.Markers) is { } symbol
                && _model.GetMember(symbol) is { } member
                && symbol.Locations.FirstOrDefault(location => location.IsInSource) is { } location)
            {
                _elements.TryAdd(symbol, (PolicyCheckElement.FromMember(member, PiiOptions.ReadAppType(_options, location.SourceTree).AppType), location));
            }
        }
    }
}
