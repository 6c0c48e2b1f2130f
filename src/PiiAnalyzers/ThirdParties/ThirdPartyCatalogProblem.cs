namespace PiiAnalyzers.ThirdParties;

/// <summary>A row of a catalog file that cannot be read: its line (1-based), the line's text and what is wrong.</summary>
public sealed class ThirdPartyCatalogProblem
{
    public ThirdPartyCatalogProblem(int line, string text, string message)
    {
        Line = line;
        Text = text;
        Message = message;
    }

    public int Line { get; }

    public string Text { get; }

    public string Message { get; }

    public override string ToString() => $"line {Line}: {Message}";
}
