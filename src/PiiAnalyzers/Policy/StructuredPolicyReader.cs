using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using PiiAnalyzers.Taxonomy;

namespace PiiAnalyzers.Policy;

/// <summary>
/// Reads a declaration kept as data instead of prose, in JSON or YAML:
/// <code>
/// categories:
///   - contact.phone
///   - id: contact.email
///     encrypted: true
///     retention: account-deleted+P3D
///     sensitive: true
///     sharedWith: [SendGrid]
/// encrypted: [account.credential]
/// sensitive: [identity.national-id]
/// notShared: true
/// notSold: true
/// </code>
/// A bare list of ids is a declaration too. Every value keeps its line as evidence.
/// </summary>
internal sealed class StructuredPolicyReader
{
    private readonly CategoryTaxonomy _taxonomy;
    private readonly List<PolicyProblem> _problems = new();
    private readonly Dictionary<string, List<PolicyEvidence>> _declared = new(System.StringComparer.Ordinal);
    private readonly List<string> _order = new();
    private readonly ImmutableArray<EncryptionClaim>.Builder _encryption = ImmutableArray.CreateBuilder<EncryptionClaim>();
    private readonly ImmutableArray<RetentionClaim>.Builder _retention = ImmutableArray.CreateBuilder<RetentionClaim>();
    private readonly ImmutableArray<SharingClaim>.Builder _sharing = ImmutableArray.CreateBuilder<SharingClaim>();
    private readonly ImmutableArray<SensitivityClaim>.Builder _sensitive = ImmutableArray.CreateBuilder<SensitivityClaim>();
    private readonly ImmutableArray<CrossBorderClaim>.Builder _crossBorder = ImmutableArray.CreateBuilder<CrossBorderClaim>();

    private StructuredPolicyReader(CategoryTaxonomy taxonomy)
    {
        _taxonomy = taxonomy;
    }

    public static PolicyDocument Read(string text, string? path, PolicyFormat format, CategoryTaxonomy taxonomy)
    {
        var reader = new StructuredPolicyReader(taxonomy);
        var root = format == PolicyFormat.StructuredJson
            ? StructuredTextParser.ParseJson(text, out var error, out var errorLine)
            : StructuredTextParser.ParseYaml(text, out error, out errorLine);
        var sections = ImmutableArray<PolicySection>.Empty;
        if (root is null)
        {
            reader._problems.Add(new PolicyProblem(PolicyProblemKind.MalformedDeclaration, errorLine, $"The declaration is not valid {(format == PolicyFormat.StructuredJson ? "JSON" : "YAML")}: {error}."));
        }
        else
        {
            var categories = root.Items is not null ? root : root.Get("categories", "collects", "collected", "dataCategories");
            if (categories is null)
            {
                reader._problems.Add(new PolicyProblem(PolicyProblemKind.MalformedDeclaration, root.Line, "The declaration has no 'categories' list."));
            }
            else
            {
                // The whole declaration is what is collected: it is its own collection section.
                reader.ReadCategories(categories);
                reader.ReadTopLevelClaims(root);
                sections = ImmutableArray.Create(new PolicySection(PolicySectionKind.Collection, "categories", 0, categories.Line, CountLines(text)));
            }
        }

        var declared = ImmutableArray.CreateBuilder<DeclaredCategory>();
        foreach (var id in reader._order)
        {
            declared.Add(new DeclaredCategory(id, reader._declared[id].ToImmutableArray()));
        }

        var claims = new PolicyClaims(
            reader._encryption.ToImmutable(), reader._retention.ToImmutable(), reader._sharing.ToImmutable(), reader._sensitive.ToImmutable(), reader._crossBorder.ToImmutable());
        return new PolicyDocument(path, format, sections, declared.ToImmutable(), claims, reader._problems.ToImmutableArray());
    }

    private void ReadCategories(StructuredNode categories)
    {
        foreach (var item in categories.Items ?? new List<StructuredNode> { categories })
        {
            var idNode = item.Scalar is not null ? item : item.Get("id", "category");
            if (idNode?.Scalar is not { Length: > 0 } id)
            {
                continue;
            }

            if (!Declare(id, idNode.Line) || item.Entries is null)
            {
                continue;
            }

            var evidence = new PolicyEvidence(item.Line, id);
            var only = ImmutableArray.Create(id);
            if (item.Get("encrypted", "encryptedAtRest")?.IsTrue == true)
            {
                _encryption.Add(new EncryptionClaim(only, isAtRest: true, evidence));
            }

            if (item.Get("sensitive")?.IsTrue == true)
            {
                _sensitive.Add(new SensitivityClaim(only, evidence));
            }

            if (item.Get("retention", "retainUntil")?.Scalar is { Length: > 0 } rule)
            {
                _retention.Add(new RetentionClaim(only, rule, evidence));
            }

            if (item.Get("sharedWith", "recipients") is { } recipients)
            {
                AddSharedWith(recipients, only);
            }

            if (item.Get("notShared")?.IsTrue == true || item.Get("shared")?.Scalar == "false")
            {
                _sharing.Add(new SharingClaim(SharingClaimKind.NotShared, hasExceptions: false, ImmutableArray<string>.Empty, only, evidence));
            }

            AddCrossBorder(item.Get("transferredAbroad"), only);
        }
    }

