using System;
using System.Collections.Generic;
using System.Linq;

namespace PiiAnalyzers.Cli.Diffing;

/// <summary>
/// <c>--fail-on new-sensitive | new-category | new-recipient</c>: the kinds of change that make <c>pii inventory diff</c>
/// exit with code 1, each with what it found in a diff, for the line on standard error.
/// </summary>
internal sealed class FailOnCondition
{
    private readonly string _one;

    private readonly string _many;

    private FailOnCondition(string name, Func<InventoryDiff, IReadOnlyList<string>> found, string one, string many)
    {
        Name = name;
        Found = found;
        _one = one;
        _many = many;
    }

    /// <summary>Every condition, in the order they are reported.</summary>
    public static IReadOnlyList<FailOnCondition> All { get; } =
    [
        new("new-sensitive", diff => [.. diff.NewSensitiveElements.Select(element => element.Id)], "new sensitive element", "new sensitive elements"),
        new("new-category", diff => diff.NewCategories, "new category", "new categories"),
        new("new-recipient", diff => diff.NewRecipients, "new recipient", "new recipients"),
    ];

    /// <summary>The value on the command line.</summary>
    public string Name { get; }

    /// <summary>What the diff has of this kind: element ids, category ids or recipient names.</summary>
    public Func<InventoryDiff, IReadOnlyList<string>> Found { get; }

    /// <summary>
    /// The conditions named by the values, each value one name or several separated by commas (<c>--fail-on
    /// new-sensitive,new-recipient --fail-on new-category</c>), in the order of <see cref="All"/>; false with the first
    /// unknown name otherwise.
    /// </summary>
    public static bool TryParse(IEnumerable<string> values, out IReadOnlyList<FailOnCondition> conditions, out string? unknown)
    {
        var names = values.SelectMany(value => value.Split(',')).Select(name => name.Trim()).Where(name => name.Length > 0).ToList();
        unknown = names.FirstOrDefault(name => !All.Any(condition => condition.Name.Equals(name, StringComparison.OrdinalIgnoreCase)));
        conditions = [.. All.Where(condition => names.Contains(condition.Name, StringComparer.OrdinalIgnoreCase))];
        return unknown is null;
    }

    /// <summary>The line on standard error when the diff meets the condition (<c>--fail-on new-category: 2 new categories: biometric.face, location.precise</c>), or null.</summary>
    public string? Failure(InventoryDiff diff)
    {
        var found = Found(diff);
        return found.Count == 0 ? null : $"--fail-on {Name}: {found.Count} {(found.Count == 1 ? _one : _many)}: {string.Join(", ", found)}";
    }
}
