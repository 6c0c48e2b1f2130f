using PiiAnalyzers.Model;

namespace PiiAnalyzers.Tests.Model;

public class RetentionRuleTests
{
    [Theory]
    [InlineData("account-deleted")]
    [InlineData("purpose-fulfilled")]
    [InlineData("consent-withdrawn")]
    [InlineData("session-ended")]
    public void Event_Alone(string text)
    {
        Assert.True(RetentionRule.TryParse(text, out var rule));
        Assert.NotNull(rule);
        Assert.Equal(text, rule.Text);
        Assert.Equal(text, rule.Event);
        Assert.Null(rule.Duration);
        Assert.False(rule.IsNotStored);
        Assert.Equal(text, rule.ToString());
    }

    [Fact]
    public void NotStored()
    {
        Assert.True(RetentionRule.TryParse("not-stored", out var rule));
        Assert.NotNull(rule);
        Assert.Equal("not-stored", rule.Event);
        Assert.Null(rule.Duration);
        Assert.True(rule.IsNotStored);
        Assert.Equal(RetentionRule.NotStoredEvent, rule.Event);
    }

    [Fact]
    public void KnownEvents_MatchTheAttributesConstants()
    {
        var constants = typeof(RetentionEvents).GetFields()
            .Where(field => field.IsLiteral)
            .Select(field => (string)field.GetRawConstantValue()!)
            .OrderBy(value => value, StringComparer.Ordinal);

        Assert.Equal(constants, RetentionRule.KnownEvents.OrderBy(value => value, StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("P180D", 0, 0, 0, 180, 0, 0, 0)]
    [InlineData("P1Y6M", 1, 6, 0, 0, 0, 0, 0)]
    [InlineData("PT12H", 0, 0, 0, 0, 12, 0, 0)]
    [InlineData("P1W", 0, 0, 1, 0, 0, 0, 0)]
    [InlineData("P0D", 0, 0, 0, 0, 0, 0, 0)]
    [InlineData("PT30M", 0, 0, 0, 0, 0, 30, 0)]
    [InlineData("P1M", 0, 1, 0, 0, 0, 0, 0)]
    [InlineData("PT45S", 0, 0, 0, 0, 0, 0, 45)]
    [InlineData("P1DT12H", 0, 0, 0, 1, 12, 0, 0)]
    [InlineData("P1Y2M3W4DT5H6M7S", 1, 2, 3, 4, 5, 6, 7)]
    [InlineData("P2147483647D", 0, 0, 0, int.MaxValue, 0, 0, 0)]
    public void Duration_Alone(string text, int years, int months, int weeks, int days, int hours, int minutes, int seconds)
    {
        Assert.True(RetentionRule.TryParse(text, out var rule));
        Assert.NotNull(rule);
        Assert.Null(rule.Event);
        Assert.False(rule.IsNotStored);
        Assert.NotNull(rule.Duration);
        AssertDuration(rule.Duration.Value, years, months, weeks, days, hours, minutes, seconds);

        Assert.True(IsoDuration.TryParse(text, out var duration));
        Assert.Equal(rule.Duration.Value, duration);
    }

    [Theory]
    [InlineData("account-deleted+P3D", "account-deleted", 0, 3, 0)]
    [InlineData("purpose-fulfilled+P1Y", "purpose-fulfilled", 1, 0, 0)]
    [InlineData("consent-withdrawn+PT24H", "consent-withdrawn", 0, 0, 24)]
    public void EventPlusDuration(string text, string expectedEvent, int years, int days, int hours)
    {
        Assert.True(RetentionRule.TryParse(text, out var rule));
        Assert.NotNull(rule);
        Assert.Equal(text, rule.Text);
        Assert.Equal(expectedEvent, rule.Event);
        Assert.NotNull(rule.Duration);
        AssertDuration(rule.Duration.Value, years, 0, 0, days, hours, 0, 0);
        Assert.False(rule.IsNotStored);
    }

    [Fact]
    public void SurroundingWhitespace_IsTolerated_AndTextKeptAsWritten()
    {
        Assert.True(RetentionRule.TryParse(" P3D ", out var duration));
        Assert.NotNull(duration);
        Assert.Equal(" P3D ", duration.Text);
        Assert.Equal(3, duration.Duration?.Days);

        Assert.True(RetentionRule.TryParse("  account-deleted+P3D\t", out var both));
        Assert.NotNull(both);
        Assert.Equal("account-deleted", both.Event);
        Assert.Equal(3, both.Duration?.Days);
    }

    [Theory]
    [InlineData("forever")]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("P")]
    [InlineData("PT")]
    [InlineData("P1DT")]
    [InlineData("P1H")]
    [InlineData("P1D1Y")]
    [InlineData("PT1H1H")]
    [InlineData("PT1S1M")]
    [InlineData("P1Y1Y")]
    [InlineData("PT1D")]
    [InlineData("P1DT1H1D")]
    [InlineData("PTT1H")]
    [InlineData("P1")]
    [InlineData("PD")]
    [InlineData("P1.5D")]
    [InlineData("p3d")]
    [InlineData("3D")]
    [InlineData("P-1D")]
    [InlineData("P+1D")]
    [InlineData("P99999999999D")]
    [InlineData("P2147483648D")]
    [InlineData("P 3D")]
    [InlineData("not-stored+P3D")]
    [InlineData("account-deleted+")]
    [InlineData("+P3D")]
    [InlineData("account-deleted+forever")]
    [InlineData("account-deleted+P3D+P1D")]
    [InlineData("account-deleted + P3D")]
    [InlineData("P3D+account-deleted")]
    [InlineData("Account-Deleted")]
    [InlineData("account_deleted")]
    [InlineData("account-deleted+account-deleted")]
    public void Invalid(string text)
    {
        Assert.False(RetentionRule.TryParse(text, out var rule));
        Assert.Null(rule);
    }

    [Fact]
    public void Null_IsInvalid()
    {
        Assert.False(RetentionRule.TryParse(null, out var rule));
        Assert.Null(rule);
    }

    [Theory]
    [InlineData("")]
    [InlineData("P")]
    [InlineData("PT")]
    [InlineData("P1DT")]
    [InlineData("P1H")]
    [InlineData("P1D1Y")]
    [InlineData("P-1D")]
    [InlineData("P99999999999D")]
    [InlineData(" P3D")]
    [InlineData("account-deleted")]
    public void IsoDuration_Invalid(string text)
    {
        Assert.False(IsoDuration.TryParse(text, out var duration));
        Assert.Equal(default, duration);
    }

    [Fact]
    public void IsoDuration_Equality()
    {
        Assert.True(IsoDuration.TryParse("P1Y6M", out var first));
        Assert.True(IsoDuration.TryParse("P1Y6M", out var second));
        Assert.True(IsoDuration.TryParse("P18M", out var months));
        Assert.True(IsoDuration.TryParse("P7D", out var days));
        Assert.True(IsoDuration.TryParse("P1W", out var week));

        Assert.Equal(first, second);
        Assert.Equal(first.GetHashCode(), second.GetHashCode());
        Assert.True(first.Equals((object)second));

        // Components are kept as written, not normalized: 18 months is not 1 year 6 months, 7 days is not 1 week.
        Assert.NotEqual(first, months);
        Assert.NotEqual(days, week);
        Assert.False(first.Equals("P1Y6M"));
    }

    private static void AssertDuration(IsoDuration duration, int years, int months, int weeks, int days, int hours, int minutes, int seconds)
    {
        Assert.Equal(
            (years, months, weeks, days, hours, minutes, seconds),
            (duration.Years, duration.Months, duration.Weeks, duration.Days, duration.Hours, duration.Minutes, duration.Seconds));
    }
}
