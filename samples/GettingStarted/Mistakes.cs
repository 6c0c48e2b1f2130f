using System;
using PiiAnalyzers;

namespace GettingStarted;

// Deliberate mistakes: each annotation below is reported as PII0007, an error by default that this sample's
// .editorconfig lowers to a warning so that the sample still builds.
public sealed class NewsletterSubscription
{
    // A misspelt category: the analyzer suggests the id it probably means.
    [PersonalData("contact.emial")]
    public string EmailAddress { get; set; } = "";

    // "forever" is no retention rule: use an event, an ISO 8601 duration such as "P2Y", or both ("account-deleted+P30D").
    [PersonalData(DataCategories.Profile.Nickname)]
    [RetainUntil("forever")]
    public string? DisplayName { get; set; }

    // [Sensitive] on a member that is not marked as personal data says nothing: add [PersonalData] or remove it.
    [Sensitive]
    public DateTimeOffset SubscribedAt { get; set; }
}
