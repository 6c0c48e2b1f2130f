using System.Collections.Concurrent;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using PiiAnalyzers.Model;
using PiiAnalyzers.Options;

namespace PiiAnalyzers.Analyzers;

/// <summary>
/// Which personal data PII0002 requires to be encrypted where it is stored: <c>pii_require_encryption</c>, read once per
/// file for one compilation. A member marked <c>[EncryptedAtRest]</c> (or Identity's <c>[ProtectedPersonalData]</c>) is
/// trusted to be stored encrypted.
/// </summary>
internal sealed class EncryptionRequirements
{
    private readonly AnalyzerOptions _options;
    private readonly ConcurrentDictionary<SyntaxTree, EncryptionRequirement> _byTree = new();

    public EncryptionRequirements(AnalyzerOptions options)
    {
        _options = options;
    }

    /// <summary>Whether <paramref name="member"/>, stored by code in <paramref name="tree"/>, must be encrypted and is not known to be.</summary>
    public bool MustBeEncrypted(PersonalDataMember member, SyntaxTree tree) =>
        !member.IsEncryptedAtRest
        && (member.IsSensitive || _byTree.GetOrAdd(tree, t => PiiOptions.ReadRequireEncryption(_options, t)) == EncryptionRequirement.All);
}
