using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using PiiAnalyzers.Discovery;
using PiiAnalyzers.ThirdParties;

namespace PiiAnalyzers.Options;

/// <summary>The one place that reads this package's <c>.editorconfig</c> keys.</summary>
public static class PiiOptions
{
    /// <summary>Maps M.E.Compliance classification attributes to taxonomy ids (see <see cref="ClassificationMap"/>).</summary>
    public const string ClassificationMapKey = "pii_classification_map";

    /// <summary>PII0006: <c>false</c> turns discovery of unannotated personal data off.</summary>
    public const string DiscoveryKey = "pii_discovery";

    /// <summary>PII0006: followed by a category id, the words that suggest that category (<c>pii_discovery_words.contact.phone = tel, handy</c>).</summary>
    public const string DiscoveryWordsKeyPrefix = "pii_discovery_words.";

    /// <summary>PII0006: namespaces, separated by commas, whose members are never reported.</summary>
    public const string DiscoveryExcludeNamespacesKey = "pii_discovery_exclude_namespaces";

    /// <summary>PII0006's settings in force for a file.</summary>
    /// <param name="options">The analyzer options; null where there are none.</param>
    /// <param name="tree">The file the member is declared in.</param>
    /// <param name="categoryIds">The category ids a <c>pii_discovery_words</c> key may name (built-in and custom).</param>
    public static DiscoveryOptions ReadDiscoveryOptions(AnalyzerOptions? options, SyntaxTree tree, IEnumerable<string> categoryIds)
    {
        if (options is null)
        {
            return DiscoveryOptions.Default;
        }

        var config = options.AnalyzerConfigOptionsProvider.GetOptions(tree);
        config.TryGetValue(DiscoveryKey, out var enabled);
        config.TryGetValue(DiscoveryExcludeNamespacesKey, out var excludedNamespaces);
        var words = new List<KeyValuePair<string, string>>();
        foreach (var id in categoryIds)
        {
            if (config.TryGetValue(DiscoveryWordsKeyPrefix + id, out var value))
            {
                words.Add(new KeyValuePair<string, string>(id, value));
            }
        }

        return DiscoveryOptions.Parse(enabled, excludedNamespaces, words);
    }

    /// <summary>Leak rules: <c>false</c> turns off inferring personal data from names and types.</summary>
    public const string InferenceKey = "pii_inference";

    /// <summary>Leak rules: the lowest discovery confidence (<c>high</c>, <c>medium</c>, <c>low</c>) inferred as personal data.</summary>
    public const string InferenceMinConfidenceKey = "pii_inference_min_confidence";

    /// <summary>Leak rules: the severity of findings about inferred personal data alone.</summary>
    public const string InferenceSeverityKey = "pii_inference_severity";

    /// <summary>The inference settings in force for a file; the global ones when <paramref name="tree"/> is null.</summary>
    public static InferenceOptions ReadInferenceOptions(AnalyzerOptions? options, SyntaxTree? tree)
    {
        if (options is null)
        {
            return InferenceOptions.Default;
        }

        TryGetValue(options, tree, InferenceKey, out var enabled);
        TryGetValue(options, tree, InferenceMinConfidenceKey, out var minConfidence);
        TryGetValue(options, tree, InferenceSeverityKey, out var severity);
        return InferenceOptions.Parse(enabled, minConfidence, severity);
    }

    /// <summary>Members that hold no personal data whatever their names suggest (see <see cref="NotPersonalList"/>).</summary>
    public const string NotPersonalKey = "pii_not_personal";

    /// <summary>The <c>pii_not_personal</c> list in force for a file.</summary>
    public static NotPersonalList ReadNotPersonal(AnalyzerOptions? options, SyntaxTree tree) =>
        TryGetValue(options, tree, NotPersonalKey, out var text) ? NotPersonalList.Parse(text) : NotPersonalList.Empty;

    /// <summary>The classification map in force for a file; for a symbol from metadata, the global (<c>.globalconfig</c>) one.</summary>
    public static ClassificationMap ReadClassificationMap(AnalyzerOptions? options, SyntaxTree? tree)
    {
        if (options is null)
        {
            return ClassificationMap.Empty;
        }

        var config = tree is null
            ? options.AnalyzerConfigOptionsProvider.GlobalOptions
            : options.AnalyzerConfigOptionsProvider.GetOptions(tree);
        return config.TryGetValue(ClassificationMapKey, out var text) ? ClassificationMap.Parse(text) : ClassificationMap.Empty;
    }

    /// <summary>
    /// PII0001 and PII0003: <c>true</c> reports surrogate keys (<c>account.id</c>) and the flags, numbers and <c>Id</c> that
    /// only ASP.NET Core Identity's <c>[PersonalData]</c> marks, which are left out of logs and exception messages by default.
    /// </summary>
    public const string LogKeysAndFlagsKey = "pii_log_keys_and_flags";

