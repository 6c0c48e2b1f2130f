using System.Collections.Immutable;
using System.Linq;
using PiiAnalyzers.Taxonomy;

namespace PiiAnalyzers.Policy;

/// <summary>
/// What a privacy policy says, as <see cref="PolicyReader"/> read it: its sections, the categories its collection
/// section(s) declare, its claims about encryption, retention, sharing and sensitivity, and what kept it from being read.
/// </summary>
public sealed class PolicyDocument
{
    internal PolicyDocument(
        string? path,
        PolicyFormat format,
        ImmutableArray<PolicySection> sections,
        ImmutableArray<DeclaredCategory> categories,
        PolicyClaims claims,
        ImmutableArray<PolicyProblem> problems,
        ImmutableArray<string> notes = default)
    {
        Path = path;
        Format = format;
        Sections = sections;
        Categories = categories;
        Claims = claims;
        Problems = problems;
        Notes = notes.IsDefault ? ImmutableArray<string>.Empty : notes;
    }

    /// <summary>The path the text came from, when the caller gave one; used to guess the format and in messages.</summary>
    public string? Path { get; }

    public PolicyFormat Format { get; }

    /// <summary>The sections in document order; the text before the first heading is a <see cref="PolicySectionKind.Preamble"/>.</summary>
    public ImmutableArray<PolicySection> Sections { get; }

    /// <summary>The categories the collection section(s) declare, in order of first mention, each with its evidence.</summary>
    public ImmutableArray<DeclaredCategory> Categories { get; }

    public PolicyClaims Claims { get; }

    /// <summary>Why the policy could not be read fully (empty, no collection section, a malformed declaration...).</summary>
    public ImmutableArray<PolicyProblem> Problems { get; }

    /// <summary>How the policy was read when it is not the usual way, for people: no collection heading, so the categories
    /// come from collection sentences anywhere.</summary>
    public ImmutableArray<string> Notes { get; }

    /// <summary>Whether the text has nothing but white space (or a structured file declares nothing).</summary>
    public bool IsEmpty => Problems.Any(problem => problem.Kind == PolicyProblemKind.Empty);

    /// <summary>Whether some section says what is collected; without one, nothing is declared (PII0110).</summary>
    public bool HasCollectionSection => Sections.Any(section => section.Kind == PolicySectionKind.Collection);

    /// <summary>Whether the policy declares <paramref name="categoryId"/>, itself or through an ancestor (<c>contact</c> declares <c>contact.phone</c>).</summary>
    public bool Declares(string categoryId) => FindDeclaration(categoryId) is not null;

    /// <summary>The declaration that covers <paramref name="categoryId"/>: the category itself when declared, else its nearest declared ancestor.</summary>
    public DeclaredCategory? FindDeclaration(string categoryId)
    {
        DeclaredCategory? best = null;
        foreach (var declared in Categories)
        {
            if (CategoryTaxonomy.Covers(declared.Id, categoryId) && (best is null || declared.Id.Length > best.Id.Length))
            {
                best = declared;
            }
        }

        return best;
    }
}

/// <summary>How the policy text is written; decides how lines, headings and structure are found.</summary>
public enum PolicyFormat
{
    PlainText,
    Markdown,
    Html,

    /// <summary>A JSON declaration listing category ids and claims.</summary>
    StructuredJson,

    /// <summary>A YAML declaration listing category ids and claims.</summary>
    StructuredYaml,
}

/// <summary>A category a policy declares, with every place that declares it.</summary>
public sealed class DeclaredCategory
{
    internal DeclaredCategory(string id, ImmutableArray<PolicyEvidence> evidence)
    {
        Id = id;
        Evidence = evidence;
    }

    /// <summary>The taxonomy id: a leaf such as <c>contact.phone</c>, or a top-level one such as <c>device</c>.</summary>
    public string Id { get; }

    public ImmutableArray<PolicyEvidence> Evidence { get; }

    public override string ToString() => Id;
}

/// <summary>Where a policy says something: the 1-based line of the original file and the words that say it.</summary>
public readonly record struct PolicyEvidence(int Line, string Text);

/// <summary>A part of the policy under one heading (or the text before the first heading).</summary>
public sealed class PolicySection
{
    internal PolicySection(PolicySectionKind kind, string title, int level, int startLine, int endLine)
    {
        Kind = kind;
        Title = title;
        Level = level;
        StartLine = startLine;
        EndLine = endLine;
    }

    public PolicySectionKind Kind { get; }

    /// <summary>The heading text without its numbering; empty for the preamble.</summary>
    public string Title { get; }

    /// <summary>Nesting depth: 0 for a top-level heading (and the preamble), 1 for its subsections, and so on.</summary>
    public int Level { get; }

    /// <summary>The line of the heading (of the first text for the preamble), 1-based in the original file.</summary>
    public int StartLine { get; }

    /// <summary>The last line with text before the next heading.</summary>
    public int EndLine { get; }

    public override string ToString() => $"{Kind} '{Title}' ({StartLine}-{EndLine})";
}

/// <summary>What a section is about, found from its heading (a subsection with a neutral heading takes its parent's kind).</summary>
public enum PolicySectionKind
{
    /// <summary>The text before the first heading.</summary>
    Preamble,

    /// <summary>What is collected: the only kind of section whose mentions declare categories.</summary>
    Collection,
    Use,
    Cookies,
    Sharing,

    /// <summary>Where and how data is stored and protected.</summary>
    Storage,
    Retention,
    Rights,
    Children,
    Contact,
    Changes,
    Other,
}

/// <summary>Something that kept a policy from being read as a declaration.</summary>
public sealed class PolicyProblem
{
    internal PolicyProblem(PolicyProblemKind kind, int line, string message, string? subject = null)
    {
        Kind = kind;
        Line = line;
        Message = message;
        Subject = subject;
    }

    public PolicyProblemKind Kind { get; }

    /// <summary>The 1-based line the problem is on; 1 for problems of the whole file.</summary>
    public int Line { get; }

    public string Message { get; }

    /// <summary>What the problem is about, when it is one thing: the unknown id of an <see cref="PolicyProblemKind.UnknownCategory"/>.</summary>
    public string? Subject { get; }

    public override string ToString() => $"({Line}): {Message}";
}

public enum PolicyProblemKind
{
    /// <summary>The text is empty or only white space.</summary>
    Empty,

    /// <summary>No section heading says what is collected.</summary>
    NoCollectionSection,

    /// <summary>A structured declaration is not valid JSON or YAML, or has no category list.</summary>
    MalformedDeclaration,

    /// <summary>A structured declaration names an id that is not in the taxonomy.</summary>
    UnknownCategory,
}
