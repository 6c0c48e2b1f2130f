using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using PiiAnalyzers.Taxonomy;

namespace PiiAnalyzers.Model;

/// <summary>
/// Reads the marker attributes of one field, property or parameter. The one place that knows which attribute means what:
/// <see cref="PersonalDataModel.GetMember"/> (the analyzers) and the inventory generator both read members through it,
/// so the diagnostics and the inventory always agree.
/// </summary>
public static class MemberMarkerReader
{
    /// <summary>
    /// What the member's markers say, or null when nothing marks it as personal data. A positional record property takes
    /// the markers of its parameter; an override, those of the properties it overrides (its own come first and win).
    /// </summary>
    /// <param name="symbol">The field, property or parameter.</param>
    /// <param name="markers">The marker types of the compilation the symbol belongs to.</param>
    public static MemberMarkers? Read(ISymbol symbol, MarkerTypes markers)
    {
        var reader = new Reader(markers);
        foreach (var attribute in MarkerCandidates(symbol))
        {
            reader.Read(attribute);
        }

        if (reader.Kinds == PersonalDataMarkerKinds.None)
        {
            return null;
        }

        return new MemberMarkers(
            reader.Kinds,
            reader.Category,
            reader.Purpose,
            reader.SensitiveArgument,
            reader.SensitiveAttribute,
            reader.RetentionText,
            reader.EncryptedAtRest,
            reader.Classification?.ToDisplayString(),
            reader.Classification?.Name,
            reader.Recipients.ToImmutable(),
            reader.Optional);
    }

    /// <summary>
    /// The property a positional record parameter declares (<c>record Customer([PersonalData(...)] string Email)</c>),
    /// or null for any other parameter.
    /// </summary>
    public static IPropertySymbol? FindPositionalProperty(IParameterSymbol parameter)
    {
        if (parameter.ContainingSymbol is not IMethodSymbol { MethodKind: MethodKind.Constructor } constructor
            || parameter.DeclaringSyntaxReferences.Length != 1)
        {
            return null;
        }

        var reference = parameter.DeclaringSyntaxReferences[0];
        foreach (var member in constructor.ContainingType.GetMembers(parameter.Name))
        {
            if (member is IPropertySymbol property
                && property.DeclaringSyntaxReferences.Any(p => p.SyntaxTree == reference.SyntaxTree && p.Span == reference.Span))
            {
                return property;
            }
        }

        return null;
    }

    // The member's own attributes come first so that they win over inherited ones, as reflection's inherit: true does.
    private static IEnumerable<AttributeData> MarkerCandidates(ISymbol symbol)
    {
        foreach (var attribute in symbol.GetAttributes())
        {
            yield return attribute;
        }

        if (symbol is not IPropertySymbol property)
        {
            yield break;
        }

        if (FindPositionalParameter(property) is { } parameter)
        {
            foreach (var attribute in parameter.GetAttributes())
            {
                yield return attribute;
            }
        }

        for (var overridden = property.OverriddenProperty; overridden is not null; overridden = overridden.OverriddenProperty)
        {
            foreach (var attribute in overridden.GetAttributes())
            {
                yield return attribute;
            }
        }
    }

    /// <summary>
    /// The parameter a positional record property is declared by (<c>record Customer([PersonalData(...)] string Email)</c>:
    /// the attribute stays on the parameter, the property is synthesized from it), or null for any other property.
    /// </summary>
    public static IParameterSymbol? FindPositionalParameter(IPropertySymbol property)
    {
        if (property.DeclaringSyntaxReferences.Length != 1)
        {
            return null;
        }

        var reference = property.DeclaringSyntaxReferences[0];
        if (reference.GetSyntax(CancellationToken.None) is not ParameterSyntax)
        {
            return null;
        }

        foreach (var constructor in property.ContainingType.InstanceConstructors)
        {
            foreach (var parameter in constructor.Parameters)
            {
                if (parameter.Name == property.Name
                    && parameter.DeclaringSyntaxReferences.Any(p => p.SyntaxTree == reference.SyntaxTree && p.Span == reference.Span))
                {
                    return parameter;
                }
            }
        }

        return null;
    }

    /// <summary>Collects what a member's attributes say, one attribute at a time.</summary>
    private sealed class Reader
    {
        private readonly MarkerTypes _markers;

        public Reader(MarkerTypes markers)
        {
            _markers = markers;
        }

        public PersonalDataMarkerKinds Kinds { get; private set; }

        public string? Category { get; private set; }

        public string? Purpose { get; private set; }

        public bool? SensitiveArgument { get; private set; }

        public bool Optional { get; private set; }

        public bool SensitiveAttribute { get; private set; }

        public string? RetentionText { get; private set; }

        public bool EncryptedAtRest { get; private set; }

        public INamedTypeSymbol? Classification { get; private set; }

        public ImmutableArray<DataRecipient>.Builder Recipients { get; } = ImmutableArray.CreateBuilder<DataRecipient>();

        public void Read(AttributeData attribute)
        {
            var type = attribute.AttributeClass;
            if (type is null || type.TypeKind == TypeKind.Error)
            {
                return;
            }

            if (Is(type, _markers.PersonalData))
            {
                if ((Kinds & PersonalDataMarkerKinds.PersonalData) != 0)
                {
                    return;
                }

                Kinds |= PersonalDataMarkerKinds.PersonalData;
                Category = AttributeArguments.TryGetString(attribute, out var category) ? category ?? string.Empty : CategoryTaxonomy.UnspecifiedId;
                Purpose = AttributeArguments.GetNamedString(attribute, "Purpose");
                SensitiveArgument = AttributeArguments.GetNamedBool(attribute, "Sensitive");
                Optional = AttributeArguments.GetNamedBool(attribute, "Optional") ?? false;
            }
            else if (Analyzers.WellKnownTypes.InheritsFrom(type, _markers.IdentityProtectedPersonalData))
            {
                Kinds |= PersonalDataMarkerKinds.IdentityProtectedPersonalData;
                EncryptedAtRest = true;
            }
            else if (Analyzers.WellKnownTypes.InheritsFrom(type, _markers.IdentityPersonalData))
            {
                Kinds |= PersonalDataMarkerKinds.IdentityPersonalData;
            }
            else if (_markers.IsPersonalClassification(type))
            {
                Kinds |= PersonalDataMarkerKinds.DataClassification;
                Classification ??= type;
            }
            else if (Is(type, _markers.Sensitive))
            {
                SensitiveAttribute = true;
            }
            else if (Is(type, _markers.RetainUntil))
            {
                RetentionText ??= AttributeArguments.TryGetString(attribute, out var rule) ? rule ?? string.Empty : null;
            }
            else if (Is(type, _markers.SharedWith))
            {
                if (AttributeArguments.TryGetString(attribute, out var recipient)
                    && !string.IsNullOrWhiteSpace(recipient)
                    && !Recipients.Any(known => known.Name == recipient))
                {
                    Recipients.Add(new DataRecipient(
                        recipient!,
                        AttributeArguments.GetNamedString(attribute, "Purpose"),
                        AttributeArguments.GetNamedString(attribute, "Company"),
                        AttributeArguments.GetNamedString(attribute, "Country")));
                }
            }
            else if (Is(type, _markers.EncryptedAtRest))
            {
                EncryptedAtRest = true;
            }
        }

        private static bool Is(INamedTypeSymbol type, INamedTypeSymbol? marker) =>
            marker is not null && SymbolEqualityComparer.Default.Equals(type, marker);
    }
}
