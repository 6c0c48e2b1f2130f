using System.Globalization;

namespace PiiAnalyzers.Policy.Claims;

/// <summary>Durations as retention claims write them: "3个工作日内", "三年", "半年", "180 days", "two years".</summary>
internal static class Durations
{
    // How far after a number its unit may start, fillers included ("3 个 工作日", "30 calendar days").
    private const int UnitReach = 16;

    private static readonly PhraseMatcher<char> Units = CreateUnits();
    private static readonly PhraseMatcher<bool> Fillers = ClaimWords.Matcher("durations", "filler");
    private static readonly PhraseMatcher<bool> HalfYear = ClaimWords.Matcher("durations", "half-year");
    private static readonly PhraseMatcher<int> NumberWords = CreateNumberWords();
    private static readonly string DateParts = string.Concat(ClaimWords.Group("durations", "date-part"));

    /// <summary>The first duration in the sentence as ISO 8601 (<c>P15D</c>, <c>P6M</c>, <c>PT12H</c>), or null.</summary>
    public static string? Find(string text, TextSpan sentence)
    {
        for (var i = sentence.Start; i < sentence.End; i++)
        {
            var c = text[i];
            if (HalfYear.TryMatchAt(text, i, sentence.End, out _))
            {
                return "P6M";
            }

            if (!IsNumeral(c) || (i > sentence.Start && IsNumeral(text[i - 1])))
            {
                if (char.IsLetter(c) && (i == sentence.Start || !char.IsLetter(text[i - 1]))
                    && NumberWords.TryMatchAt(text, i, sentence.End, out var word)
                    && UnitAfter(text, i + word.Length, sentence.End) is { } wordUnit)
                {
                    return Iso(word.Value, wordUnit);
                }

                continue;
            }

            var end = i;
            while (end < sentence.End && end - i < 6 && IsNumeral(text[end]))
            {
                end++;
            }

            var value = HeadingNumbering.ParseNumber(text.Substring(i, end - i));
            // "2021年" is a date, not a duration, and so is the month and day after it ("2021年10月1日").
            if (value is > 0 and < 1000 && UnitAfter(text, end, sentence.End) is { } unit && !(unit == 'Y' && value > 100) && !IsInDate(text, sentence, i))
            {
                return Iso(value, unit);
            }

            i = end - 1;
        }

        return null;
    }

    // A number right after a year ("2020年10月") or a month ("10月1日") is part of a date.
    // A number after a dot ("1.2.1 日志信息") numbers a section.
    private static bool IsInDate(string text, TextSpan sentence, int number) =>
        number > sentence.Start && (DateParts.IndexOf(text[number - 1]) >= 0 || text[number - 1] == '.');

    private static bool IsNumeral(char c) => char.IsDigit(c) || HeadingNumbering.IsChineseNumeral(c);

    private static string Iso(int value, char unit) =>
        unit == 'H' ? "PT" + value.ToString(CultureInfo.InvariantCulture) + "H" : "P" + value.ToString(CultureInfo.InvariantCulture) + unit;

    // The unit right after a number, past white space and fillers ("个", "working").
    private static char? UnitAfter(string text, int position, int end)
    {
        var limit = System.Math.Min(end, position + UnitReach);
        while (position < limit)
        {
            if (text[position] is ' ' or '\u00A0')
            {
                position++;
            }
            else if (Units.TryMatchAt(text, position, limit, out var unit))
            {
                return unit.Value;
            }
            else if (Fillers.TryMatchAt(text, position, limit, out var filler))
            {
                position += filler.Length;
            }
            else
            {
                return null;
            }
        }

        return null;
    }

    private static PhraseMatcher<char> CreateUnits()
    {
        var matcher = new PhraseMatcher<char>();
        foreach (var unit in new[] { 'D', 'W', 'M', 'Y', 'H' })
        {
            foreach (var phrase in ClaimWords.Group("durations", "unit-" + unit))
            {
                matcher.Add(phrase, unit);
            }
        }

        return matcher;
    }

    private static PhraseMatcher<int> CreateNumberWords()
    {
        const string Prefix = "number-";
        var matcher = new PhraseMatcher<int>();
        foreach (var (group, phrases) in ClaimWords.Groups("durations"))
        {
            if (group.StartsWith(Prefix, System.StringComparison.Ordinal)
                && int.TryParse(group.Substring(Prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var value))
            {
                foreach (var phrase in phrases)
                {
                    matcher.Add(phrase, value);
                }
            }
        }

        return matcher;
    }
}
