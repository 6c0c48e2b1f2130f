using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;

namespace PiiAnalyzers.Discovery;

/// <summary>
/// Says which category of personal data a member name suggests, from <see cref="DiscoveryVocabulary"/>.
/// <para>
/// A name's last words say what it is (<c>EmailTemplate</c> is a template, <c>PasswordPolicy</c> a policy), so a term must
/// end the name, give or take words that do not change what the value is (<c>PhoneNumber</c>, <c>IdCardNo</c>,
/// <c>AddressLine1</c>, plurals). When several terms end it, the one that starts earliest wins (<c>EmailAddress</c> is an
/// email, not an address); the words before that term then decide whether it is personal (see <see cref="TermStrength"/>).
/// </para>
/// Immutable and thread-safe.
/// </summary>
public sealed class PersonalDataNameMatcher
{
    private readonly Dictionary<string, VocabularyTerm> _terms;

    private PersonalDataNameMatcher(Dictionary<string, VocabularyTerm> terms)
    {
        _terms = terms;
    }

    /// <summary>The built-in vocabulary.</summary>
    public static PersonalDataNameMatcher Default { get; } = Create(DiscoveryVocabulary.Terms);

    /// <summary>A matcher over these terms; a later term with the same words replaces an earlier one.</summary>
    public static PersonalDataNameMatcher Create(IEnumerable<VocabularyTerm> terms)
    {
        var byKey = new Dictionary<string, VocabularyTerm>(StringComparer.Ordinal);
        foreach (var term in terms)
        {
            if (term.Key.Length > 0)
            {
                byKey[term.Key] = term;
            }
        }

        return new PersonalDataNameMatcher(byKey);
    }

    /// <summary>This matcher with more terms (a team's own words, from <c>.editorconfig</c>); theirs win over built-in ones.</summary>
    public PersonalDataNameMatcher WithTerms(IEnumerable<VocabularyTerm> terms)
    {
        var added = terms.Where(term => term.Key.Length > 0).ToList();
        if (added.Count == 0)
        {
            return this;
        }

        var byKey = new Dictionary<string, VocabularyTerm>(_terms, StringComparer.Ordinal);
        foreach (var term in added)
        {
            byKey[term.Key] = term;
        }

        return new PersonalDataNameMatcher(byKey);
    }

    /// <summary>Whether a type of this name holds configuration (<c>SmtpOptions</c>), whose members are not reported.</summary>
    public static bool IsConfigurationType(string? typeName)
    {
        var words = NameSplitter.Split(typeName);
        var end = words.Length;
        while (end > 1 && DiscoveryVocabulary.ConfigurationWrapperWords.Contains(words[end - 1]))
        {
            end--;
            if (words[end] == "model" && end > 1 && words[end - 1] == "view")
            {
                end--;
            }
        }

        return end > 0 && DiscoveryVocabulary.ConfigurationTypeWords.Contains(words[end - 1]);
    }

    /// <summary>
    /// Whether a member of a type that is personal by nature (<see cref="PersonalTypes"/>) holds someone's data: not when its
    /// name says it is a machine's or a service's (<c>IPAddress BindAddress</c>, <c>MailAddress SupportSender</c>), nor when
    /// a business or a machine declares it and the name names no person (<c>Server.Address</c>).
    /// </summary>
    /// <param name="categoryId">The category of the member's type.</param>
    /// <param name="memberName">The field, property or parameter name.</param>
    /// <param name="containingTypeName">The name of the type that declares it; null when unknown.</param>
    public static bool AcceptsPersonalType(string categoryId, string? memberName, string? containingTypeName) =>
        AssessPersonalType(categoryId, memberName, containingTypeName) is not null;

    /// <summary>
    /// As <see cref="AcceptsPersonalType"/>, with how sure it is: high when the member's or the type's name names a person,
    /// medium when neither says whose the value is.
    /// </summary>
    /// <param name="categoryId">The category of the member's type.</param>
    /// <param name="memberName">The field, property or parameter name.</param>
    /// <param name="containingTypeName">The name of the type that declares it; null when unknown.</param>
    public static DiscoveryConfidence? AssessPersonalType(string categoryId, string? memberName, string? containingTypeName)
    {
        var words = NameSplitter.Split(memberName);
        if (words.Any(word => IsNegative(word, categoryId, term: null)))
        {
            return null;
        }

        var containerWords = NameSplitter.Split(containingTypeName);
        var container = OwnerWords.KindOf(containerWords);
        if (container == OwnerKind.Service)
        {
            return null;
        }

        if (OwnerWords.NamesPerson(words) || words.Any(PersonalTypes.ClientWords.Contains) || container == OwnerKind.Person)
        {
            return DiscoveryConfidence.High;
        }

        return container is OwnerKind.Neutral or OwnerKind.Thing
            && !(DiscoveryVocabulary.CategoryNegatives.TryGetValue(categoryId, out var negatives) && containerWords.Any(negatives.Contains))
            ? DiscoveryConfidence.Medium
            : null;
    }

