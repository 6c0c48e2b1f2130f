using System;
using System.Globalization;
using Microsoft.CodeAnalysis;

namespace PiiAnalyzers.AppTypes;

/// <summary>
/// An app type's name as a diagnostic message argument: the regulation's Chinese name where the message is Chinese, the
/// English name elsewhere. Which language the message is in is the resources' answer for the culture the host formats
/// with (<c>PII0010_AppTypeNameLanguage</c>, with the resource manager's fallback), so the name always matches the
/// message around it. The names are data (<c>necessary-information.txt</c>), not resources.
/// </summary>
internal sealed class AppTypeName : LocalizableString
{
    // The zh-Hans value of PII0010_AppTypeNameLanguage.
    private const string ChineseNames = "中文";

    private readonly AppType _appType;

    public AppTypeName(AppType appType)
    {
        _appType = appType;
    }

    protected override string GetText(IFormatProvider? formatProvider) =>
        Resources.ResourceManager.GetString(nameof(Resources.PII0010_AppTypeNameLanguage), formatProvider as CultureInfo) == ChineseNames
            ? _appType.ChineseName
            : _appType.EnglishName;

    protected override bool AreEqual(object? other) => other is AppTypeName name && ReferenceEquals(name._appType, _appType);

    protected override int GetHash() => _appType.Number;
}
