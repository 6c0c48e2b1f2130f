using System.Collections.Immutable;
using System.Text;

namespace PiiAnalyzers.Options;

/// <summary>
/// A list of documentation comment ids from an <c>.editorconfig</c> key, such as
/// <c>pii_log_sinks = M:MyCo.Audit.Write(System.String); T:MyCo.Telemetry</c>.
/// </summary>
/// <remarks>
/// Ids are separated by ';', or by ',' outside a parameter list (<c>M:A.B(System.String,System.Int32)</c> keeps its comma).
/// <c>M:</c> names a method (without a parameter list: every overload), <c>T:</c> every method of a type.
/// </remarks>
public sealed class DocumentationIdList
{
    private DocumentationIdList(string text, ImmutableArray<string> ids)
    {
        Text = text;
        Ids = ids;
    }

    public static DocumentationIdList Empty { get; } = new(string.Empty, ImmutableArray<string>.Empty);

    /// <summary>The value as written, trimmed: equal texts mean equal lists.</summary>
    public string Text { get; }

    public ImmutableArray<string> Ids { get; }

    public bool IsEmpty => Ids.IsEmpty;

    public static DocumentationIdList Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return Empty;
        }

        var ids = ImmutableArray.CreateBuilder<string>();
        var current = new StringBuilder();
        var depth = 0;
        foreach (var c in text!)
        {
            depth += c switch
            {
                '(' or '[' or '{' => 1,
                ')' or ']' or '}' => depth > 0 ? -1 : 0,
                _ => 0,
            };
            if (c == ';' || (c == ',' && depth == 0))
            {
                Add(ids, current);
            }
            else if (!char.IsWhiteSpace(c))
            {
                current.Append(c);
            }
        }

        Add(ids, current);
        return ids.Count == 0 ? Empty : new DocumentationIdList(text.Trim(), ids.ToImmutable());
    }

    private static void Add(ImmutableArray<string>.Builder ids, StringBuilder current)
    {
        if (current.Length > 2 && current[1] == ':' && (current[0] is 'M' or 'T'))
        {
            ids.Add(current.ToString());
        }

        current.Clear();
    }

    public override string ToString() => Text;
}
