using System.Collections.Immutable;

namespace PiiAnalyzers.AppTypes;

/// <summary>
/// One item of the necessary personal information of an app type: the taxonomy ids it stands for and the regulation's
/// words for it (<c>注册用户移动电话号码</c>), a <c>needs:</c> row of <c>necessary-information.txt</c>.
/// </summary>
public sealed class AppTypeNeed
{
    public AppTypeNeed(ImmutableArray<string> categories, string item)
    {
        Categories = categories;
        Item = item;
    }

    /// <summary>The taxonomy ids, in the order the row gives them; a parent id covers its children.</summary>
    public ImmutableArray<string> Categories { get; }

    /// <summary>The item as the regulation words it.</summary>
    public string Item { get; }
}
