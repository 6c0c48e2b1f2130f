using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using PiiAnalyzers.DataFlow;
using PiiAnalyzers.Model;
using PiiAnalyzers.Options;
using PiiAnalyzers.Taxonomy;

namespace PiiAnalyzers.Analyzers;

/// <summary>
/// The personal data that the log rules (PII0001 logs and traces, PII0003 exception messages) leave out, so that a finding
/// is worth acting on:
/// <list type="bullet">
/// <item>surrogate keys (category <c>account.id</c>): what the docs tell users to log instead of the person;</item>
/// <item>flags, numbers and the <c>Id</c> that only ASP.NET Core Identity's blanket <c>[PersonalData]</c> marks
/// (<c>EmailConfirmed</c>, <c>TwoFactorEnabled</c>, <c>AccessFailedCount</c>, <c>IdentityUser.Id</c>): Identity marks them
/// so that a user's data download includes them, not because they tell who someone is;</item>
/// <item>in logs, what Microsoft.Extensions.Compliance's logging generator redacts (<see cref="LoggerMessageRedaction"/>).</item>
/// </list>
/// A number or flag that someone marked with one of this package's categories or with a classification (an age, an income)
/// stays reported: they said it is personal data. <c>pii_log_keys_and_flags = true</c> reports keys and flags too.
/// Storage and sharing rules report everything: a key is what links stored or shared data back to the person.
/// </summary>
internal static class LogNoise
{
    private const string SurrogateKeyCategory = "account.id";

    /// <summary>The sources of a value given to a log sink that PII0001 reports.</summary>
    /// <param name="value">The value given to the sink: an argument's value, or an element of a <c>params</c> array.</param>
    /// <param name="sources">The personal data the value carries.</param>
    /// <param name="compilation">The compilation, for the logging generator's redaction.</param>
    /// <param name="options">The analyzer options, for the file's <c>pii_log_keys_and_flags</c>.</param>
    public static ImmutableArray<PersonalDataSource> InLog(IOperation value, ImmutableArray<PersonalDataSource> sources, Compilation compilation, AnalyzerOptions options)
    {
        var reported = WithoutKeysAndFlags(sources, options, value.Syntax.SyntaxTree);
        return reported.IsEmpty ? reported : LoggerMessageRedaction.For(compilation).Unredacted(value, reported);
    }

    /// <summary>The sources without surrogate keys and Identity's flags, unless the file's <c>pii_log_keys_and_flags</c> is <c>true</c>.</summary>
    public static ImmutableArray<PersonalDataSource> WithoutKeysAndFlags(ImmutableArray<PersonalDataSource> sources, AnalyzerOptions options, SyntaxTree tree)
    {
        // The option is read only when there is something to leave out: most findings have neither keys nor flags.
        if (!sources.Any(IsKeyOrFlag) || PiiOptions.ReadLogKeysAndFlags(options, tree))
        {
            return sources;
        }

        return sources.RemoveAll(IsKeyOrFlag);
    }

    /// <summary>Whether the source is a surrogate key, or a flag, number or key that only Identity's <c>[PersonalData]</c> marks.</summary>
    public static bool IsKeyOrFlag(PersonalDataSource source)
    {
        var member = source.Member;
        if (CategoryTaxonomy.Covers(SurrogateKeyCategory, member.Category))
        {
            return true;
        }

        return member.Markers == PersonalDataMarkerKinds.IdentityPersonalData
            && (member.Symbol.Name == "Id" || IsFlagOrNumber(ValueTypes.Of(member.Symbol)));
    }


    // bool, bool?, int, long?, decimal…: what a data download lists, not what identifies anyone.
    private static bool IsFlagOrNumber(ITypeSymbol? type)
    {
        if (type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T, TypeArguments.Length: 1 } nullable)
        {
            type = nullable.TypeArguments[0];
        }

        return type?.SpecialType is SpecialType.System_Boolean
            or SpecialType.System_SByte or SpecialType.System_Byte
            or SpecialType.System_Int16 or SpecialType.System_UInt16
            or SpecialType.System_Int32 or SpecialType.System_UInt32
            or SpecialType.System_Int64 or SpecialType.System_UInt64
            or SpecialType.System_Single or SpecialType.System_Double or SpecialType.System_Decimal;
    }
}
