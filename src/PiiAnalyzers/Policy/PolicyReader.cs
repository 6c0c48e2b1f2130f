using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using PiiAnalyzers.Policy.Lexicons;
using PiiAnalyzers.Taxonomy;

namespace PiiAnalyzers.Policy;

/// <summary>
/// Reads a privacy policy — Markdown, HTML, plain text (Chinese or English), or a JSON/YAML declaration — into a
/// <see cref="PolicyDocument"/>. Pure and total: any text gives a document, problems are reported in it, nothing throws,
/// and time grows linearly with the text.
/// </summary>
public static class PolicyReader
{
    /// <summary>Reads already decoded text (see <see cref="PolicyDecoder"/>); <paramref name="path"/> only helps tell the format.</summary>
    public static PolicyDocument Read(string? text, string? path = null) => Read(text, path, CategoryTaxonomy.BuiltIn);

    /// <summary>Reads with a taxonomy that may hold custom categories: their names join the lexicon, their ids are known.</summary>
    public static PolicyDocument Read(string? text, string? path, CategoryTaxonomy taxonomy)
    {
        text ??= string.Empty;
        var format = DetectFormat(text, path);
        if (IsBlank(text))
        {
            return Empty(path, format, "The policy is empty.");
        }

        if (format is PolicyFormat.StructuredJson or PolicyFormat.StructuredYaml)
        {
            return StructuredPolicyReader.Read(text, path, format, taxonomy);
        }

        var lines = format == PolicyFormat.Html ? HtmlLineReader.Read(text) : TextLineReader.Read(text, isMarkdown: format == PolicyFormat.Markdown);
        if (lines.Count == 0)
        {
            return Empty(path, format, "The policy has no text.");
        }

        var lexicon = LexiconFor(taxonomy);
        var sections = SectionBuilder.Build(lines);
        var hasCollectionSection = sections.Any(section => section.Section.Kind == PolicySectionKind.Collection);
        var declarations = new Dictionary<string, ImmutableArray<PolicyEvidence>.Builder>(StringComparer.Ordinal);
        var order = new List<string>();
        var claims = new ClaimCollector();
        foreach (var section in sections)
        {
            var kind = section.Section.Kind;
            foreach (var line in section.Lines)
            {
                foreach (var sentence in TextSpans.Sentences(line.Text))
                {
                    var mentions = lexicon.FindMentions(line.Text, sentence.Start, sentence.End);
                    IReadOnlyList<CategoryMention> mentionList = mentions.IsEmpty ? NoMentions : mentions;
                    claims.AddSentence(line, sentence, mentionList, kind);
                    if (mentions.IsEmpty || (kind != PolicySectionKind.Collection && !CollectionSentences.Declares(line.Text, sentence, mentions, kind, hasCollectionSection)))
                    {
                        continue;
                    }

                    var analysis = NegationDetector.Analyze(line.Text, sentence, mentionList);
                    if (IsDefinition(line.Text, sentence) || (!analysis.Collects && IsClassification(line.Text, sentence)))
                    {
                        continue;
                    }

                    for (var m = 0; m < mentions.Length; m++)
                    {
                        if (!analysis.Negated[m])
                        {
                            Declare(declarations, order, mentions[m], line);
                        }
                    }
                }
            }
        }

        var problems = ImmutableArray<PolicyProblem>.Empty;
        var notes = ImmutableArray<string>.Empty;
        if (!hasCollectionSection && order.Count > 0)
        {
            notes = notes.Add("The policy has no heading that says what is collected: its categories come from the sentences that say data is collected (收集, 获取, 使用, \"we collect\"...), wherever they are.");
        }
        else if (!hasCollectionSection)
        {
            problems = problems.Add(new PolicyProblem(
                PolicyProblemKind.NoCollectionSection,
                lines[0].FirstLine,
                "The policy has no section that says what personal information is collected (a heading such as \"我们如何收集和使用您的个人信息\" or \"Information we collect\"), and no sentence that says data is collected."));
        }

        return new PolicyDocument(
            path,
            format,
            sections.Select(section => section.Section).ToImmutableArray(),
            order.Select(id => new DeclaredCategory(id, declarations[id].ToImmutable())).ToImmutableArray(),
            claims.Build(),
            problems,
            notes);
    }

    /// <summary>The format a text is in: from the file extension when it says, else from the content.</summary>
    public static PolicyFormat DetectFormat(string text, string? path)
    {
        var extension = path is null ? string.Empty : SafeExtension(path);
        switch (extension)
        {
            case ".html" or ".htm" or ".xhtml":
                return PolicyFormat.Html;
            case ".json":
                return PolicyFormat.StructuredJson;
            case ".yml" or ".yaml":
                return PolicyFormat.StructuredYaml;
        }

        var first = FirstNonBlank(text);
        var isMarkdownFile = extension is ".md" or ".markdown" or ".mdx";
        if (!isMarkdownFile && first is '{' or '[')
        {
            return PolicyFormat.StructuredJson;
        }

        if (!isMarkdownFile && first == '<' && LooksLikeHtml(text))
        {
            return PolicyFormat.Html;
        }

        if (!isMarkdownFile && LooksLikeYamlDeclaration(text))
        {
            return PolicyFormat.StructuredYaml;
        }

        return isMarkdownFile || LooksLikeMarkdown(text) ? PolicyFormat.Markdown : PolicyFormat.PlainText;
    }

    private static readonly ConditionalLexicon CustomLexicon = new();

    // Boxed once: most sentences name no data, and boxing an empty ImmutableArray for each of them adds up.
    private static readonly IReadOnlyList<CategoryMention> NoMentions = ImmutableArray<CategoryMention>.Empty;

