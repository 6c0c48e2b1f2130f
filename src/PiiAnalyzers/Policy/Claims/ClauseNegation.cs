using System.Collections.Generic;

namespace PiiAnalyzers.Policy.Claims;

/// <summary>
/// Whether a claim word is negated: by a negator anywhere before it in its clause ("我们不会将您的个人信息与任何第三方公司、
/// 组织和个人进行共享", "并未加密", "we will not, under any circumstances, share" is two clauses and is not), unless a
/// contrast stands between them ("不会出售，而是共享") or the negation belongs to a condition ("如您不同意…").
/// </summary>
internal static class ClauseNegation
{
    // How many clauses back a negator that ends its clause may stand ("not, under any circumstances, share").
    private const int MaxParentheticalClauses = 2;

    private static readonly IReadOnlyList<string> ChineseNegators = ClaimWords.Group("negators", "negator", latin: false);
    private static readonly IReadOnlyList<string> ChineseSharingNegators = ClaimWords.Group("negators", "sharing-negator", latin: false);
    private static readonly IReadOnlyList<string> FalseNegations = ClaimWords.Group("negators", "not-a-negator", latin: false);
    private static readonly IReadOnlyList<string> NotSharingNegations = ClaimWords.Group("negators", "not-a-sharing-negator", latin: false);
    private static readonly PhraseMatcher<bool> EnglishNegators = ClaimWords.Matcher(ClaimWords.Group("negators", "negator", latin: true));
    private static readonly PhraseMatcher<bool> EnglishNonNegations = ClaimWords.Matcher(ClaimWords.Group("negators", "not-a-negator", latin: true));
    private static readonly IReadOnlyList<string> Premises = ClaimWords.Group("negators", "premise");
    private static readonly IReadOnlyList<string> ScopeEnds = ClaimWords.Group("negators", "scope-end");
    private static readonly PhraseMatcher<bool> Contrasts = ClaimWords.Matcher("negators", "contrast");
    private static readonly PhraseMatcher<bool> Conditions = ClaimWords.Matcher("negators", "condition");

    /// <summary>
    /// Whether the word at <paramref name="position"/> is negated in its clause. Sharing verbs (<paramref name="isSharing"/>)
    /// take 绝/禁 as negators too, and not 无需 ("无需征得同意即可共享" shares).
    /// </summary>
    public static bool IsNegated(string text, TextSpan sentence, int position, bool isSharing = false)
    {
        // Commas inside brackets ("您的个人身份信息（例如姓名，或电子邮箱）") do not end the clause.
        var clauseStart = position;
        var closed = 0;
        while (clauseStart > sentence.Start && (closed > 0 || !TextSpans.IsClauseBreak(text[clauseStart - 1])))
        {
            closed += text[clauseStart - 1] is '）' or ')' ? 1 : text[clauseStart - 1] is '（' or '(' && closed > 0 ? -1 : 0;
            clauseStart--;
        }

        var negator = FindNegator(text, clauseStart, position, isSharing);
        if (negator < 0 && PhraseMatcher<bool>.IsWordChar(text[position]))
        {
            negator = NegatorBeforeParenthesis(text, sentence, clauseStart);
        }
        else if (negator < 0)
        {
            negator = NegatorBeforeScopeEnd(text, sentence, clauseStart, isSharing);
        }

        if (negator < 0)
        {
            return false;
        }

        return Contrasts.FindAll(text, negator, position).Count == 0 && Conditions.FindAll(text, clauseStart, negator).Count == 0
            && !IsPremise(text, sentence, position);
    }

    // "在不透露单个用户隐私资料的前提下，…有权对整个用户数据库进行分析": the negation states the condition of something else.
    private static bool IsPremise(string text, TextSpan sentence, int position)
    {
        for (var at = position; at < sentence.End && !TextSpans.IsClauseBreak(text[at]) && text[at] is not ('。' or '；' or ';'); at++)
        {
            if (ClaimWords.StartsWithAny(text, at, sentence.End, Premises))
            {
                return true;
            }
        }

        return false;
    }

    // "We will not, under any circumstances, share": a clause that ends with its negator goes on after the parenthesis.
    private static int NegatorBeforeParenthesis(string text, TextSpan sentence, int clauseStart)
    {
        for (var clauses = 0; clauses < MaxParentheticalClauses && clauseStart > sentence.Start; clauses++)
        {
            var end = clauseStart - 1;
            var start = end;
            while (start > sentence.Start && !TextSpans.IsClauseBreak(text[start - 1]))
            {
                start--;
            }

            var negators = EnglishNegators.FindAll(text, start, end);
            if (negators.Count > 0 && text.Substring(negators[negators.Count - 1].Start + negators[negators.Count - 1].Length, end - negators[negators.Count - 1].Start - negators[negators.Count - 1].Length).Trim().Length == 0)
            {
                return negators[negators.Count - 1].Start;
            }

            clauseStart = start;
        }

        return -1;
    }

    // "我们不会在本隐私政策约定的情形之外，将您的信息…共享", "豆果美食不会在未经合法用户授权时，公开…": a clause that holds a
    // negator framing a scope and ends in "之外" or "时" goes on in the next.
    private static int NegatorBeforeScopeEnd(string text, TextSpan sentence, int clauseStart, bool isSharing)
    {
        var end = clauseStart - 1;
        if (end <= sentence.Start || ClaimWords.EndingAt(text, sentence.Start, end, ScopeEnds) is null)
        {
            return -1;
        }

        var start = end;
        while (start > sentence.Start && !TextSpans.IsClauseBreak(text[start - 1]))
        {
            start--;
        }

        // "不会在…时，": the negation frames a time or a scope ("在"); "如双方无法协商解决争议时，…提交至法院" does not.
        var negator = FindNegator(text, start, end, isSharing);
        return negator >= 0 && text.IndexOf('在', negator, end - negator) >= 0 ? negator : -1;
    }

    // The nearest negator before the word in its clause, or -1.
    private static int FindNegator(string text, int clauseStart, int position, bool isSharing)
    {
        if (PhraseMatcher<bool>.IsWordChar(text[position]))
        {
            var negators = EnglishNegators.FindAll(text, clauseStart, position);
            for (var i = negators.Count - 1; i >= 0; i--)
            {
                if (!EnglishNonNegations.TryMatchAt(text, negators[i].Start, position, out _))
                {
                    return negators[i].Start;
                }
            }

            return -1;
        }

        for (var i = position - 1; i >= clauseStart; i--)
        {
            var isNegator = ClaimWords.StartsWithAny(text, i, position, ChineseNegators)
                || (isSharing && ClaimWords.StartsWithAny(text, i, position, ChineseSharingNegators));
            if (isNegator && !ClaimWords.StartsWithAny(text, i, text.Length, FalseNegations)
                && !(isSharing && ClaimWords.StartsWithAny(text, i, text.Length, NotSharingNegations)))
            {
                return i;
            }
        }

        return -1;
    }
}
