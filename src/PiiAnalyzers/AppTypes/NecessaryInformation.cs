using System;
using System.Collections.Immutable;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;

namespace PiiAnalyzers.AppTypes;

/// <summary>
/// The necessary personal information of the 39 common types of mobile apps, as data: <c>necessary-information.txt</c>,
/// embedded in the assembly (its header cites the source and describes the format; docs/necessary-information.md lists it).
/// </summary>
public static class NecessaryInformation
{
    /// <summary>The logical name of the embedded table.</summary>
    internal const string ResourceName = "PiiAnalyzers.AppTypes.necessary-information.txt";

    private const string TypeSuffix = "类";

    private static readonly Lazy<ImmutableArray<AppType>> BuiltIn = new(ReadBuiltIn);

    /// <summary>The 39 app types, in the regulation's order.</summary>
    public static ImmutableArray<AppType> AppTypes => BuiltIn.Value;

    /// <summary>
    /// The app type a <c>pii_app_type</c> value names: its id (case ignored), its number (<c>6</c>) or its Chinese name
    /// with or without the final 类 (<c>网上购物类</c>, <c>网上购物</c>); null when none does.
    /// </summary>
    public static AppType? Find(string value)
    {
        var text = value.Trim();
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
        {
            return AppTypes.FirstOrDefault(type => type.Number == number);
        }

        return AppTypes.FirstOrDefault(type =>
            string.Equals(type.Id, text, StringComparison.OrdinalIgnoreCase)
            || type.ChineseName == text
            || type.ChineseName == text + TypeSuffix);
    }

    private static ImmutableArray<AppType> ReadBuiltIn()
    {
        using var stream = typeof(NecessaryInformation).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException(ResourceName + " is not embedded in the analyzer assembly.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return NecessaryInformationReader.Read(reader.ReadToEnd());
    }
}