    private void ReadTopLevelClaims(StructuredNode root)
    {
        if (root.Entries is null)
        {
            return;
        }

        foreach (var node in root.Get("encrypted", "encryptedAtRest")?.Values() ?? Enumerable.Empty<StructuredNode>())
        {
            if (node.Scalar is { Length: > 0 } id && Known(id, node.Line))
            {
                _encryption.Add(new EncryptionClaim(ImmutableArray.Create(id), isAtRest: true, new PolicyEvidence(node.Line, id)));
            }
        }

        foreach (var node in root.Get("sensitive")?.Values() ?? Enumerable.Empty<StructuredNode>())
        {
            if (node.Scalar is { Length: > 0 } id && Known(id, node.Line))
            {
                _sensitive.Add(new SensitivityClaim(ImmutableArray.Create(id), new PolicyEvidence(node.Line, id)));
            }
        }

        if (root.Get("retention", "retainUntil") is { } retention)
        {
            if (retention.Scalar is { Length: > 0 } rule)
            {
                _retention.Add(new RetentionClaim(ImmutableArray<string>.Empty, rule, new PolicyEvidence(retention.Line, rule)));
            }

            foreach (var entry in retention.Entries ?? new List<KeyValuePair<string, StructuredNode>>())
            {
                if (entry.Value.Scalar is { Length: > 0 } categoryRule && Known(entry.Key, entry.Value.Line))
                {
                    _retention.Add(new RetentionClaim(ImmutableArray.Create(entry.Key), categoryRule, new PolicyEvidence(entry.Value.Line, entry.Key + ": " + categoryRule)));
                }
            }
        }

        var notShared = root.Get("notShared") is { IsTrue: true } says ? says : root.Get("shared") is { Scalar: "false" } denies ? denies : null;
        if (notShared is not null)
        {
            _sharing.Add(new SharingClaim(SharingClaimKind.NotShared, hasExceptions: false, ImmutableArray<string>.Empty, ImmutableArray<string>.Empty, new PolicyEvidence(notShared.Line, "not shared")));
        }

        if (root.Get("notSold") is { IsTrue: true } notSold)
        {
            _sharing.Add(new SharingClaim(SharingClaimKind.NotSold, hasExceptions: false, ImmutableArray<string>.Empty, ImmutableArray<string>.Empty, new PolicyEvidence(notSold.Line, "not sold")));
        }

        if (root.Get("sharedWith", "recipients") is { } recipients)
        {
            AddSharedWith(recipients, ImmutableArray<string>.Empty);
        }

        AddCrossBorder(root.Get("transferredAbroad"), ImmutableArray<string>.Empty);
    }

    // "transferredAbroad: true" states the transfer, "false" that the data stays in the country; anything else says nothing.
    private void AddCrossBorder(StructuredNode? node, ImmutableArray<string> categories)
    {
        if (node?.Scalar is not { } value)
        {
            return;
        }

        var kind = node.IsTrue ? CrossBorderClaimKind.TransferredAbroad
            : value.Equals("false", System.StringComparison.OrdinalIgnoreCase) || value.Equals("no", System.StringComparison.OrdinalIgnoreCase) ? CrossBorderClaimKind.StaysInCountry
            : (CrossBorderClaimKind?)null;
        if (kind is { } stated)
        {
            _crossBorder.Add(new CrossBorderClaim(stated, categories, new PolicyEvidence(node.Line, "transferredAbroad: " + value), unclearReason: null));
        }
    }

    // A recipient is a name, or a map with a name and the categories it receives.
    private void AddSharedWith(StructuredNode recipients, ImmutableArray<string> categories)
    {
        foreach (var recipient in recipients.Items ?? new List<StructuredNode> { recipients })
        {
            var name = recipient.Scalar ?? recipient.Get("name", "recipient")?.Scalar;
            if (name is not { Length: > 0 })
            {
                continue;
            }

            var received = categories;
            if (recipient.Get("categories") is { } list)
            {
                var builder = ImmutableArray.CreateBuilder<string>();
                foreach (var node in list.Values())
                {
                    if (node.Scalar is { Length: > 0 } id && Known(id, node.Line))
                    {
                        builder.Add(id);
                    }
                }

                received = builder.ToImmutable();
            }

            _sharing.Add(new SharingClaim(SharingClaimKind.SharedWith, hasExceptions: false, ImmutableArray.Create(name), received, new PolicyEvidence(recipient.Line, name)));
        }
    }

    private bool Declare(string id, int line)
    {
        if (!Known(id, line))
        {
            return false;
        }

        if (!_declared.TryGetValue(id, out var evidence))
        {
            _declared[id] = evidence = new List<PolicyEvidence>();
            _order.Add(id);
        }

        evidence.Add(new PolicyEvidence(line, id));
        return true;
    }

    private bool Known(string id, int line)
    {
        if (_taxonomy.IsKnown(id))
        {
            return true;
        }

        var suggestion = _taxonomy.SuggestClosest(id);
        _problems.Add(new PolicyProblem(
            PolicyProblemKind.UnknownCategory,
            line,
            suggestion is null ? $"'{id}' is not a category of the taxonomy." : $"'{id}' is not a category of the taxonomy; did you mean '{suggestion}'?",
            id));
        return false;
    }

    private static int CountLines(string text)
    {
        var lines = 1;
        foreach (var c in text)
        {
            if (c == '\n')
            {
                lines++;
            }
        }

        return lines;
    }
}
