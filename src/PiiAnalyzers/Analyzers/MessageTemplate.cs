using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using PiiAnalyzers.DataFlow;

namespace PiiAnalyzers.Analyzers;

/// <summary>
/// The holes of a logging call's constant message template (<c>"Order {OrderId} for {@Customer}"</c>), in order, and how
/// each formats its argument. Structured loggers (Microsoft.Extensions.Logging and its providers, Serilog, NLog) write an
/// object given to a plain hole as its <c>ToString()</c>, and only one given to a <c>{@Destructured}</c> hole member by
/// member; <c>string.Format</c> holes (<c>{0}</c>, log4net's <c>…Format</c>, <c>Console.WriteLine</c>) always print
/// <c>ToString()</c>. Arguments are matched to holes by position, as those libraries match them.
/// </summary>
internal sealed class MessageTemplate
{
    // The parameter names the libraries give their template: MEL, NLog ("message"), Serilog ("messageTemplate"),
    // string.Format-style APIs ("format"), ILogger.BeginScope ("messageFormat").
    private static readonly ImmutableHashSet<string> TemplateParameterNames = ImmutableHashSet.Create("message", "messageTemplate", "format", "messageFormat");

    private readonly ImmutableArray<bool> _destructured;

    private MessageTemplate(ImmutableArray<bool> destructured)
    {
        _destructured = destructured;
    }

    /// <summary>The template of a logging call, or null when it has none or it is not a constant.</summary>
    public static MessageTemplate? Of(IInvocationOperation invocation)
    {
        var template = invocation.Arguments.FirstOrDefault(argument =>
            argument.Parameter is { Type.SpecialType: SpecialType.System_String } parameter && TemplateParameterNames.Contains(parameter.Name));
        return template?.Value.ConstantValue is { HasValue: true, Value: string text } ? Parse(text) : null;
    }

    /// <summary>The holes of a template, each true when it destructures its argument (<c>{@Name}</c>).</summary>
    public static MessageTemplate Parse(string text)
    {
        var holes = ImmutableArray.CreateBuilder<bool>();
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] != '{')
            {
                continue;
            }

            if (i + 1 < text.Length && text[i + 1] == '{')
            {
                i++;
                continue;
            }

            var end = text.IndexOf('}', i + 1);
            if (end < 0)
            {
                break;
            }

            holes.Add(end > i + 1 && text[i + 1] == '@');
            i = end;
        }

        return new MessageTemplate(holes.ToImmutable());
    }

    /// <summary>
    /// How the argument at this position among the template's arguments reaches the log: as text for a plain hole, as the
    /// whole value for a destructuring one, or one the template has no hole for (some providers still write it as a property).
    /// </summary>
    public ValueUse UseOf(int position) =>
        position < _destructured.Length && !_destructured[position] ? ValueUse.AsText : ValueUse.AsValue;
}
