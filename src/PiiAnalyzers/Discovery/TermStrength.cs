namespace PiiAnalyzers.Discovery;

/// <summary>How much a vocabulary term says on its own, which decides the words that may stand before it in a name.</summary>
public enum TermStrength
{
    /// <summary>
    /// Unambiguous (<c>password</c>, <c>id card</c>, <c>shenfenzheng</c>): any words may stand before it except the
    /// negative ones (<c>SupportEmail</c>, <c>SmtpPassword</c>, <c>ServerIpAddress</c> are not personal).
    /// </summary>
    Strong,

    /// <summary>
    /// Short or ambiguous on its own (pinyin initials such as <c>sjh</c>, <c>mobile</c>): found alone, or after words that
    /// name a person or qualify the value (<c>CustomerMobile</c>, <c>KhXm</c>, <c>HomeMail</c>).
    /// </summary>
    Qualified,

    /// <summary>
    /// A common word that is personal only when a person owns it (<c>name</c>, <c>age</c>, <c>photo</c>, <c>height</c>): as
    /// for <see cref="Qualified"/>, and a word before it or the containing type must name a person (<c>CustomerName</c>,
    /// <c>Patient.Height</c>), so that <c>Product.Name</c> and <c>FileName</c> are not reported.
    /// </summary>
    Weak,
}
