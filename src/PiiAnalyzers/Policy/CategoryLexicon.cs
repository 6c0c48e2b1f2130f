using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text;
using PiiAnalyzers.Policy.Lexicons;
using PiiAnalyzers.Taxonomy;

namespace PiiAnalyzers.Policy;

/// <summary>A category named in a text: which id, where, and the words that name it.</summary>
public readonly record struct CategoryMention(string CategoryId, int Start, int Length, string Text);

/// <summary>
/// Maps the words policies use ("手机号码", "预留手机号", "IMEI", "device identifiers", "联系方式") to taxonomy ids,
/// matching the longest phrase first: "电子邮箱地址" is one email address, not an email and an address.
/// </summary>
public sealed class CategoryLexicon
{
    private readonly PhraseMatcher<string?> _matcher;
    private readonly ImmutableDictionary<string, ImmutableArray<string>> _phrasesById;

    private CategoryLexicon(IEnumerable<(string? Id, string Phrase)> phrases)
    {
        _matcher = new PhraseMatcher<string?>();
        var byId = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var (id, phrase) in phrases)
        {
            _matcher.Add(phrase, id);
            if (id is not null)
            {
                if (!byId.TryGetValue(id, out var list))
                {
                    byId[id] = list = new List<string>();
                }

                list.Add(phrase);
            }
        }

        _phrasesById = byId.ToImmutableDictionary(pair => pair.Key, pair => pair.Value.ToImmutableArray(), StringComparer.Ordinal);
    }

    private const string NoKind = "-";

    // Wordings that name no kind of personal information ("您的个人信息", "相关信息"): Lexicons/<language>.generic-data.txt.
    private static readonly HashSet<string> GenericWordings = new(
        LexiconResource.Languages.SelectMany(language => LexiconResource.ReadLines(language + ".generic-data.txt")).Select(Normalize),
        StringComparer.Ordinal);

    /// <summary>The built-in lexicon for every category of DESIGN.md section 3.</summary>
    public static CategoryLexicon Default { get; } = new(ReadRows());

    /// <summary>This lexicon plus the names of custom categories (<c>[assembly: PersonalDataCategory(...)]</c>).</summary>
    public CategoryLexicon WithCustomCategories(IEnumerable<DataCategory> categories)
    {
        var phrases = new List<(string? Id, string Phrase)>();
        foreach (var category in categories)
        {
            foreach (var name in new[] { category.ChineseName, category.EnglishName })
            {
                foreach (var phrase in name.Split(new[] { ',', '、', '，' }, StringSplitOptions.RemoveEmptyEntries))
                {
                    if (phrase.Trim().Length > 0)
                    {
                        phrases.Add((category.Id, phrase.Trim()));
                    }
                }
            }
        }

        // Custom names come first, so that they win over a built-in phrase spelt the same.
        return phrases.Count == 0 ? this : new CategoryLexicon(phrases.Concat(ReadRows()));
    }

    /// <summary>
    /// Whether <paramref name="mention"/>, as a whole, refers to personal information without naming a kind of it
    /// ("您的个人信息", "相关信息", "personal data"); case, white space and Markdown emphasis are ignored.
    /// </summary>
    public static bool NamesNoKind(string mention) => GenericWordings.Contains(Normalize(mention));

    /// <summary>The text case-folded (as phrases match), without white space or Markdown '*': "设备 **ID**" is "设备id".</summary>
    public static string Normalize(string text)
    {
        var normalized = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (!char.IsWhiteSpace(c) && c != '*')
            {
                normalized.Append(PhraseMatcher<string?>.Fold(c));
            }
        }

        return normalized.ToString();
    }

    /// <summary>The phrases that name <paramref name="categoryId"/>; empty for an id the lexicon does not know.</summary>
    public ImmutableArray<string> PhrasesFor(string categoryId) =>
        _phrasesById.TryGetValue(categoryId, out var phrases) ? phrases : ImmutableArray<string>.Empty;

    /// <summary>Every category the text names, left to right, each the longest phrase at its position.</summary>
    public ImmutableArray<CategoryMention> FindMentions(string text) => FindMentions(text, 0, text.Length);

    internal ImmutableArray<CategoryMention> FindMentions(string text, int start, int end)
    {
        // The reader asks for every sentence, and most name no data: those allocate nothing.
        ImmutableArray<CategoryMention>.Builder? mentions = null;
        foreach (var match in _matcher.Matches(text, start, end))
        {
            if (match.Value is { } id)
            {
                mentions ??= ImmutableArray.CreateBuilder<CategoryMention>(initialCapacity: 4);
                mentions.Add(new CategoryMention(id, match.Start, match.Length, text.Substring(match.Start, match.Length)));
            }
        }

        return mentions is null ? ImmutableArray<CategoryMention>.Empty
            : mentions.Count == mentions.Capacity ? mentions.MoveToImmutable() : mentions.ToImmutable();
    }

    // Lexicons/<language>.categories.txt: "id: phrase|phrase", "-" for phrases that name no kind but block a shorter
    // match; then the generic wordings ("您的个人信息", "相关信息"), which name no kind either.
    private static IEnumerable<(string? Id, string Phrase)> ReadRows()
    {
        foreach (var (id, phrases) in LexiconResource.ReadKeyedPhrases("categories"))
        {
            foreach (var phrase in phrases)
            {
                yield return (id == NoKind ? null : id, phrase);
            }
        }

        foreach (var language in LexiconResource.Languages)
        {
            foreach (var wording in LexiconResource.ReadLines(language + ".generic-data.txt"))
            {
                yield return (null, wording);
            }
        }
    }
}
