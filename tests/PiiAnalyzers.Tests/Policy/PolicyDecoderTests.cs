using System.Text;
using PiiAnalyzers.Policy;

namespace PiiAnalyzers.Tests.Policy;

public class PolicyDecoderTests
{
    private const string Sample = "一、我们收集的信息\n手机号码、IP address\n";

    public PolicyDecoderTests()
    {
        PolicyTestFiles.EnsureCodePages();
    }

    public static TheoryData<string, byte[]> EncodedSamples() => new()
    {
        { "UTF-8", Encoding.UTF8.GetBytes(Sample) },
        { "UTF-8 with BOM", [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(Sample)] },
        { "UTF-16 LE with BOM", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(Sample)] },
        { "UTF-16 BE with BOM", [.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes(Sample)] },
        { "GB18030", GetGb18030().GetBytes(Sample) },
        { "GBK", GetGbk().GetBytes(Sample) },
    };

    [Theory]
    [MemberData(nameof(EncodedSamples))]
    public void Decodes_each_supported_encoding(string encoding, byte[] bytes)
    {
        Assert.True(PolicyDecoder.TryDecode(bytes, out var text, out var error), $"{encoding}: {error}");
        Assert.Equal(Sample, text);
        Assert.Null(error);
    }

    [Fact]
    public void The_gbk_corpus_file_decodes_and_declares()
    {
        var bytes = File.ReadAllBytes(Path.Combine(PolicyTestFiles.CorpusDirectory, "zh-gbk.txt"));

        Assert.False(IsValidUtf8(bytes));
        Assert.True(PolicyDecoder.TryDecode(bytes, out var text, out var error), error);
        PolicyAssert.Declares(PolicyReader.Read(text, "zh-gbk.txt"), "contact.phone", "contact.address");
    }

    [Fact]
    public void Gbk_without_the_code_pages_provider_is_a_clear_error()
    {
        var bytes = GetGbk().GetBytes(Sample);

        Assert.False(PolicyDecoder.TryDecode(bytes, gb18030: null, out var text, out var error));
        Assert.Empty(text);
        Assert.Contains("CodePagesEncodingProvider", error);
    }

    [Fact]
    public void Binary_files_are_refused()
    {
        var random = new Random(6);
        var bytes = new byte[4096];
        random.NextBytes(bytes);

        Assert.False(PolicyDecoder.TryDecode(bytes, out _, out var error));
        Assert.NotNull(error);
        Assert.False(PolicyDecoder.TryDecode([0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0x08, 0x00], out _, out error));
        Assert.Contains("binary", error);
    }

    [Fact]
    public void A_bom_that_lies_is_an_error()
    {
        Assert.False(PolicyDecoder.TryDecode([0xEF, 0xBB, 0xBF, 0xC3, 0x28], out _, out var error));
        Assert.Contains("UTF-8", error);
    }

    [Fact]
    public void No_bytes_is_empty_text()
    {
        Assert.True(PolicyDecoder.TryDecode([], out var text, out _));
        Assert.True(PolicyReader.Read(text).IsEmpty);
    }

    private static Encoding GetGb18030()
    {
        PolicyTestFiles.EnsureCodePages();
        return Encoding.GetEncoding(54936);
    }

    private static Encoding GetGbk()
    {
        PolicyTestFiles.EnsureCodePages();
        return Encoding.GetEncoding(936);
    }

    private static bool IsValidUtf8(byte[] bytes)
    {
        try
        {
            _ = new UTF8Encoding(false, true).GetString(bytes);
            return true;
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }
}