    /// <summary>
    /// As <see cref="AssessPersonalType"/>, for a type that is personal only when it is the other party's
    /// (<see cref="PersonalTypes.PartyCategories"/>): null unless the member's name says so (<c>RemoteEndPoint</c>,
    /// <c>ClientEndPoint</c>, <c>UserEndPoint</c>), and not a local or a server's one.
    /// </summary>
    /// <param name="categoryId">The category of the member's type.</param>
    /// <param name="memberName">The field, property or parameter name.</param>
    /// <param name="containingTypeName">The name of the type that declares it; null when unknown.</param>
    public static DiscoveryConfidence? AssessPartyType(string categoryId, string? memberName, string? containingTypeName)
    {
        var words = NameSplitter.Split(memberName);
        return words.Any(word => PersonalTypes.PartyWords.Contains(word) || PersonalTypes.ClientWords.Contains(word)) || OwnerWords.NamesPerson(words)
            ? AssessPersonalType(categoryId, memberName, containingTypeName)
            : null;
    }

    /// <summary>
    /// The term a member name matches and that makes it personal data, or null.
    /// </summary>
    /// <param name="memberName">The field, property or parameter name.</param>
    /// <param name="containingTypeName">The name of the type that declares it, which tells whose data it is; null when unknown.</param>
    public VocabularyTerm? Match(string? memberName, string? containingTypeName) => Assess(memberName, containingTypeName)?.Term;

    /// <summary>
    /// The term a member name matches and how sure the match is that the value is someone's data, or null when the name
    /// does not look like personal data.
    /// </summary>
    /// <param name="memberName">The field, property or parameter name.</param>
    /// <param name="containingTypeName">The name of the type that declares it, which tells whose data it is; null when unknown.</param>
    public NameMatch? Assess(string? memberName, string? containingTypeName) => Assess(memberName, containingTypeName, ImmutableHashSet<string>.Empty);

    /// <summary>
    /// As <see cref="Assess(string?, string?)"/>, with the words of the names of the other members the type declares, which
    /// can say what a term needs (<see cref="VocabularyTerm.ContextWords"/>): a <c>SecurityNumber</c> beside a
    /// <c>CardNumber</c> is the card's.
    /// </summary>
    /// <param name="memberName">The field, property or parameter name.</param>
    /// <param name="containingTypeName">The name of the type that declares it; null when unknown.</param>
    /// <param name="siblingWords">The words of the names of the type's other members; empty when unknown.</param>
    public NameMatch? Assess(string? memberName, string? containingTypeName, ImmutableHashSet<string> siblingWords)
    {
        var words = NameSplitter.Split(memberName);
        if (words.Length == 0)
        {
            return null;
        }

        var starts = new int[words.Length + 1];
        for (var i = 0; i < words.Length; i++)
        {
            starts[i + 1] = starts[i] + words[i].Length;
        }

        var joined = string.Concat(words);
        VocabularyTerm? best = null;
        var bestStart = int.MaxValue;
        var bestEnd = -1;

        // Candidate ends: the whole name, then the name without each trailing word that does not change what it is.
        for (var end = words.Length; end >= 1; end--)
        {
            if (end < words.Length && !IsTransparent(words[end]))
            {
                break;
            }

            for (var start = 0; start < end && start <= bestStart; start++)
            {
                var candidate = joined.Substring(starts[start], starts[end] - starts[start]);
                var term = Lookup(candidate, allowPlural: end == words.Length);
                if (term is not null && (start < bestStart || (start == bestStart && end > bestEnd)))
                {
                    best = term;
                    bestStart = start;
                    bestEnd = end;
                }
            }
        }

        if (best is null)
        {
            return null;
        }

        var modifiers = words.Take(bestStart).ToArray();
        var confidence = Accepts(best, modifiers, NameSplitter.Split(containingTypeName), siblingWords);
        if (confidence is null)
        {
            return null;
        }

        // PasswordHash, EncryptedPhone, MaskedCardNo: the name says the value is already protected; still worth annotating,
        // but not a value to assume leaks in the clear.
        return new NameMatch(best, words.Any(DiscoveryVocabulary.ProtectionWords.Contains) ? DiscoveryConfidence.Low : confidence.Value);
    }

    private VocabularyTerm? Lookup(string candidate, bool allowPlural)
    {
        if (_terms.TryGetValue(candidate, out var term))
        {
            return term;
        }

        if (!allowPlural || candidate.Length < 3 || candidate[candidate.Length - 1] != 's')
        {
            return null;
        }

        if (_terms.TryGetValue(candidate.Substring(0, candidate.Length - 1), out term))
        {
            return term;
        }

        return candidate.EndsWith("es", StringComparison.Ordinal) && _terms.TryGetValue(candidate.Substring(0, candidate.Length - 2), out term)
            ? term
            : null;
    }

