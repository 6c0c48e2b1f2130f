using System;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace PiiAnalyzers.Options;

/// <summary>
/// The <c>pii_not_personal</c> list: members that hold no personal data whatever their names suggest, as documentation
/// comment ids separated by commas. <c>P:</c> a property, <c>F:</c> a field, <c>T:</c> every member a type declares,
/// <c>N:</c> every member of the types of a namespace and the namespaces under it:
/// <c>pii_not_personal = P:MyApp.Jobs.ScheduledTask.Name, T:MyApp.Devices.DeviceProfile, N:MyApp.Infrastructure</c>.
/// </summary>
public sealed class NotPersonalList
{
    private readonly ImmutableHashSet<string> _members;
    private readonly ImmutableHashSet<string> _types;
    private readonly ImmutableArray<string> _namespaces;

    private NotPersonalList(ImmutableHashSet<string> members, ImmutableHashSet<string> types, ImmutableArray<string> namespaces)
    {
        _members = members;
        _types = types;
        _namespaces = namespaces;
    }

    public static NotPersonalList Empty { get; } = new(ImmutableHashSet<string>.Empty, ImmutableHashSet<string>.Empty, ImmutableArray<string>.Empty);

    public bool IsEmpty => _members.IsEmpty && _types.IsEmpty && _namespaces.IsEmpty;

    public static NotPersonalList Parse(string? text)
    {
        var ids = (text ?? string.Empty).Split(',', ';').Select(id => id.Trim()).Where(id => id.Length > 2 && id[1] == ':').ToList();
        if (ids.Count == 0)
        {
            return Empty;
        }

        return new NotPersonalList(
            ids.Where(id => id[0] is 'P' or 'F').ToImmutableHashSet(StringComparer.Ordinal),
            ids.Where(id => id[0] == 'T').Select(id => id.Substring(2)).ToImmutableHashSet(StringComparer.Ordinal),
            ids.Where(id => id[0] == 'N').Select(id => id.Substring(2)).ToImmutableArray());
    }

    /// <summary>Whether the list names the member, its type or its namespace. A parameter is named through its method's type.</summary>
    public bool Contains(ISymbol member)
    {
        if (member is not IParameterSymbol && _members.Contains(member.GetDocumentationCommentId() ?? string.Empty))
        {
            return true;
        }

        var type = member is IParameterSymbol { ContainingSymbol: IMethodSymbol method } ? method.ContainingType : member.ContainingType;
        if (type is null)
        {
            return false;
        }

        var typeId = type.GetDocumentationCommentId();
        if (typeId is not null && typeId.Length > 2 && _types.Contains(typeId.Substring(2)))
        {
            return true;
        }

        var ns = type.ContainingNamespace is { IsGlobalNamespace: false } containing ? containing.ToDisplayString() : string.Empty;
        return _namespaces.Any(excluded =>
            ns.StartsWith(excluded, StringComparison.Ordinal) && (ns.Length == excluded.Length || ns[excluded.Length] == '.'));
    }
}
