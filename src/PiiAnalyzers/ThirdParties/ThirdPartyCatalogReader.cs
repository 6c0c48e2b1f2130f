using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using PiiAnalyzers.DataFlow;

namespace PiiAnalyzers.ThirdParties;

/// <summary>
/// Reads the catalog format (the top of <c>third-parties.txt</c> and docs/third-parties.md describe it): a
/// <c>recipient:</c> row, then the <c>call:</c>, <c>new:</c> and <c>set:</c> rows that send data to it. A row that cannot be
/// read is left out with a problem naming its line; the other rows still count. Never throws.
/// </summary>
internal static class ThirdPartyCatalogReader
{
    private const char Separator = '|';
    private const string EveryArgument = "*";
    private const string WhenPrefix = "when ";

    private static readonly string[] Kinds = { "recipient:", "call:", "new:", "set:" };

    // The fields of each kind of call row, as its problems name them.
    private static readonly Dictionary<string, string> CallFields = new()
    {
        ["call:"] = "type | match | methods | arguments",
        ["new:"] = "type | match | arguments",
        ["set:"] = "type | match | properties",
    };

    // The fields of a recipient row that may not be empty, as its problems name them.
    private static readonly string[] RecipientFields = { "id", "service", "company", "country", "kind" };

    /// <param name="text">The file's text.</param>
    /// <param name="reservedIds">Recipient ids a row may not take (the built-in catalog's, when reading a user's file).</param>
    public static ThirdPartyCatalogReading Read(string text, ImmutableHashSet<string> reservedIds)
    {
        var recipients = ImmutableArray.CreateBuilder<ThirdParty>();
        var calls = ImmutableArray.CreateBuilder<ThirdPartyCall>();
        var problems = ImmutableArray.CreateBuilder<ThirdPartyCatalogProblem>();
        var ids = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        ThirdParty? current = null;
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var kind = Kinds.FirstOrDefault(prefix => line.StartsWith(prefix, StringComparison.OrdinalIgnoreCase));
            var error = kind switch
            {
                null => "a row starts with 'recipient:', 'call:', 'new:' or 'set:'",
                "recipient:" => ReadRecipient(Fields(line, kind), reservedIds, ids, out current, recipients),
                _ when current is null => "a '" + kind + "' row comes after the 'recipient:' row it sends data to",
                _ => ReadCall(kind, Fields(line, kind), current, calls),
            };
            if (error is not null)
            {
                problems.Add(new ThirdPartyCatalogProblem(i + 1, line, error));
            }
        }

