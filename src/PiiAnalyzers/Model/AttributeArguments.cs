using Microsoft.CodeAnalysis;

namespace PiiAnalyzers.Model;

/// <summary>Reads attribute arguments defensively: code being typed binds partially, and a bad argument must never throw.</summary>
internal static class AttributeArguments
{
    /// <summary>The first <paramref name="count"/> constructor arguments as strings; false when any is missing or not a string constant.</summary>
    public static bool TryGetStrings(AttributeData attribute, int count, out string?[] values)
    {
        values = new string?[count];
        var arguments = attribute.ConstructorArguments;
        if (arguments.Length < count)
        {
            return false;
        }

        for (var i = 0; i < count; i++)
        {
            var argument = arguments[i];
            if (argument.Kind != TypedConstantKind.Primitive || argument.Value is not (string or null))
            {
                return false;
            }

            values[i] = argument.Value as string;
        }

        return true;
    }

    public static bool TryGetString(AttributeData attribute, out string? value)
    {
        var found = TryGetStrings(attribute, 1, out var values);
        value = values[0];
        return found;
    }

    public static string? GetNamedString(AttributeData attribute, string name)
    {
        foreach (var argument in attribute.NamedArguments)
        {
            if (argument.Key == name && argument.Value.Kind == TypedConstantKind.Primitive)
            {
                return argument.Value.Value as string;
            }
        }

        return null;
    }

    public static bool? GetNamedBool(AttributeData attribute, string name)
    {
        foreach (var argument in attribute.NamedArguments)
        {
            if (argument.Key == name && argument.Value.Kind == TypedConstantKind.Primitive && argument.Value.Value is bool value)
            {
                return value;
            }
        }

        return null;
    }
}
