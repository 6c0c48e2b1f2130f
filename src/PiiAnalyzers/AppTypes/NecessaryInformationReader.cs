using System;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;

namespace PiiAnalyzers.AppTypes;

/// <summary>
/// Reads the format of <c>necessary-information.txt</c> (its header describes it): an <c>app-type:</c> row, then the
/// <c>needs:</c> rows of that type. The table is the package's own and tested, so a row that cannot be read is a mistake
/// in the build, not bad input: it throws, naming the line.
/// </summary>
internal static class NecessaryInformationReader
{
    private const char Separator = '|';
    private const string AppTypePrefix = "app-type:";
    private const string NeedsPrefix = "needs:";

    /// <exception cref="InvalidOperationException">A row is not in the format.</exception>
    public static ImmutableArray<AppType> Read(string text)
    {
        var types = ImmutableArray.CreateBuilder<AppType>();
        (string[] Fields, ImmutableArray<AppTypeNeed>.Builder Needs)? current = null;
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            if (line.StartsWith(AppTypePrefix, StringComparison.Ordinal))
            {
                Add(types, current);
                var fields = Fields(line, AppTypePrefix, 5, i, "id | number | 中文名 | English name | basic function");
                if (!int.TryParse(fields[1], NumberStyles.None, CultureInfo.InvariantCulture, out _))
                {
                    throw Mistake(i, $"the number '{fields[1]}' is not a whole number");
                }

                current = (fields, ImmutableArray.CreateBuilder<AppTypeNeed>());
            }
            else if (line.StartsWith(NeedsPrefix, StringComparison.Ordinal))
            {
                var fields = Fields(line, NeedsPrefix, 2, i, "category ids | item");
                var categories = fields[0].Split(',').Select(id => id.Trim()).ToImmutableArray();
                if (current is null || categories.Any(id => id.Length == 0))
                {
                    throw Mistake(i, current is null ? "a 'needs:' row comes after its 'app-type:' row" : "a category id is empty");
                }

                current.Value.Needs.Add(new AppTypeNeed(categories, fields[1]));
            }
            else
            {
                throw Mistake(i, "a row starts with 'app-type:' or 'needs:'");
            }
        }

        Add(types, current);
        return types.ToImmutable();
    }

    private static void Add(ImmutableArray<AppType>.Builder types, (string[] Fields, ImmutableArray<AppTypeNeed>.Builder Needs)? row)
    {
        if (row is { Fields: var fields, Needs: var needs })
        {
            types.Add(new AppType(fields[0], int.Parse(fields[1], CultureInfo.InvariantCulture), fields[2], fields[3], fields[4], needs.ToImmutable()));
        }
    }

    private static string[] Fields(string line, string prefix, int count, int index, string names)
    {
        var fields = line.Substring(prefix.Length).Split(Separator).Select(field => field.Trim()).ToArray();
        if (fields.Length != count || fields.Any(field => field.Length == 0))
        {
            throw Mistake(index, $"a '{prefix}' row has {count} fields that are not empty ({names})");
        }

        return fields;
    }

    private static InvalidOperationException Mistake(int index, string message) =>
        new($"{NecessaryInformation.ResourceName}, line {index + 1}: {message}.");
}
