using System;
using System.Collections.Concurrent;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using PiiAnalyzers.Options;

namespace PiiAnalyzers.DataFlow;

/// <summary>
/// Recognizes the methods whose result no longer identifies anyone, so that data flow stops at them: redaction
/// (Microsoft.Extensions.Compliance), hashing, HMAC and encryption (System.Security.Cryptography, ASP.NET Core Data
/// Protection), methods marked <c>[PersonalDataSanitizer]</c> (or in a class so marked), and the <c>pii_sanitizers</c>
/// and <c>pii_encryptors</c> the user configures. Resolved once per compilation; thread-safe.
/// </summary>
public sealed class Sanitizers
{
    public const string SanitizerAttributeMetadataName = "PiiAnalyzers.PersonalDataSanitizerAttribute";
    public const string RedactorMetadataName = "Microsoft.Extensions.Compliance.Redaction.Redactor";
    private const string CryptographyNamespace = "System.Security.Cryptography";
    private const string DataProtectionNamespace = "Microsoft.AspNetCore.DataProtection";
    private const string RedactionNamespace = "Microsoft.Extensions.Compliance.Redaction";

    // Parts of a personal value that identify no one: an email address's domain names a provider or an organization.
    private static readonly ImmutableHashSet<string> NonIdentifyingParts = ImmutableHashSet.Create(
        StringComparer.Ordinal, "System.Net.Mail.MailAddress.Host");

    private readonly INamedTypeSymbol? _sanitizerAttribute;
    private readonly INamedTypeSymbol? _redactor;
    private readonly ConfiguredMethods _configured;
    private readonly ConfiguredMethods _encryptors;
    private readonly ConcurrentDictionary<IMethodSymbol, bool> _builtIn = new(SymbolEqualityComparer.Default);

    private Sanitizers(Compilation compilation, AnalyzerOptions? options)
    {
        _sanitizerAttribute = compilation.GetTypeByMetadataName(SanitizerAttributeMetadataName);
        _redactor = compilation.GetTypeByMetadataName(RedactorMetadataName);
        _configured = new ConfiguredMethods(compilation, options, PiiOptions.ReadSanitizers);
        _encryptors = new ConfiguredMethods(compilation, options, PiiOptions.ReadEncryptors);
    }

    public static Sanitizers Create(Compilation compilation, AnalyzerOptions? options) => new(compilation, options);

    /// <summary>Whether reading the property gives a value that identifies no one (its getter is a sanitizer).</summary>
    public bool IsSanitizer(IPropertySymbol property, SyntaxTree? tree) =>
        property.GetMethod is { } getter && IsSanitizer(getter, tree);

    /// <summary>Whether a call to <paramref name="method"/>, made in <paramref name="tree"/>, returns a value that carries no personal data.</summary>
    public bool IsSanitizer(IMethodSymbol method, SyntaxTree? tree) =>
        _builtIn.GetOrAdd(method.OriginalDefinition, IsBuiltInOrMarked)
        || _configured.For(tree).Contains(method)
        || _encryptors.For(tree).Contains(method);

    private bool IsBuiltInOrMarked(IMethodSymbol method)
    {
        var definition = method.ReducedFrom ?? method;
        var type = definition.ContainingType;
        if (type is null)
        {
            return false;
        }

        var ns = type.ContainingNamespace?.ToDisplayString() ?? string.Empty;
        if (definition.AssociatedSymbol is IPropertySymbol property && NonIdentifyingParts.Contains($"{ns}.{type.Name}.{property.Name}"))
        {
            return true;
        }

        // Hashes, HMACs, ciphers, ProtectedData, key derivation: nothing that comes out identifies anyone without a key.
        if (ns == CryptographyNamespace || ns.StartsWith(CryptographyNamespace + ".", StringComparison.Ordinal))
        {
            return true;
        }

        // IDataProtector.Protect and the string overloads in DataProtectionCommonExtensions; not Unprotect.
        if (ns == DataProtectionNamespace && definition.Name.StartsWith("Protect", StringComparison.Ordinal))
        {
            return true;
        }

        // Redactor.Redact and its overloads, a custom Redactor, the redaction extension methods.
        if (Analyzers.WellKnownTypes.InheritsFrom(type, _redactor) || (ns == RedactionNamespace && definition.Name.StartsWith("Redact", StringComparison.Ordinal)))
        {
            return true;
        }

        if (_sanitizerAttribute is null)
        {
            return false;
        }

        return HasAttribute(definition) || HasAttribute(definition.PartialDefinitionPart) || HasAttribute(type);
    }

    private bool HasAttribute(ISymbol? symbol)
    {
        if (symbol is null)
        {
            return false;
        }

        foreach (var attribute in symbol.GetAttributes())
        {
            if (SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, _sanitizerAttribute))
            {
                return true;
            }
        }

        return false;
    }
}
