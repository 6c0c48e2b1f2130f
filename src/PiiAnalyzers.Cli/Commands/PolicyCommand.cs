using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using PiiAnalyzers.Cli.Loading;
using PiiAnalyzers.Cli.Output;
using PiiAnalyzers.Cli.Scanning;
using PiiAnalyzers.Policy;

namespace PiiAnalyzers.Cli.Commands;

/// <summary>
/// <c>pii policy &lt;policy-file&gt; [--format json|text] [--output FILE]</c>: what a privacy policy (prose, Markdown, HTML,
/// or a JSON/YAML declaration) declares: categories with the line and words that declare each, then its claims.
/// Exit code 2 when the policy is empty, has no collection section or is a malformed declaration.
/// </summary>
internal sealed class PolicyCommand : IPiiCommand
{
    public Command Create(CommandConsole console)
    {
        var path = new Argument<string>("policy-file") { Description = "The privacy policy: text, Markdown, HTML, or a JSON/YAML declaration; UTF-8 or GB18030/GBK." };
        var format = new Option<string>("--format", "-f") { Description = "json or text.", DefaultValueFactory = _ => "json" };
        var output = new Option<string?>("--output", "-o") { Description = "Write the result to this file instead of standard output." };
        var command = new Command("policy", "Show what a privacy policy declares: the categories it says are collected, and its claims.")
        {
            path,
            format,
            output,
        };
        command.SetAction(parsed => Run(console, parsed.GetValue(path)!, parsed.GetValue(format), parsed.GetValue(output)));
        return command;
    }

    private static int Run(CommandConsole console, string path, string? format, string? outputFile)
    {
        var isJson = format?.Trim().ToLowerInvariant() switch
        {
            "json" => true,
            "text" => false,
            _ => (bool?)null,
        };
        if (isJson is null)
        {
            return console.BadInput($"Unknown format '{format}': use json or text.");
        }

        PolicyDocument document;
        try
        {
            document = PolicyReader.Read(PolicyInput.ReadText(path), path);
        }
        catch (InputException exception)
        {
            return console.BadInput(exception.Message);
        }

        foreach (var problem in document.Problems)
        {
            console.Progress(string.Format(CultureInfo.InvariantCulture, "warning: {0}({1}): {2}", path, problem.Line, problem.Message));
        }

        foreach (var note in document.Notes)
        {
            console.Progress($"note: {path}: {note}");
        }

        try
        {
            console.WriteResult(isJson.Value ? Json(document) : Text(path, document), outputFile);
        }
        catch (InputException exception)
        {
            return console.BadInput(exception.Message);
        }

        return IsUnusable(document) ? ExitCodes.BadInput : ExitCodes.Success;
    }

    /// <summary>Whether the policy declares nothing usable (PII0110): empty, no collection section, malformed.</summary>
    internal static bool IsUnusable(PolicyDocument document) =>
        document.Problems.Any(problem => problem.Kind is PolicyProblemKind.Empty or PolicyProblemKind.NoCollectionSection or PolicyProblemKind.MalformedDeclaration);