    // Null when the words say the value is not personal; otherwise how sure the name is that it is.
    private static DiscoveryConfidence? Accepts(
        VocabularyTerm term,
        string[] modifiers,
        IReadOnlyList<string> containerWords,
        ImmutableHashSet<string> siblingWords)
    {
        if (HasNegativeModifier(term, modifiers))
        {
            return null;
        }

        // The type's name can say whose the value is too: Store.Phone, GiftCard.CardNumber, DbConnection.Password, TaxRate.ZipCode.
        // A place the name says someone lives at or receives things at is a person's in any but a business's type
        // (ShippingPriceRequest.ShippingAddress).
        var namesPerson = OwnerWords.NamesPerson(modifiers);
        var namesPersonalPlace = DiscoveryVocabulary.OwnerDependentCategories.Contains(term.CategoryId)
            && OwnerWords.ContainsSpan(modifiers.Concat(term.Words).ToList(), DiscoveryVocabulary.PersonalPlaceWords);
        var container = OwnerWords.KindOf(containerWords);
        if (container == OwnerKind.Service)
        {
            return null;
        }

        if (!namesPerson
            && (container == OwnerKind.Business
                || (container != OwnerKind.Person
                    && !namesPersonalPlace
                    && DiscoveryVocabulary.CategoryNegatives.TryGetValue(term.CategoryId, out var negatives)
                    && containerWords.Any(negatives.Contains))))
        {
            return null;
        }

        // ScheduledTask.Name, CustomerGroup.FullName, DeviceProfile.DisplayName: the thing's name, unless the member's own
        // name says it is a person's (Task.OwnerName, Group.ContactName).
        if (container == OwnerKind.Thing
            && DiscoveryVocabulary.ThingOwnedCategories.Contains(term.CategoryId)
            && !namesPerson
            && !OwnerWords.NamesPerson(term.Words))
        {
            return null;
        }

        // SecurityCode is a card's only on a card or a payment, or beside a CardNumber.
        if (!term.ContextWords.IsEmpty
            && !modifiers.Any(term.ContextWords.Contains)
            && !containerWords.Any(term.ContextWords.Contains)
            && !siblingWords.Any(term.ContextWords.Contains))
        {
            return null;
        }

        if (term.Strength == TermStrength.Strong)
        {
            // Address.ZipCode, Location.Latitude: a place, which is someone's only when the name or the type says whose.
            return DiscoveryVocabulary.OwnerDependentCategories.Contains(term.CategoryId)
                && !namesPerson
                && container != OwnerKind.Person
                && !namesPersonalPlace
                ? DiscoveryConfidence.Medium
                : DiscoveryConfidence.High;
        }

        if (!OwnerWords.Segments(modifiers, span => DiscoveryVocabulary.PersonWords.Contains(span) || DiscoveryVocabulary.QualifierWords.Contains(span)))
        {
            return null;
        }

        // CustomerMobile, HolderName: the name itself says whose it is. Mobile alone, or Name in a Customer type: likely.
        if (namesPerson)
        {
            return DiscoveryConfidence.High;
        }

        return term.Strength == TermStrength.Qualified || container == OwnerKind.Person ? DiscoveryConfidence.Medium : null;
    }

    // A negative word before the term (SupportEmail, SmtpPassword), unless, for a contact detail or a name, a person word
    // follows it (CompanyContactPhone, SalesRepName is not, ReportRecipientEmail is): the person's detail at the business.
    private static bool HasNegativeModifier(VocabularyTerm term, string[] modifiers)
    {
        for (var i = 0; i < modifiers.Length; i++)
        {
            if (!IsNegative(modifiers[i], term.CategoryId, term))
            {
                continue;
            }

            var overridden = !DiscoveryVocabulary.GlobalNegatives.Contains(modifiers[i])
                && DiscoveryVocabulary.PersonOverridableCategories.Contains(term.CategoryId)
                && OwnerWords.NamesPerson(modifiers.Skip(i + 1).ToArray());
            if (!overridden)
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsNegative(string word, string categoryId, VocabularyTerm? term) =>
        DiscoveryVocabulary.GlobalNegatives.Contains(word)
        || (DiscoveryVocabulary.CategoryNegatives.TryGetValue(categoryId, out var negatives) && negatives.Contains(word))
        || (term is not null && term.Negatives.Contains(word));

    private static bool IsTransparent(string word) =>
        word.All(char.IsDigit)
        || DiscoveryVocabulary.TransparentSuffixes.Contains(word)
        || (word.Length > 2 && word[word.Length - 1] == 's' && DiscoveryVocabulary.TransparentSuffixes.Contains(word.Substring(0, word.Length - 1)))
        || (word.Length > 3 && word.EndsWith("es", StringComparison.Ordinal) && DiscoveryVocabulary.TransparentSuffixes.Contains(word.Substring(0, word.Length - 2)));
}
