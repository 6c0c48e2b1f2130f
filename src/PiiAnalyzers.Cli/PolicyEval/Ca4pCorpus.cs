using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Net;
using System.Text.Json;
using PiiAnalyzers.Cli.Loading;

namespace PiiAnalyzers.Cli.PolicyEval;

/// <summary>A labelled span of a CA4P-483 policy: its text and where it is in the policy's text.</summary>
internal readonly record struct Ca4pSpan(string Text, int Start, int End);

/// <summary>One CA4P-483 policy: its id, its text, its labelled data mentions (<c>e_21</c>) and collect verbs (<c>e_22</c>).</summary>
internal sealed record Ca4pPolicy(string Id, string Text, ImmutableArray<Ca4pSpan> DataMentions, ImmutableArray<Ca4pSpan> CollectVerbs);

/// <summary>
/// Reads the layout of CA4P-483 (EMNLP 2022, github:zacharykzhao/CA4P-483): <c>annotation_data/NNNN.json</c> is a JSON
/// list of <c>{classId, text, start, end}</c>, and the offsets index the HTML-decoded text of the single <c>&lt;pre&gt;</c>
/// element of <c>raw_data/NNNN.html</c>.
/// </summary>
internal static class Ca4pCorpus
{
    private const string AnnotationFolder = "annotation_data";
    private const string RawFolder = "raw_data";
    private const string DataMentionClass = "e_21";
    private const string CollectVerbClass = "e_22";

    /// <summary>Whether <paramref name="folder"/> has CA4P-483's layout: an annotation_data and a raw_data folder.</summary>
    public static bool IsCorpus(string folder) =>
        Directory.Exists(Path.Combine(folder, AnnotationFolder)) && Directory.Exists(Path.Combine(folder, RawFolder));

    /// <summary>The policies whose id is in <paramref name="ids"/>, in id order; an <see cref="InputException"/> when a file is missing or malformed.</summary>
    public static IReadOnlyList<Ca4pPolicy> Load(string folder, Ca4pIdRange ids)
    {
        if (!IsCorpus(folder))
        {
            throw new InputException($"{folder} is not in the CA4P-483 layout: it needs an {AnnotationFolder} and a {RawFolder} folder.");
        }

        var policies = new List<Ca4pPolicy>();
        foreach (var annotationFile in Directory.GetFiles(Path.Combine(folder, AnnotationFolder), "*.json").OrderBy(Path.GetFileName, StringComparer.Ordinal))
        {
            var id = Path.GetFileNameWithoutExtension(annotationFile);
            if (!ids.Contains(id))
            {
                continue;
            }

            var rawFile = Path.Combine(folder, RawFolder, id + ".html");
            if (!File.Exists(rawFile))
            {
                throw new InputException($"{rawFile} is missing: every annotation file needs its policy.");
            }

            var text = PolicyText(rawFile);
            var (mentions, verbs) = ReadAnnotations(annotationFile, text.Length);
            policies.Add(new Ca4pPolicy(id, text, mentions, verbs));
        }

        return policies;
    }

    // The text the offsets index: the content of the one <pre> element, character references decoded.
    private static string PolicyText(string rawFile)
    {
        var html = File.ReadAllText(rawFile);
        var open = html.IndexOf("<pre", StringComparison.OrdinalIgnoreCase);
        var contentStart = open < 0 ? -1 : html.IndexOf('>', open) + 1;
        var close = contentStart <= 0 ? -1 : html.IndexOf("</pre>", contentStart, StringComparison.OrdinalIgnoreCase);
        if (close < 0)
        {
            throw new InputException($"{rawFile} has no <pre> element holding the policy's text.");
        }

        return WebUtility.HtmlDecode(html.Substring(contentStart, close - contentStart));
    }

    private static (ImmutableArray<Ca4pSpan> Mentions, ImmutableArray<Ca4pSpan> Verbs) ReadAnnotations(string file, int textLength)
    {
        var mentions = new List<Ca4pSpan>();
        var verbs = new List<Ca4pSpan>();
        try
        {
            using var json = JsonDocument.Parse(File.ReadAllText(file));
            foreach (var annotation in json.RootElement.EnumerateArray())
            {
                var target = annotation.GetProperty("classId").GetString() switch
                {
                    DataMentionClass => mentions,
                    CollectVerbClass => verbs,
                    _ => null,
                };
                if (target is null)
                {
                    continue;
                }

                var span = new Ca4pSpan(annotation.GetProperty("text").GetString() ?? string.Empty, annotation.GetProperty("start").GetInt32(), annotation.GetProperty("end").GetInt32());
                if (span.Start < 0 || span.End > textLength || span.End < span.Start)
                {
                    throw new InputException($"{file}: the span {span.Start}-{span.End} is outside the policy's text of {textLength} characters.");
                }

                target.Add(span);
            }
        }
        catch (Exception exception) when (exception is JsonException or InvalidOperationException or KeyNotFoundException or FormatException)
        {
            throw new InputException($"{file} is not a CA4P annotation list ({exception.Message}).");
        }

        // The corpus repeats some annotations: one span counts once.
        return (Distinct(mentions), Distinct(verbs));
    }

    private static ImmutableArray<Ca4pSpan> Distinct(List<Ca4pSpan> spans) =>
        spans.DistinctBy(span => (span.Start, span.End)).OrderBy(span => span.Start).ToImmutableArray();
}

/// <summary>The ids <c>--ids</c> selects: one id (<c>0512</c>) or an inclusive range (<c>0496-0749</c>); all when not given.</summary>
internal readonly record struct Ca4pIdRange(int First, int Last)
{
    public static Ca4pIdRange All => new(0, int.MaxValue);

    public bool Contains(string id) => TryParseId(id, out var number) && number >= First && number <= Last;

    /// <summary>Parses <c>0496-0749</c> or <c>0512</c>; false for anything else.</summary>
    public static bool TryParse(string text, out Ca4pIdRange range)
    {
        range = All;
        var dash = text.IndexOf('-');
        var first = dash < 0 ? text : text.Substring(0, dash);
        var last = dash < 0 ? text : text.Substring(dash + 1);
        if (!TryParseId(first, out var from) || !TryParseId(last, out var to) || to < from)
        {
            return false;
        }

        range = new Ca4pIdRange(from, to);
        return true;
    }

    private static bool TryParseId(string text, out int id) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out id);
}
