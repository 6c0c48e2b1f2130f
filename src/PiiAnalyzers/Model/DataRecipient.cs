namespace PiiAnalyzers.Model;

/// <summary>A third party that receives personal data, from <c>[SharedWith]</c>.</summary>
public sealed class DataRecipient
{
    public DataRecipient(string name, string? purpose)
    {
        Name = name;
        Purpose = purpose;
    }

    public string Name { get; }

    public string? Purpose { get; }
}
