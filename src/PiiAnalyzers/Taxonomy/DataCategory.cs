namespace PiiAnalyzers.Taxonomy;

/// <summary>One category of the data taxonomy: a built-in one from DESIGN.md section 3, or a custom one an assembly declares.</summary>
public sealed class DataCategory
{
    public DataCategory(string id, string chineseName, string englishName, bool isSensitive, bool isBuiltIn)
    {
        Id = id;
        ChineseName = chineseName;
        EnglishName = englishName;
        IsSensitive = isSensitive;
        IsBuiltIn = isBuiltIn;
        var dot = id.LastIndexOf('.');
        ParentId = dot < 0 ? null : id.Substring(0, dot);
    }

    /// <summary>The hierarchical id, such as <c>contact.phone</c>.</summary>
    public string Id { get; }

    /// <summary>The id of the enclosing category (<c>contact</c> for <c>contact.phone</c>), or null for a top-level one.</summary>
    public string? ParentId { get; }

    public string ChineseName { get; }

    public string EnglishName { get; }

    /// <summary>Whether data of this category is sensitive personal information (PIPL Art. 28, GDPR Art. 9).</summary>
    public bool IsSensitive { get; }

    public bool IsBuiltIn { get; }

    public override string ToString() => Id;
}
