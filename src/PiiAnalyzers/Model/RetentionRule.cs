using System;
using System.Collections.Immutable;

namespace PiiAnalyzers.Model;

/// <summary>
/// A parsed <c>[RetainUntil]</c> rule: an event, an ISO 8601 duration, or a duration counted from an event
/// (<c>account-deleted</c>, <c>P180D</c>, <c>account-deleted+P3D</c>).
/// </summary>
public sealed class RetentionRule
{
    /// <summary>The events a rule may name; the same strings as <c>PiiAnalyzers.RetentionEvents</c>.</summary>
    public static ImmutableArray<string> KnownEvents { get; } = ImmutableArray.Create(
        "account-deleted",
        "purpose-fulfilled",
        "consent-withdrawn",
        "session-ended",
        NotStoredEvent);

    public const string NotStoredEvent = "not-stored";

    private RetentionRule(string text, string? eventName, IsoDuration? duration)
    {
        Text = text;
        Event = eventName;
        Duration = duration;
    }

    /// <summary>The rule as written.</summary>
    public string Text { get; }

    /// <summary>The event the data is kept until (or counted from, when there is a duration too).</summary>
    public string? Event { get; }

    /// <summary>How long the data is kept, from collection or from <see cref="Event"/>.</summary>
    public IsoDuration? Duration { get; }

    /// <summary>Whether the rule says the data is never stored.</summary>
    public bool IsNotStored => Event == NotStoredEvent;

    public static bool TryParse(string? text, out RetentionRule? rule)
    {
        rule = null;
        if (text is null)
        {
            return false;
        }

        var trimmed = text.Trim();
        var plus = trimmed.IndexOf('+');
        var eventPart = plus < 0 ? trimmed : trimmed.Substring(0, plus);
        var durationPart = plus < 0 ? null : trimmed.Substring(plus + 1);

        if (plus < 0 && IsoDuration.TryParse(trimmed, out var onlyDuration))
        {
            rule = new RetentionRule(text, eventName: null, onlyDuration);
            return true;
        }

        if (!KnownEvents.Contains(eventPart))
        {
            return false;
        }

        if (durationPart is null)
        {
            rule = new RetentionRule(text, eventPart, duration: null);
            return true;
        }

        // Data that is never stored cannot be kept for a while after anything.
        if (eventPart == NotStoredEvent || !IsoDuration.TryParse(durationPart, out var duration))
        {
            return false;
        }

        rule = new RetentionRule(text, eventPart, duration);
        return true;
    }

    public override string ToString() => Text;
}

/// <summary>An ISO 8601 duration (<c>PnYnMnWnDTnHnMnS</c>), each component a whole number.</summary>
public readonly struct IsoDuration : IEquatable<IsoDuration>
{
    private IsoDuration(int years, int months, int weeks, int days, int hours, int minutes, int seconds)
    {
        Years = years;
        Months = months;
        Weeks = weeks;
        Days = days;
        Hours = hours;
        Minutes = minutes;
        Seconds = seconds;
    }

    public int Years { get; }

    public int Months { get; }

    public int Weeks { get; }

    public int Days { get; }

    public int Hours { get; }

    public int Minutes { get; }

    public int Seconds { get; }

    /// <summary>
    /// Parses a duration such as <c>P180D</c>, <c>P1Y6M</c> or <c>PT12H</c>: at least one component, date components in the
    /// order Y, M, W, D, time components after <c>T</c> in the order H, M, S.
    /// </summary>
    public static bool TryParse(string text, out IsoDuration duration)
    {
        duration = default;
        if (text.Length < 3 || text[0] != 'P')
        {
            return false;
        }

        var values = new int[7];
        const string DateDesignators = "YMWD";
        const string TimeDesignators = "HMS";
        var inTime = false;
        var nextSlot = 0;
        var components = 0;
        var index = 1;
        while (index < text.Length)
        {
            if (text[index] == 'T')
            {
                if (inTime || index == text.Length - 1)
                {
                    return false;
                }

                inTime = true;
                nextSlot = DateDesignators.Length;
                index++;
                continue;
            }

            var start = index;
            long value = 0;
            while (index < text.Length && text[index] is >= '0' and <= '9')
            {
                value = (value * 10) + (text[index] - '0');
                if (value > int.MaxValue)
                {
                    return false;
                }

                index++;
            }

            if (index == start || index == text.Length)
            {
                return false;
            }

            var designators = inTime ? TimeDesignators : DateDesignators;
            var offset = inTime ? DateDesignators.Length : 0;
            var slot = designators.IndexOf(text[index]);
            if (slot < 0 || slot + offset < nextSlot)
            {
                return false;
            }

            values[slot + offset] = (int)value;
            nextSlot = slot + offset + 1;
            components++;
            index++;
        }

        if (components == 0 || (inTime && nextSlot <= DateDesignators.Length))
        {
            return false;
        }

        duration = new IsoDuration(values[0], values[1], values[2], values[3], values[4], values[5], values[6]);
        return true;
    }

    public bool Equals(IsoDuration other) =>
        Years == other.Years && Months == other.Months && Weeks == other.Weeks && Days == other.Days
        && Hours == other.Hours && Minutes == other.Minutes && Seconds == other.Seconds;

    public override bool Equals(object? obj) => obj is IsoDuration other && Equals(other);

    public override int GetHashCode() =>
        (((((((Years * 397) ^ Months) * 397) ^ Weeks) * 397 ^ Days) * 397 ^ Hours) * 397 ^ Minutes) * 397 ^ Seconds;
}
