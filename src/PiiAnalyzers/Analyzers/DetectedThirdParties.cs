using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using PiiAnalyzers.Generation.Model;
using PiiAnalyzers.Inventory;
using PiiAnalyzers.ThirdParties;

namespace PiiAnalyzers.Analyzers;

/// <summary>
/// The rows of the third-party list (第三方SDK目录) that the SDK catalog finds in a compilation, for
/// <see cref="InventoryDocument.DetectedRecipients"/>: every catalog recipient whose client library the compilation can
/// see (an SDK the app embeds belongs in the list even where no personal data was seen passed to it), with the categories
/// of personal data its calls are given and where. A recipient that a member's <c>[SharedWith]</c> names takes that name,
/// so that the list shows one row for it, not "Twilio" and "Twilio SMS".
/// </summary>
public static class DetectedThirdParties
{
    /// <param name="compilation">The compilation, with its analyzer options (the project's <c>pii.third-parties.txt</c>).</param>
    /// <param name="options">The analyzer options; null where there are none.</param>
    /// <param name="projectDirectory">The folder locations are made relative to.</param>
    /// <param name="cancellationToken">Cancels the walk.</param>
    public static EquatableArray<ThirdPartyRecipient> Find(Compilation compilation, AnalyzerOptions? options, string? projectDirectory, CancellationToken cancellationToken = default)
    {
        var visible = ThirdPartyFlows.VisibleRecipients(compilation, options);
        if (visible.IsEmpty)
        {
            return EquatableArray<ThirdPartyRecipient>.Empty;
        }

        var flows = ThirdPartyFlows.Find(compilation, options, cancellationToken);
        return new EquatableArray<ThirdPartyRecipient>(visible.Select(recipient =>
        {
            var sent = flows.Where(flow => string.Equals(flow.Recipient.Id, recipient.Id, StringComparison.Ordinal)).ToList();
            var declaredName = sent
                .SelectMany(flow => flow.Declared)
                .SelectMany(source => source.Member.Recipients)
                .Select(declared => declared.Name.Trim())
                .FirstOrDefault(recipient.IsNamedBy);
            return Row(
                recipient,
                declaredName,
                sent.SelectMany(flow => flow.Sources).Select(source => source.Category),
                sent.Select(flow => Location(flow, projectDirectory)));
        }));
    }

    // The list's row for a catalog recipient: named as a [SharedWith] names it, else by its service; its country unless the
    // provider is chosen at run time.
    private static ThirdPartyRecipient Row(ThirdParty recipient, string? declaredName, IEnumerable<string> categories, IEnumerable<string> locations) =>
        ThirdPartyRecipient.FromCatalog(
            declaredName ?? recipient.Service,
            recipient.Company,
            recipient.IsChosenAtRunTime ? null : recipient.Country,
            categories,
            locations);

    // Where the data enters the call, and what it is: "Notifications/SmsSender.cs:14 (Customer.Phone)".
    private static string Location(ThirdPartyFlow flow, string? projectDirectory)
    {
        var span = flow.Location.GetLineSpan();
        var file = InventoryAssembler.RelativePath(span.Path, projectDirectory);
        var line = (span.StartLinePosition.Line + 1).ToString(CultureInfo.InvariantCulture);
        return $"{file}:{line} ({string.Join(", ", flow.Sources.Select(source => source.DisplayName).Distinct(StringComparer.Ordinal))})";
    }
}
