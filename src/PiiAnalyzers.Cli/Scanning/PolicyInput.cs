using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.IO;
using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using PiiAnalyzers.Analyzers;
using PiiAnalyzers.Cli.Loading;
using PiiAnalyzers.Policy;

namespace PiiAnalyzers.Cli.Scanning;

/// <summary>
/// A policy file as the command line reads it: bytes decoded by <see cref="PolicyDecoder"/> (UTF-8, UTF-16/32 with a BOM,
/// GB18030/GBK through <see cref="CodePagesEncodingProvider"/>), then handed to the privacy policy analyzer as the
/// additional file the build would give it (<c>PiiKind=Policy</c>).
/// </summary>
internal static class PolicyInput
{
    /// <summary>The decoded text of the policy at <paramref name="path"/>; an <see cref="InputException"/> when it is missing or not text.</summary>
    public static string ReadText(string path)
    {
        if (!File.Exists(path))
        {
            throw new InputException($"{path} does not exist.");
        }

        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new InputException($"{path} cannot be read: {exception.Message}");
        }

        if (!PolicyDecoder.TryDecode(bytes, out var text, out var error))
        {
            throw new InputException($"{path}: {error}");
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            throw new InputException($"{path} is empty: there is no privacy policy in it to read or to check the code against.");
        }

        return text;
    }

    /// <summary>The policy as an additional file whose text is the decoded text.</summary>
    public static AdditionalText AsAdditionalText(string path, string text) => new PolicyText(Path.GetFullPath(path), SourceText.From(text));

    /// <summary>Options that mark <paramref name="policy"/> as the policy and otherwise give the project's own.</summary>
    public static AnalyzerConfigOptionsProvider MarkPolicy(AnalyzerConfigOptionsProvider inner, AdditionalText policy) =>
        new PolicyOptionsProvider(inner, policy.Path);

    private sealed class PolicyText(string path, SourceText text) : AdditionalText
    {
        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => text;
    }

    private sealed class PolicyOptionsProvider(AnalyzerConfigOptionsProvider inner, string policyPath) : AnalyzerConfigOptionsProvider
    {
        public override AnalyzerConfigOptions GlobalOptions => inner.GlobalOptions;

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => inner.GetOptions(tree);

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) =>
            string.Equals(textFile.Path, policyPath, StringComparison.Ordinal) ? PolicyKindOptions.Instance : inner.GetOptions(textFile);
    }

    private sealed class PolicyKindOptions : AnalyzerConfigOptions
    {
        public static PolicyKindOptions Instance { get; } = new();

        private static readonly Dictionary<string, string> Values = new(StringComparer.OrdinalIgnoreCase)
        {
            [PrivacyPolicyAnalyzer.PolicyKindKey] = PrivacyPolicyAnalyzer.PolicyKind,
        };

        public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => Values.TryGetValue(key, out value);
    }
}
