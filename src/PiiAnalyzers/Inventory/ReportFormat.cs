namespace PiiAnalyzers.Inventory;

/// <summary>The formats an inventory report is written in.</summary>
public enum ReportFormat
{
    /// <summary>DESIGN.md section 5's JSON (<see cref="InventoryJson"/>).</summary>
    Json,

    /// <summary>The collection list and the sharing list as Markdown tables.</summary>
    Markdown,

    /// <summary>One row per element, RFC 4180, with a header row.</summary>
    Csv,

    /// <summary>One self-contained page: a summary, then the collection list and the sharing list.</summary>
    Html,
}

/// <summary>The language of a report's headings, labels and category names.</summary>
public enum ReportLanguage
{
    Chinese,
    English,
}
