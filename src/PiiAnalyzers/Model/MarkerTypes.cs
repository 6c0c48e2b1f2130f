using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace PiiAnalyzers.Model;

/// <summary>
/// The attribute types that mark personal data, resolved once per compilation by metadata name so that no analyzer
/// references ASP.NET Core Identity or Microsoft.Extensions.Compliance. A type the compilation cannot see is null.
/// </summary>
public sealed class MarkerTypes
{
    public const string PersonalDataMetadataName = "PiiAnalyzers.PersonalDataAttribute";
    public const string SensitiveMetadataName = "PiiAnalyzers.SensitiveAttribute";
    public const string RetainUntilMetadataName = "PiiAnalyzers.RetainUntilAttribute";
    public const string SharedWithMetadataName = "PiiAnalyzers.SharedWithAttribute";
    public const string EncryptedAtRestMetadataName = "PiiAnalyzers.EncryptedAtRestAttribute";
    public const string PersonalDataCategoryMetadataName = "PiiAnalyzers.PersonalDataCategoryAttribute";
    public const string NotPersonalDataMetadataName = "PiiAnalyzers.NotPersonalDataAttribute";
    public const string IdentityPersonalDataMetadataName = "Microsoft.AspNetCore.Identity.PersonalDataAttribute";
    public const string IdentityProtectedPersonalDataMetadataName = "Microsoft.AspNetCore.Identity.ProtectedPersonalDataAttribute";
    public const string DataClassificationMetadataName = "Microsoft.Extensions.Compliance.Classification.DataClassificationAttribute";
    public const string NoDataClassificationMetadataName = "Microsoft.Extensions.Compliance.Classification.NoDataClassificationAttribute";

    /// <summary>The assembly that ships this package's attributes.</summary>
    public const string AttributesAssemblyName = "PiiAnalyzers.Attributes";

    private MarkerTypes(Compilation compilation)
    {
        PersonalData = compilation.GetTypeByMetadataName(PersonalDataMetadataName);
        Sensitive = compilation.GetTypeByMetadataName(SensitiveMetadataName);
        RetainUntil = compilation.GetTypeByMetadataName(RetainUntilMetadataName);
        SharedWith = compilation.GetTypeByMetadataName(SharedWithMetadataName);
        EncryptedAtRest = compilation.GetTypeByMetadataName(EncryptedAtRestMetadataName);
        PersonalDataCategory = compilation.GetTypeByMetadataName(PersonalDataCategoryMetadataName);
        NotPersonalData = compilation.GetTypeByMetadataName(NotPersonalDataMetadataName);
        IdentityPersonalData = compilation.GetTypeByMetadataName(IdentityPersonalDataMetadataName);
        IdentityProtectedPersonalData = compilation.GetTypeByMetadataName(IdentityProtectedPersonalDataMetadataName);
        DataClassification = compilation.GetTypeByMetadataName(DataClassificationMetadataName);
        NoDataClassification = compilation.GetTypeByMetadataName(NoDataClassificationMetadataName);

        var markerAssemblies = new HashSet<string> { AttributesAssemblyName };
        foreach (var marker in new[] { PersonalData, IdentityPersonalData, DataClassification })
        {
            if (marker?.ContainingAssembly is { } assembly)
            {
                markerAssemblies.Add(assembly.Identity.Name);
            }
        }

        MarkerAssemblyNames = markerAssemblies.ToImmutableHashSet();
    }

    public INamedTypeSymbol? PersonalData { get; }

    public INamedTypeSymbol? Sensitive { get; }

    public INamedTypeSymbol? RetainUntil { get; }

    public INamedTypeSymbol? SharedWith { get; }

    public INamedTypeSymbol? EncryptedAtRest { get; }

    public INamedTypeSymbol? PersonalDataCategory { get; }

    /// <summary><c>[NotPersonalData]</c>: not a marker, the opposite; discovery and inference skip what it marks.</summary>
    public INamedTypeSymbol? NotPersonalData { get; }

    public INamedTypeSymbol? IdentityPersonalData { get; }

    public INamedTypeSymbol? IdentityProtectedPersonalData { get; }

    public INamedTypeSymbol? DataClassification { get; }

    public INamedTypeSymbol? NoDataClassification { get; }

    /// <summary>Names of the assemblies that define a marker; only code that references one of them can be marked.</summary>
    public ImmutableHashSet<string> MarkerAssemblyNames { get; }

    /// <summary>Whether any marker is visible: when none is, no member of the compilation can be marked as personal data.</summary>
    public bool AnyMarkerVisible => PersonalData is not null || IdentityPersonalData is not null || DataClassification is not null;

    public static MarkerTypes Resolve(Compilation compilation) => new(compilation);

    /// <summary>Whether the attribute class is a Microsoft.Extensions.Compliance classification that marks data as personal.</summary>
    public bool IsPersonalClassification(INamedTypeSymbol attributeClass)
    {
        if (DataClassification is null || SymbolEqualityComparer.Default.Equals(attributeClass, NoDataClassification))
        {
            return false;
        }

        for (var type = attributeClass.BaseType; type is not null; type = type.BaseType)
        {
            if (SymbolEqualityComparer.Default.Equals(type, DataClassification))
            {
                return true;
            }
        }

        return false;
    }
}
