using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using PiiAnalyzers.Taxonomy;

namespace PiiAnalyzers.Model;

/// <summary>Why a <c>[assembly: PersonalDataCategory]</c> declaration does not add a category.</summary>
public enum CustomCategoryProblem
{
    None,

    /// <summary>The id is not lowercase words joined by '-' in levels separated by '.'.</summary>
    MalformedId,

    /// <summary>The id is a built-in one (or <c>unspecified</c>).</summary>
    CollidesWithBuiltIn,

    /// <summary>An earlier declaration in the same assembly already declares the id.</summary>
    Duplicate,
}

/// <summary>One <c>[assembly: PersonalDataCategory]</c> attribute of an assembly.</summary>
public sealed class CustomCategoryDeclaration
{
    private CustomCategoryDeclaration(string id, DataCategory? category, AttributeData attribute, CustomCategoryProblem problem)
    {
        Id = id;
        Category = category;
        Attribute = attribute;
        Problem = problem;
    }

    public string Id { get; }

    /// <summary>The category the declaration adds; null when it has a <see cref="Problem"/>.</summary>
    public DataCategory? Category { get; }

    public AttributeData Attribute { get; }

    public CustomCategoryProblem Problem { get; }

    /// <summary>Reads an assembly's declarations in source order; the compiler has already reported those that do not bind.</summary>
    public static ImmutableArray<CustomCategoryDeclaration> Read(IAssemblySymbol assembly, INamedTypeSymbol? attributeType)
    {
        if (attributeType is null)
        {
            return ImmutableArray<CustomCategoryDeclaration>.Empty;
        }

        var declarations = ImmutableArray.CreateBuilder<CustomCategoryDeclaration>();
        var seen = new HashSet<string>();
        foreach (var attribute in assembly.GetAttributes())
        {
            if (!SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, attributeType)
                || !AttributeArguments.TryGetStrings(attribute, 3, out var arguments))
            {
                continue;
            }

            var id = arguments[0] ?? string.Empty;
            var problem = !IsWellFormedId(id) ? CustomCategoryProblem.MalformedId
                : CategoryTaxonomy.BuiltIn.IsKnown(id) || id == CategoryTaxonomy.UnspecifiedId ? CustomCategoryProblem.CollidesWithBuiltIn
                : !seen.Add(id) ? CustomCategoryProblem.Duplicate
                : CustomCategoryProblem.None;
            var category = problem == CustomCategoryProblem.None
                ? new DataCategory(id, arguments[1] ?? string.Empty, arguments[2] ?? string.Empty, AttributeArguments.GetNamedBool(attribute, "Sensitive") ?? false, isBuiltIn: false)
                : null;
            declarations.Add(new CustomCategoryDeclaration(id, category, attribute, problem));
        }

        return declarations.ToImmutable();
    }

    /// <summary>The categories an assembly's valid declarations add.</summary>
    public static IEnumerable<DataCategory> ValidCategories(ImmutableArray<CustomCategoryDeclaration> declarations) =>
        declarations.Where(declaration => declaration.Category is not null).Select(declaration => declaration.Category!);

    // Lowercase ASCII words joined by '-', in one or more levels joined by '.': "loyalty.member-id".
    private static bool IsWellFormedId(string id)
    {
        if (id.Length == 0)
        {
            return false;
        }

        var previous = '.';
        foreach (var c in id)
        {
            var isWordChar = c is (>= 'a' and <= 'z') or (>= '0' and <= '9');
            if (!isWordChar && (c is not ('.' or '-') || previous is '.' or '-'))
            {
                return false;
            }

            previous = c;
        }

        return previous is not ('.' or '-');
    }
}