    /// <summary>Whether a file's <c>pii_log_keys_and_flags</c> is <c>true</c>; anything else leaves keys and flags unreported.</summary>
    public static bool ReadLogKeysAndFlags(AnalyzerOptions? options, SyntaxTree? tree) =>
        TryGetValue(options, tree, LogKeysAndFlagsKey, out var value) && string.Equals(value.Trim(), "true", System.StringComparison.OrdinalIgnoreCase);

    /// <summary>Methods that write a log or trace, beyond the built-in ones (PII0001), as documentation comment ids.</summary>
    public const string LogSinksKey = "pii_log_sinks";

    /// <summary>Methods whose result no longer identifies anyone (mask, hash, encrypt), as documentation comment ids.</summary>
    public const string SanitizersKey = "pii_sanitizers";

    /// <summary>The user's log sinks in force for a file (see <see cref="DocumentationIdList"/>); the global ones when <paramref name="tree"/> is null.</summary>
    public static DocumentationIdList ReadLogSinks(AnalyzerOptions? options, SyntaxTree? tree) => ReadIdList(options, tree, LogSinksKey);

    /// <summary>The user's sanitizers in force for a file (see <see cref="DocumentationIdList"/>); the global ones when <paramref name="tree"/> is null.</summary>
    public static DocumentationIdList ReadSanitizers(AnalyzerOptions? options, SyntaxTree? tree) => ReadIdList(options, tree, SanitizersKey);

    /// <summary>PII0002: <c>sensitive</c> (the default) or <c>all</c>, which personal data must be encrypted where it is stored.</summary>
    public const string RequireEncryptionKey = "pii_require_encryption";

    /// <summary>PII0002: methods that store data, beyond the built-in ones, as documentation comment ids.</summary>
    public const string StorageSinksKey = "pii_storage_sinks";

    /// <summary>
    /// PII0002: methods whose result is encrypted and EF Core value converter types that encrypt, as documentation comment ids.
    /// An encryptor method is a sanitizer for every rule (what comes out identifies no one without the key).
    /// </summary>
    public const string EncryptorsKey = "pii_encryptors";

    /// <summary>PII0005: methods that send data to a third party, beyond the built-in ones, as documentation comment ids.</summary>
    public const string SharingSinksKey = "pii_sharing_sinks";

    /// <summary>
    /// PII0005: the hosts of your own services, as <see cref="HostList"/> reads them. A request whose URI names one of them
    /// in the code shares nothing with a third party.
    /// </summary>
    public const string FirstPartyHostsKey = "pii_first_party_hosts";

    /// <summary>Which personal data PII0002 requires to be encrypted in a file; anything but <c>all</c> means <see cref="EncryptionRequirement.Sensitive"/>.</summary>
    /// <param name="options">The analyzer options; null where there are none.</param>
    /// <param name="tree">The file; the global options when null.</param>
    public static EncryptionRequirement ReadRequireEncryption(AnalyzerOptions? options, SyntaxTree? tree) =>
        TryGetValue(options, tree, RequireEncryptionKey, out var value) && string.Equals(value.Trim(), "all", System.StringComparison.OrdinalIgnoreCase)
            ? EncryptionRequirement.All
            : EncryptionRequirement.Sensitive;

    /// <summary>The user's storage sinks in force for a file (see <see cref="DocumentationIdList"/>); the global ones when <paramref name="tree"/> is null.</summary>
    public static DocumentationIdList ReadStorageSinks(AnalyzerOptions? options, SyntaxTree? tree) => ReadIdList(options, tree, StorageSinksKey);

    /// <summary>The user's encryptors in force for a file (see <see cref="DocumentationIdList"/>); the global ones when <paramref name="tree"/> is null.</summary>
    public static DocumentationIdList ReadEncryptors(AnalyzerOptions? options, SyntaxTree? tree) => ReadIdList(options, tree, EncryptorsKey);

    /// <summary>The user's sharing sinks in force for a file (see <see cref="DocumentationIdList"/>); the global ones when <paramref name="tree"/> is null.</summary>
    public static DocumentationIdList ReadSharingSinks(AnalyzerOptions? options, SyntaxTree? tree) => ReadIdList(options, tree, SharingSinksKey);

    /// <summary>The first-party hosts in force for a file; the global ones when <paramref name="tree"/> is null.</summary>
    public static HostList ReadFirstPartyHosts(AnalyzerOptions? options, SyntaxTree? tree) =>
        TryGetValue(options, tree, FirstPartyHostsKey, out var text) ? HostList.Parse(text) : HostList.Empty;