    private static CategoryLexicon LexiconFor(CategoryTaxonomy taxonomy) =>
        ReferenceEquals(taxonomy, CategoryTaxonomy.BuiltIn) ? CategoryLexicon.Default : CustomLexicon.For(taxonomy);

    private static void Declare(Dictionary<string, ImmutableArray<PolicyEvidence>.Builder> declarations, List<string> order, CategoryMention mention, PolicyLine line)
    {
        if (!declarations.TryGetValue(mention.CategoryId, out var evidence))
        {
            declarations[mention.CategoryId] = evidence = ImmutableArray.CreateBuilder<PolicyEvidence>();
            order.Add(mention.CategoryId);
        }

        evidence.Add(new PolicyEvidence(line.LineAt(mention.Start), mention.Text));
    }

    // "个人敏感信息是指…" (or "个人敏感信息：指…") defines a term and collects nothing, whatever verbs it uses ("非法提供"):
    // Lexicons/<language>.definition-markers.txt.
    private static readonly PhraseMatcher<bool> DefinitionMarkers = LexiconResource.ReadMatcher("definition-markers");

    // "上述信息中，手机号码属于敏感个人信息" classifies data named elsewhere; it declares only when it also collects:
    // Lexicons/<language>.classification-markers.txt.
    private static readonly PhraseMatcher<bool> ClassificationMarkers = LexiconResource.ReadMatcher("classification-markers");

    private static bool IsDefinition(string text, TextSpan sentence) => Holds(DefinitionMarkers, text, sentence);

    private static bool IsClassification(string text, TextSpan sentence) => Holds(ClassificationMarkers, text, sentence);

    private static bool Holds(PhraseMatcher<bool> markers, string text, TextSpan sentence)
    {
        for (var i = sentence.Start; i < sentence.End; i++)
        {
            if (markers.TryMatchAt(text, i, sentence.End, out _))
            {
                return true;
            }
        }

        return false;
    }

    private static PolicyDocument Empty(string? path, PolicyFormat format, string message) =>
        new(path, format, ImmutableArray<PolicySection>.Empty, ImmutableArray<DeclaredCategory>.Empty, PolicyClaims.None, ImmutableArray.Create(new PolicyProblem(PolicyProblemKind.Empty, 1, message)));

    private static bool IsBlank(string text)
    {
        foreach (var c in text)
        {
            if (!char.IsWhiteSpace(c) && c != '\uFEFF')
            {
                return false;
            }
        }

        return true;
    }

    private static string SafeExtension(string path)
    {
        var dot = path.LastIndexOf('.');
        var separator = Math.Max(path.LastIndexOf('/'), path.LastIndexOf('\\'));
        return dot > separator ? path.Substring(dot).ToLowerInvariant() : string.Empty;
    }

    private static char FirstNonBlank(string text)
    {
        foreach (var c in text)
        {
            if (!char.IsWhiteSpace(c) && c != '\uFEFF')
            {
                return c;
            }
        }

        return '\0';
    }

    private static bool LooksLikeHtml(string text)
    {
        var head = text.Substring(0, Math.Min(text.Length, 65536));
        foreach (var tag in new[] { "<!doctype html", "<html", "<body", "<p>", "<p ", "<div", "<h1", "<h2", "<h3", "<ul", "<ol", "<table", "<section", "<article" })
        {
            if (head.IndexOf(tag, StringComparison.OrdinalIgnoreCase) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    // A YAML declaration has a top-level category list and nothing that reads like prose.
    private static bool LooksLikeYamlDeclaration(string text)
    {
        var hasCategories = false;
        using var reader = new StringReader(text);
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            var trimmed = line.Trim();
            if (trimmed.Length == 0 || trimmed[0] == '#' || trimmed is "---" or "...")
            {
                continue;
            }

            if (line[0] is ' ' or '\t' || trimmed.StartsWith("- ", StringComparison.Ordinal))
            {
                continue;
            }

            var colon = trimmed.IndexOf(':');
            if (colon <= 0 || trimmed.Substring(0, colon).Any(c => !(char.IsLetterOrDigit(c) || c is '_' or '-' or '"' or '\'')))
            {
                return false;
            }

            var key = trimmed.Substring(0, colon).Trim('"', '\'').ToLowerInvariant();
            hasCategories |= key is "categories" or "collects" or "collected" or "datacategories" or "data_categories";
        }

        return hasCategories;
    }

    private static bool LooksLikeMarkdown(string text)
    {
        if (text.StartsWith("---", StringComparison.Ordinal) || text.StartsWith("\uFEFF---", StringComparison.Ordinal))
        {
            return true;
        }

        using var reader = new StringReader(text);
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            var trimmed = line.TrimStart();
            if (trimmed.StartsWith("#", StringComparison.Ordinal) && (trimmed.TrimStart('#').StartsWith(" ", StringComparison.Ordinal))
                || (trimmed.StartsWith("|", StringComparison.Ordinal) && trimmed.IndexOf('|', 1) > 0)
                || trimmed.StartsWith("**", StringComparison.Ordinal)
                || trimmed.IndexOf("](", StringComparison.Ordinal) > 0)
            {
                return true;
            }
        }

        return false;
    }

    // Lexicons for taxonomies with custom categories, built once per taxonomy instance.
    private sealed class ConditionalLexicon
    {
        private readonly System.Runtime.CompilerServices.ConditionalWeakTable<CategoryTaxonomy, CategoryLexicon> _lexicons = new();

        public CategoryLexicon For(CategoryTaxonomy taxonomy) =>
            _lexicons.GetValue(taxonomy, key => CategoryLexicon.Default.WithCustomCategories(key.Categories.Where(category => !category.IsBuiltIn)));
    }
}