    /// <summary>DESIGN.md section 5: <c>{"categories":[{"id","evidence":[{"line","text"}]}],"claims":{...},"problems":[...]}</c>.</summary>
    internal static string Json(PolicyDocument document) => JsonOutput.Write(writer =>
    {
        writer.WriteStartObject();
        writer.WriteStartArray("categories");
        foreach (var category in document.Categories)
        {
            writer.WriteStartObject();
            writer.WriteString("id", category.Id);
            writer.WriteStartArray("evidence");
            foreach (var evidence in category.Evidence)
            {
                WriteEvidence(writer, evidence);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();

        var claims = document.Claims;
        writer.WriteStartObject("claims");
        writer.WriteStartArray("encryption");
        foreach (var claim in claims.Encryption)
        {
            writer.WriteStartObject();
            WriteStrings(writer, "categories", claim.Categories);
            writer.WriteBoolean("atRest", claim.IsAtRest);
            WriteClaimEnd(writer, claim);
        }

        writer.WriteEndArray();
        writer.WriteStartArray("retention");
        foreach (var claim in claims.Retention)
        {
            writer.WriteStartObject();
            WriteStrings(writer, "categories", claim.Categories);
            writer.WriteString("rule", claim.Rule);
            writer.WriteBoolean("minimum", claim.IsMinimum);
            if (claim.Since is { } since)
            {
                writer.WriteString("since", since);
            }

            WriteClaimEnd(writer, claim);
        }

        writer.WriteEndArray();
        writer.WriteStartArray("sharing");
        foreach (var claim in claims.Sharing)
        {
            writer.WriteStartObject();
            writer.WriteString("kind", SharingKind(claim.Kind));
            writer.WriteBoolean("hasExceptions", claim.HasExceptions);
            WriteStrings(writer, "recipients", claim.Recipients);
            WriteStrings(writer, "recipientKinds", claim.RecipientKinds);
            WriteStrings(writer, "categories", claim.Categories);
            if (claim.Purpose is { } purpose)
            {
                writer.WriteString("purpose", purpose);
            }

            WriteClaimEnd(writer, claim);
        }

        writer.WriteEndArray();
        writer.WriteStartArray("sensitive");
        foreach (var claim in claims.Sensitive)
        {
            writer.WriteStartObject();
            WriteStrings(writer, "categories", claim.Categories);
            WriteClaimEnd(writer, claim);
        }

        writer.WriteEndArray();
        writer.WriteStartArray("crossBorder");
        foreach (var claim in claims.CrossBorder)
        {
            writer.WriteStartObject();
            writer.WriteString("kind", claim.Kind == CrossBorderClaimKind.StaysInCountry ? "staysInCountry" : "transferredAbroad");
            WriteStrings(writer, "categories", claim.Categories);
            WriteClaimEnd(writer, claim);
        }

        writer.WriteEndArray();
        writer.WriteStartArray("necessity");
        foreach (var claim in claims.Necessity)
        {
            writer.WriteStartObject();
            writer.WriteString("kind", claim.IsRequired ? "required" : "optional");
            WriteStrings(writer, "categories", claim.Categories);
            WriteClaimEnd(writer, claim);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();

        writer.WriteStartArray("problems");
        foreach (var problem in document.Problems)
        {
            writer.WriteStartObject();
            writer.WriteString("kind", JsonNamingPolicy.CamelCase.ConvertName(problem.Kind.ToString()));
            writer.WriteNumber("line", problem.Line);
            writer.WriteString("message", problem.Message);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    });

    /// <summary>For people: each category with its lines and words, then the claims, then what kept the policy from being read.</summary>
    internal static string Text(string path, PolicyDocument document)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"{Path.GetFileName(path)} ({document.Format})\n");
        text.Append(CultureInfo.InvariantCulture, $"Categories ({document.Categories.Length}):\n");
        foreach (var category in document.Categories)
        {
            text.Append("  ").Append(category.Id).Append('\n');
            foreach (var evidence in category.Evidence)
            {
                text.Append(CultureInfo.InvariantCulture, $"    line {evidence.Line}: {evidence.Text}\n");
            }
        }

        var claims = document.Claims;
        text.Append("Claims:\n");
        var any = false;
        foreach (var claim in claims.Encryption)
        {
            any = true;
            ClaimLine(text, claim.IsAtRest ? "encrypted at rest" : "encrypted in transit", claim);
        }

        foreach (var claim in claims.Retention)
        {
            any = true;
            var rule = claim.IsMinimum ? "retention at least " + claim.Rule : "retention " + claim.Rule;
            ClaimLine(text, claim.Since is { } since ? rule + " " + since : rule, claim);
        }

        foreach (var claim in claims.Sharing)
        {
            any = true;
            var what = SharingKind(claim.Kind) switch
            {
                "notShared" => "not shared",
                "notSold" => "not sold",
                _ => "shared",
            };
            if (claim.HasExceptions)
            {
                what += " (with exceptions)";
            }

            if (!claim.Recipients.IsEmpty || !claim.RecipientKinds.IsEmpty)
            {
                what += " with " + string.Join(", ", claim.Recipients.Concat(claim.RecipientKinds));
            }

            if (claim.Purpose is { } purpose)
            {
                what += " for " + purpose;
            }

            ClaimLine(text, what, claim);
        }

        foreach (var claim in claims.Sensitive)
        {
            any = true;
            ClaimLine(text, "sensitive", claim);
        }

        foreach (var claim in claims.CrossBorder)
        {
            any = true;
            ClaimLine(text, claim.Kind == CrossBorderClaimKind.StaysInCountry ? "stays in the country" : "transferred abroad", claim);
        }

        foreach (var claim in claims.Necessity)
        {
            any = true;
            ClaimLine(text, claim.IsRequired ? "required" : "optional", claim);
        }

        if (!any)
        {
            text.Append("  (none)\n");
        }

        if (!document.Problems.IsEmpty)
        {
            text.Append("Problems:\n");
            foreach (var problem in document.Problems)
            {
                text.Append(CultureInfo.InvariantCulture, $"  line {problem.Line}: {problem.Message}\n");
            }
        }

        return text.ToString();
    }

    private static void ClaimLine(StringBuilder text, string what, PolicyClaim claim)
    {
        text.Append("  ").Append(what);
        text.Append(claim.Categories.IsEmpty ? " (all data)" : " [" + string.Join(", ", claim.Categories) + "]");
        if (claim.UnclearReason is { } reason)
        {
            text.Append(" — unclear: ").Append(reason);
        }

        text.Append(CultureInfo.InvariantCulture, $"\n    line {claim.Evidence.Line}: {claim.Evidence.Text}\n");
    }

    private static string SharingKind(SharingClaimKind kind) => kind switch
    {
        SharingClaimKind.NotShared => "notShared",
        SharingClaimKind.NotSold => "notSold",
        _ => "sharedWith",
    };

    // Every claim ends the same way: how clear it is (and why not), then its evidence.
    private static void WriteClaimEnd(Utf8JsonWriter writer, PolicyClaim claim)
    {
        writer.WriteString("confidence", claim.Confidence == ClaimConfidence.Clear ? "clear" : "unclear");
        if (claim.UnclearReason is { } reason)
        {
            writer.WriteString("unclearReason", reason);
        }

        writer.WritePropertyName("evidence");
        WriteEvidence(writer, claim.Evidence);
        writer.WriteEndObject();
    }

    private static void WriteEvidence(Utf8JsonWriter writer, PolicyEvidence evidence)
    {
        writer.WriteStartObject();
        writer.WriteNumber("line", evidence.Line);
        writer.WriteString("text", evidence.Text);
        writer.WriteEndObject();
    }

    private static void WriteStrings(Utf8JsonWriter writer, string name, IEnumerable<string> values)
    {
        writer.WriteStartArray(name);
        foreach (var value in values)
        {
            writer.WriteStringValue(value);
        }

        writer.WriteEndArray();
    }
}
