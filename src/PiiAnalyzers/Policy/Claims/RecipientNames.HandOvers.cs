using System;
using System.Collections.Generic;
using System.Linq;

namespace PiiAnalyzers.Policy.Claims;

/// <summary>Hand-overs to someone named between "向" and a verb, and whether the user is the one handing over.</summary>
internal static partial class RecipientNames
{
    private static readonly IReadOnlyList<string> UserSubjects = ClaimWords.Group("sharing", "user-subject");
    // Longest first: "均会" before "会", so that the words between the user and "向" are taken whole.
    private static readonly IReadOnlyList<string> UserModals = ClaimWords.Group("sharing", "user-modal").OrderByDescending(modal => modal.Length).ToList();
    private static readonly IReadOnlyList<string> UserCausatives = ClaimWords.Group("sharing", "user-causative");

    /// <summary>
    /// Where the sentence hands data to someone named between "向" and a verb ("向快递服务方提供", "向征信机构、银行查询"): the
    /// verbs' positions.
    /// </summary>
    public static IReadOnlyList<int> HandOverVerbs(string text, TextSpan sentence)
    {
        // Asked of every sentence, and few hand anything over: those allocate nothing.
        List<int>? verbs = null;
        foreach (var to in BeforeRecipient.Matches(text, sentence.Start, sentence.End, MaxRecipientVerbsPerSentence))
        {
            var end = to.Start + to.Length;
            var nameStart = end;
            while (end < sentence.End && end - to.Start <= MaxRecipientListLength && end - nameStart <= MaxRecipientNameLength
                && (TextLineReader.IsCjk(text[end]) || text[end] == '、') && !IsVerbAfterRecipient(text, end, sentence.End))
            {
                end++;
                if (text[end - 1] == '、')
                {
                    nameStart = end;
                }
            }

            // Not the user ("不再向继续你提供"), nor handed over by the user.
            var recipientStart = to.Start + to.Length;
            if (end > recipientStart && IsVerbAfterRecipient(text, end, sentence.End) && !ClaimWords.HasAnyAt(text, recipientStart, end, NotRecipients)
                && !ClaimWords.ContainsAny(text, recipientStart, end, UserSubjects)
                && !IsUserHandingOver(text, sentence.Start, to.Start))
            {
                (verbs ??= new List<int>()).Add(end);
            }
        }

        return verbs ?? (IReadOnlyList<int>)Array.Empty<int>();
    }

    /// <summary>
    /// Whether the user hands data over at <paramref name="to"/> ("您可能需要向耐克提供额外的数据"): the user, then only
    /// words of manner or need, then "向". Not "我们会根据您提供的信息向…", nor where the service helps the user do it
    /// ("帮助用户分享内容至微信客户端": an SDK's purpose).
    /// </summary>
    public static bool IsUserHandingOver(string text, int sentenceStart, int to)
    {
        var position = to;
        while (position > sentenceStart)
        {
            var modal = ClaimWords.EndingAt(text, sentenceStart, position, UserModals);
            if (modal is null)
            {
                break;
            }

            position -= modal.Length;
        }

        var subject = ClaimWords.EndingAt(text, sentenceStart, position, UserSubjects);
        return subject is not null && ClaimWords.EndingAt(text, sentenceStart, position - subject.Length, UserCausatives) is null;
    }

    private static bool IsVerbAfterRecipient(string text, int position, int end) =>
        ClaimWords.StartsWithAny(text, position, end, VerbsAfterRecipient) && !ClaimWords.StartsWithAny(text, position, end, NotVerbs);
}
