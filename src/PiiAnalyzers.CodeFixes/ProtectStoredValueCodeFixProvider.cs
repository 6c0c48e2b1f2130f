using System;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using PiiAnalyzers.Analyzers;

namespace PiiAnalyzers.CodeFixes;

/// <summary>
/// PII0002: encrypts a stored value with the <c>IDataProtector</c> in scope (a local, parameter, field or property):
/// <c>File.WriteAllText(path, account.IdCard)</c> becomes <c>File.WriteAllText(path, _protector.Protect(account.IdCard))</c>.
/// Offered for a string or byte[] value at a file, cookie, session, cache, Redis or parameter sink, only when a protector
/// is in scope. No fix adds <c>[EncryptedAtRest]</c>: that would silence the rule without encrypting anything.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(ProtectStoredValueCodeFixProvider))]
[Shared]
public sealed class ProtectStoredValueCodeFixProvider : CodeFixProvider
{
    public const string Title = "Encrypt the value with IDataProtector.Protect";

    private const string EquivalenceKey = nameof(ProtectStoredValueCodeFixProvider);
    private const string DataProtectionNamespace = "Microsoft.AspNetCore.DataProtection";
    private const string ProtectorMetadataName = DataProtectionNamespace + ".IDataProtector";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIdentifiers.PersonalDataStoredUnencrypted);

    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        var semanticModel = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null || semanticModel is null)
        {
            return;
        }

        foreach (var diagnostic in context.Diagnostics)
        {
            if (!diagnostic.Properties.TryGetValue(PersonalDataStorageAnalyzer.ProtectAsProperty, out var kind) || kind is null
                || FindValue(root, diagnostic) is not { } value
                || FindProtector(semanticModel, value.SpanStart, context.CancellationToken) is not { } protector)
            {
                continue;
            }

            context.RegisterCodeFix(
                CodeAction.Create(Title, token => ProtectAsync(context.Document, value.Span, protector, kind, token), EquivalenceKey),
                diagnostic);
        }
    }

    private static ExpressionSyntax? FindValue(SyntaxNode root, Diagnostic diagnostic)
    {
        var node = root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);
        var value = node as ExpressionSyntax ?? (node as ArgumentSyntax)?.Expression;
        return value is not null && value.Span == diagnostic.Location.SourceSpan ? value : null;
    }

    private static async Task<Document> ProtectAsync(Document document, Microsoft.CodeAnalysis.Text.TextSpan span, string protector, string kind, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        var semanticModel = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        if (root is not CompilationUnitSyntax unit || semanticModel is null
            || root.FindNode(span, getInnermostNodeForTie: true) is not { } node
            || (node as ExpressionSyntax ?? (node as ArgumentSyntax)?.Expression) is not { } value)
        {
            return document;
        }

        // protector.Protect(value): IDataProtector.Protect(byte[]), or DataProtectionCommonExtensions.Protect(string).
        var protect = SyntaxFactory.InvocationExpression(
                SyntaxFactory.MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, SyntaxFactory.IdentifierName(protector), SyntaxFactory.IdentifierName("Protect")),
                SyntaxFactory.ArgumentList(SyntaxFactory.SingletonSeparatedList(SyntaxFactory.Argument(value.WithoutTrivia()))))
            .WithTriviaFrom(value);
        var needsUsing = kind == PersonalDataStorageAnalyzer.ProtectAsString && !StringProtectInScope(semanticModel, value.SpanStart);

        var rewritten = unit.ReplaceNode(value, protect);
        if (needsUsing)
        {
            rewritten = PersonalDataSyntax.AddUsing(rewritten, DataProtectionNamespace, PersonalDataSyntax.EndOfLine(root));
        }

        return document.WithSyntaxRoot(rewritten);
    }

    // The IDataProtector a value can be protected with here: locals and parameters first, then fields and properties
    // (instance ones only outside static code). Its name, as written at the position.
    private static string? FindProtector(SemanticModel semanticModel, int position, CancellationToken cancellationToken)
    {
        var protectorType = semanticModel.Compilation.GetTypeByMetadataName(ProtectorMetadataName);
        if (protectorType is null)
        {
            return null;
        }

        var member = semanticModel.GetEnclosingSymbol(position, cancellationToken);
        while (member is IMethodSymbol { MethodKind: MethodKind.AnonymousFunction or MethodKind.LocalFunction })
        {
            member = member.ContainingSymbol;
        }

        var isStatic = member?.IsStatic ?? true;
        return semanticModel.LookupSymbols(position)
            .Select(symbol => (Symbol: symbol, Rank: Rank(symbol, protectorType, position, isStatic)))
            .Where(candidate => candidate.Rank > 0)
            .OrderBy(candidate => candidate.Rank)
            .ThenBy(candidate => candidate.Symbol.Name, StringComparer.Ordinal)
            .Select(candidate => candidate.Symbol.Name)
            .FirstOrDefault();
    }

    // 1 for a local or parameter, 2 for a field or property, 0 when the symbol is no usable protector.
    private static int Rank(ISymbol symbol, INamedTypeSymbol protectorType, int position, bool inStaticCode)
    {
        var (type, rank) = symbol switch
        {
            ILocalSymbol local when local.DeclaringSyntaxReferences.All(reference => reference.Span.End <= position) => (local.Type, 1),
            IParameterSymbol parameter => (parameter.Type, 1),
            IFieldSymbol field when field.IsStatic || !inStaticCode => (field.Type, 2),
            IPropertySymbol { IsIndexer: false } property when property.IsStatic || !inStaticCode => (property.Type, 2),
            _ => ((ITypeSymbol?)null, 0),
        };

        return type is not null && IsProtector(type, protectorType) ? rank : 0;
    }

    private static bool IsProtector(ITypeSymbol type, INamedTypeSymbol protectorType) =>
        SymbolEqualityComparer.Default.Equals(type, protectorType)
        || type.AllInterfaces.Any(candidate => SymbolEqualityComparer.Default.Equals(candidate, protectorType));

    // Whether protector.Protect(string) binds here: DataProtectionCommonExtensions is in scope.
    private static bool StringProtectInScope(SemanticModel semanticModel, int position)
    {
        var protectorType = semanticModel.Compilation.GetTypeByMetadataName(ProtectorMetadataName);
        return protectorType is not null
            && semanticModel.LookupSymbols(position, protectorType, "Protect", includeReducedExtensionMethods: true)
                .OfType<IMethodSymbol>()
                .Any(method => method.Parameters.Length == 1 && method.Parameters[0].Type.SpecialType == SpecialType.System_String);
    }
}
