using System;
using System.Collections.Generic;
using System.Collections.Immutable;

namespace PiiAnalyzers.Discovery;

/// <summary>What the name of the type that declares a member says of whose the member's value is.</summary>
internal enum OwnerKind
{
    /// <summary>Nothing: <c>Order</c>, <c>Address</c>.</summary>
    Neutral,

    /// <summary>A person: <c>Customer</c>, <c>OrganizationUser</c>, <c>UserAddressFormViewModel</c>.</summary>
    Person,

    /// <summary>A business, a place or a machine: <c>Store</c>, <c>ServerNode</c>.</summary>
    Business,

    /// <summary>A thing, whose name is not a person's: <c>ScheduledTask</c>, <c>CustomerGroup</c>, <c>DeviceProfile</c>.</summary>
    Thing,

    /// <summary>Code that handles data rather than holds it: <c>EmailSender</c>, <c>UserRepository</c>.</summary>
    Service,
}

/// <summary>
/// Reads the words of names (<see cref="NameSplitter"/>) against <see cref="DiscoveryVocabulary"/>'s word sets, joining
/// consecutive words so that pinyin syllables (<c>Ke Hu</c>) count as one word (<c>kehu</c>).
/// </summary>
internal static class OwnerWords
{
    // Pinyin words run to a few syllables (shen qing ren); no person or qualifier word is longer.
    private const int MaxSpanWords = 4;

    /// <summary>
    /// What a type's name says the type is: its head, the last word or pinyin run, past words such as <c>ViewModel</c> or
    /// <c>Dto</c>, that names a person, a business or a thing (<c>OrganizationUser</c> is a person, <c>CustomerGroup</c> a
    /// thing, <c>StoreLocation</c> a business).
    /// </summary>
    public static OwnerKind KindOf(IReadOnlyList<string> words)
    {
        if (words.Count > 0 && DiscoveryVocabulary.ServiceTypeWords.Contains(words[words.Count - 1]))
        {
            return OwnerKind.Service;
        }

        var end = words.Count;
        while (end > 0 && DiscoveryVocabulary.TypeRoleWords.Contains(words[end - 1]))
        {
            end--;
        }

        for (; end > 0; end--)
        {
            var span = string.Empty;
            for (var start = end - 1; start >= 0 && start >= end - MaxSpanWords; start--)
            {
                span = words[start] + span;
                if (DiscoveryVocabulary.PersonWords.Contains(span))
                {
                    // DeviceProfile, StorageAccount: a thing's profile or account; UserProfile, PublicProfile: a person's.
                    return DiscoveryVocabulary.AmbiguousPersonWords.Contains(span) && start > 0 && !IsPersonOrQualifier(words[start - 1])
                        ? OwnerKind.Thing
                        : OwnerKind.Person;
                }

                if (DiscoveryVocabulary.BusinessTypeWords.Contains(span))
                {
                    return OwnerKind.Business;
                }

                if (DiscoveryVocabulary.ThingTypeWords.Contains(span))
                {
                    return OwnerKind.Thing;
                }
            }
        }

        return OwnerKind.Neutral;
    }

    private static bool IsPersonOrQualifier(string word) =>
        DiscoveryVocabulary.PersonWords.Contains(word) || DiscoveryVocabulary.QualifierWords.Contains(word);

    /// <summary>Whether the words name a person (<see cref="DiscoveryVocabulary.PersonWords"/>).</summary>
    public static bool NamesPerson(IReadOnlyList<string> words) => ContainsSpan(words, DiscoveryVocabulary.PersonWords);

    /// <summary>Whether some run of consecutive words, joined, is in the set: pinyin syllables (Ke Hu) make one word (kehu).</summary>
    public static bool ContainsSpan(IReadOnlyList<string> words, ImmutableHashSet<string> set)
    {
        for (var start = 0; start < words.Count; start++)
        {
            var span = string.Empty;
            for (var end = start; end < words.Count && end < start + MaxSpanWords; end++)
            {
                span += words[end];
                if (set.Contains(span))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Whether the words can be cut into runs that each, joined, satisfy the predicate (Ke Hu Zhen Shi: kehu, zhenshi).</summary>
    public static bool Segments(IReadOnlyList<string> words, Func<string, bool> accepts)
    {
        var reachable = new bool[words.Count + 1];
        reachable[0] = true;
        for (var start = 0; start < words.Count; start++)
        {
            if (!reachable[start])
            {
                continue;
            }

            var span = string.Empty;
            for (var end = start; end < words.Count && end < start + MaxSpanWords; end++)
            {
                span += words[end];
                if (accepts(span))
                {
                    reachable[end + 1] = true;
                }
            }
        }

        return reachable[words.Count];
    }
}
