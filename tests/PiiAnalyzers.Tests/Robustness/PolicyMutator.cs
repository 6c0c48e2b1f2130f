using System.Text;

namespace PiiAnalyzers.Tests.Robustness;

/// <summary>A privacy policy half-edited: cut off at a random point and with a few random runs of characters deleted.</summary>
internal static class PolicyMutator
{
    public static string Mutate(string policy, int seed)
    {
        if (policy.Length == 0)
        {
            return policy;
        }

        var random = new Random(unchecked((seed * 397) ^ policy.Length));
        var text = new StringBuilder(policy[..random.Next(policy.Length / 2, policy.Length + 1)]);
        for (var i = random.Next(1, 6); i > 0 && text.Length > 0; i--)
        {
            var start = random.Next(text.Length);
            text.Remove(start, Math.Min(text.Length - start, random.Next(1, 40)));
        }

        return text.ToString();
    }
}