    /// <summary>
    /// PII0005: the name of the AdditionalFile that adds rows to the third-party catalog, in the catalog's format
    /// (docs/third-parties.md). Its problems are PII0009.
    /// </summary>
    public const string ThirdPartiesFileName = "pii.third-parties.txt";

    /// <summary>Whether an AdditionalFile is a project's third-party catalog (<see cref="ThirdPartiesFileName"/>, in any folder).</summary>
    public static bool IsThirdPartiesFile(AdditionalText file) =>
        string.Equals(Path.GetFileName(file.Path), ThirdPartiesFileName, StringComparison.OrdinalIgnoreCase);

    /// <summary>One third-party catalog file: its rows, and a problem for each row that cannot be read.</summary>
    public static ThirdPartyCatalogReading ReadThirdParties(AdditionalText file, CancellationToken cancellationToken = default) =>
        file.GetText(cancellationToken) is { } text
            ? ThirdPartyCatalog.Read(text.ToString())
            : new ThirdPartyCatalogReading(ThirdPartyCatalog.Empty, ImmutableArray.Create(new ThirdPartyCatalogProblem(0, string.Empty, "the file cannot be read")));

    /// <summary>The rows every <see cref="ThirdPartiesFileName"/> of the project adds (those that can be read), in file order.</summary>
    public static ThirdPartyCatalog ReadThirdParties(AnalyzerOptions? options, CancellationToken cancellationToken = default)
    {
        var catalog = ThirdPartyCatalog.Empty;
        foreach (var file in options?.AdditionalFiles ?? ImmutableArray<AdditionalText>.Empty)
        {
            if (IsThirdPartiesFile(file))
            {
                catalog = catalog.Then(ReadThirdParties(file, cancellationToken).Catalog);
            }
        }

        return catalog;
    }

    /// <summary>
    /// PII0010 and the inventory's necessity: the type of app, as the 2021 rules on necessary personal information name it
    /// (docs/necessary-information.md): its id (<c>online-shopping</c>), its number (<c>6</c>) or its Chinese name
    /// (<c>网上购物类</c>, <c>网上购物</c>).
    /// </summary>
    public const string AppTypeKey = "pii_app_type";

    /// <summary>The <c>pii_app_type</c> in force for a file; the global one when <paramref name="tree"/> is null.</summary>
    public static AppTypeSetting ReadAppType(AnalyzerOptions? options, SyntaxTree? tree) =>
        TryGetValue(options, tree, AppTypeKey, out var text) ? AppTypeSetting.Parse(text) : AppTypeSetting.None;

    /// <summary>The <c>pii_app_type</c> of a file's options, for the generator and the CLI, which hold no <see cref="AnalyzerOptions"/>.</summary>
    public static AppTypeSetting ReadAppType(AnalyzerConfigOptions config) =>
        config.TryGetValue(AppTypeKey, out var text) ? AppTypeSetting.Parse(text) : AppTypeSetting.None;

    private static DocumentationIdList ReadIdList(AnalyzerOptions? options, SyntaxTree? tree, string key) =>
        TryGetValue(options, tree, key, out var text) ? DocumentationIdList.Parse(text) : DocumentationIdList.Empty;

    // A key's value for a file (whose options include the global ones), or the global value when the tree is null.
    /// <summary>PII0107: the country the privacy policy is written for (an ISO 3166-1 code); recipients elsewhere are abroad.</summary>
    public const string HomeCountryKey = "pii_home_country";

    /// <summary>
    /// The <c>pii_home_country</c> in force: the policy file's settings, else the global ones, else those of a source
    /// file (an <c>.editorconfig</c> <c>[*.cs]</c> section); null when none sets it.
    /// </summary>
    public static string? ReadHomeCountry(AnalyzerOptions options, AdditionalText policy, SyntaxTree? anyTree)
    {
        var provider = options.AnalyzerConfigOptionsProvider;
        if (provider.GetOptions(policy).TryGetValue(HomeCountryKey, out var value) || provider.GlobalOptions.TryGetValue(HomeCountryKey, out value))
        {
            return value;
        }

        return anyTree is not null && provider.GetOptions(anyTree).TryGetValue(HomeCountryKey, out value) ? value : null;
    }

    private static bool TryGetValue(AnalyzerOptions? options, SyntaxTree? tree, string key, out string text)
    {
        text = string.Empty;
        if (options is null)
        {
            return false;
        }

        var config = tree is null
            ? options.AnalyzerConfigOptionsProvider.GlobalOptions
            : options.AnalyzerConfigOptionsProvider.GetOptions(tree);
        if (!config.TryGetValue(key, out var value) || value is null)
        {
            return false;
        }

        text = value;
        return true;
    }
}