        return new ThirdPartyCatalogReading(new ThirdPartyCatalog(recipients.ToImmutable(), calls.ToImmutable()), problems.ToImmutable());
    }

    private static string[] Fields(string line, string kind) =>
        line.Substring(kind.Length).Split(Separator).Select(field => field.Trim()).ToArray();

    private static string? ReadRecipient(
        string[] fields,
        ImmutableHashSet<string> reservedIds,
        HashSet<string> ids,
        out ThirdParty? recipient,
        ImmutableArray<ThirdParty>.Builder recipients)
    {
        recipient = null;
        if (fields.Length != 6)
        {
            return $"a 'recipient:' row has 6 fields (id | service | company | country | kind | packages), not {fields.Length}";
        }

        if (Array.FindIndex(fields, 0, RecipientFields.Length, field => field.Length == 0) is var empty and >= 0)
        {
            return $"the {RecipientFields[empty]} of a recipient is empty";
        }

        var (id, country) = (fields[0], fields[3]);
        if (id.Any(char.IsWhiteSpace))
        {
            return $"the recipient id '{id}' contains white space";
        }

        if (reservedIds.Contains(id) || !ids.Add(id))
        {
            return $"the recipient id '{id}' is already in the catalog";
        }

        if (country != ThirdParty.ChosenAtRunTime && !(country.Length == 2 && country.All(c => c is >= 'A' and <= 'Z')))
        {
            return $"the country '{country}' is not an ISO 3166-1 alpha-2 code (US, CN, IE) or '-'";
        }

        recipient = new ThirdParty(id, fields[1], fields[2], country, fields[4], List(fields[5]));
        recipients.Add(recipient);
        return null;
    }

    // call: type | match | methods | arguments [| when type]; new: type | match | arguments [| when type];
    // set: type | match | properties [| when type].
    private static string? ReadCall(string kind, string[] fields, ThirdParty recipient, ImmutableArray<ThirdPartyCall>.Builder calls)
    {
        var required = kind == "call:" ? 4 : 3;
        if (fields.Length != required && fields.Length != required + 1)
        {
            return $"a '{kind}' row has {required} fields ({CallFields[kind]}), and may end in '| when <type>'; this one has {fields.Length}";
        }

        var type = fields[0];
        if (type.Length == 0 || type.Any(char.IsWhiteSpace))
        {
            return $"'{type}' is not a type's metadata name (Namespace.Type, Namespace.Generic`1)";
        }

        if (Match(fields[1]) is not { } match)
        {
            return $"the match '{fields[1]}' is not 'exactly', 'derived' or 'implemented'";
        }

        string? requiredType = null;
        if (fields.Length == required + 1)
        {
            var when = fields[required];
            requiredType = when.StartsWith(WhenPrefix, StringComparison.Ordinal) ? when.Substring(WhenPrefix.Length).Trim() : string.Empty;
            if (requiredType.Length == 0 || requiredType.Any(char.IsWhiteSpace))
            {
                return $"the last field '{when}' is not 'when <type metadata name>'";
            }
        }

        var names = List(fields[2]);
        if (names.IsEmpty || names.Any(name => !IsName(name, allowPrefix: kind == "call:", allowEvery: kind != "set:")))
        {
            return kind switch
            {
                "call:" => $"'{fields[2]}' is not a list of method names (a name ending in '*' is a prefix)",
                "new:" => $"'{fields[2]}' is not '*' or a list of parameter names",
                _ => $"'{fields[2]}' is not a list of property names",
            };
        }

        switch (kind)
        {
            case "call:":
                if (Arguments(fields[3]) is not { } arguments)
                {
                    return $"'{fields[3]}' is not '*' or a list of parameter names";
                }

                calls.Add(new ThirdPartyCall(recipient, SinkRow.Methods(type, match, names.ToArray(), arguments), requiredType));
                return null;
            case "new:":
                calls.Add(new ThirdPartyCall(recipient, SinkRow.Constructors(type, match, Arguments(fields[2])!), requiredType));
                return null;
            default:
                foreach (var property in names)
                {
                    calls.Add(new ThirdPartyCall(recipient, SinkRow.Property(type, match, property, SinkUse.Value), requiredType));
                }

                return null;
        }
    }

    private static SinkTypeMatch? Match(string text) =>
        text switch
        {
            "exactly" => SinkTypeMatch.Exactly,
            "derived" => SinkTypeMatch.Derived,
            "implemented" => SinkTypeMatch.Implemented,
            _ => null,
        };

    // Every argument is sent as a value: an options object or a message sends what was put in it.
    private static SinkArgument[]? Arguments(string text)
    {
        if (text == EveryArgument)
        {
            return new[] { SinkArgument.Any(SinkUse.Value) };
        }

        var names = List(text);
        return names.IsEmpty || names.Any(name => !IsName(name, allowPrefix: false, allowEvery: false))
            ? null
            : names.Select(name => SinkArgument.Named(name, SinkUse.Value)).ToArray();
    }

    private static bool IsName(string name, bool allowPrefix, bool allowEvery)
    {
        if (allowEvery && name == EveryArgument)
        {
            return true;
        }

        var body = allowPrefix && name.Length > 1 && name[name.Length - 1] == '*' ? name.Substring(0, name.Length - 1) : name;
        return body.Length > 0 && (char.IsLetter(body[0]) || body[0] == '_') && body.All(c => char.IsLetterOrDigit(c) || c == '_');
    }

    private static ImmutableArray<string> List(string text) =>
        text.Split(',').Select(item => item.Trim()).Where(item => item.Length > 0).ToImmutableArray();
}
