using System;
using System.Text;

namespace PiiAnalyzers.Policy;

/// <summary>
/// Turns the bytes of a policy file into text: UTF-8 (with or without BOM), UTF-16 and UTF-32 with BOM, and GB18030/GBK,
/// the encoding of many Chinese policies. Binary files and garbage are refused with a message a person can act on.
/// </summary>
public static class PolicyDecoder
{
    private const int Gb18030CodePage = 54936;

    // Decoders that throw on invalid bytes, so that a wrong guess is noticed instead of producing U+FFFD.
    private static readonly Encoding StrictUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private static readonly Encoding StrictUtf16LittleEndian = new UnicodeEncoding(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true);
    private static readonly Encoding StrictUtf16BigEndian = new UnicodeEncoding(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: true);
    private static readonly Encoding StrictUtf32LittleEndian = new UTF32Encoding(bigEndian: false, byteOrderMark: false, throwOnInvalidCharacters: true);
    private static readonly Encoding StrictUtf32BigEndian = new UTF32Encoding(bigEndian: true, byteOrderMark: false, throwOnInvalidCharacters: true);

    /// <summary>
    /// Decodes <paramref name="bytes"/>. GB18030 works only when the host registered
    /// <c>CodePagesEncodingProvider</c> (the CLI does; a compiler host hands analyzers decoded text anyway).
    /// </summary>
    /// <returns>False, with <paramref name="error"/> saying why, when the bytes are not text in a supported encoding.</returns>
    public static bool TryDecode(byte[]? bytes, out string text, out string? error) =>
        TryDecode(bytes, GetGb18030(), out text, out error);

    /// <summary>Decodes with the given GB18030 encoding, or none when it is unavailable (tests use this to simulate a bare host).</summary>
    internal static bool TryDecode(byte[]? bytes, Encoding? gb18030, out string text, out string? error)
    {
        text = string.Empty;
        error = null;
        if (bytes is null || bytes.Length == 0)
        {
            return true;
        }

        var (encoding, bomLength, name) = DetectByteOrderMark(bytes);
        if (encoding is not null)
        {
            if (!TryStrictDecode(encoding, bytes, bomLength, out text))
            {
                error = $"The file starts with a {name} byte order mark but is not valid {name}.";
                return false;
            }

            return CheckIsText(ref text, out error);
        }

        if (TryStrictDecode(StrictUtf8, bytes, 0, out text))
        {
            return CheckIsText(ref text, out error);
        }

        if (gb18030 is null)
        {
            text = string.Empty;
            error = "The file is not valid UTF-8, and GB18030/GBK decoding is not available in this host (register CodePagesEncodingProvider). Save the policy as UTF-8.";
            return false;
        }

        if (!TryStrictDecode(gb18030, bytes, 0, out text) || !LooksLikeChineseOrLatinText(text))
        {
            text = string.Empty;
            error = "The file is neither UTF-8 nor GB18030/GBK text; it may be binary or in another encoding. Save the policy as UTF-8.";
            return false;
        }

        return CheckIsText(ref text, out error);
    }

    private static Encoding? GetGb18030()
    {
        try
        {
            return Encoding.GetEncoding(Gb18030CodePage, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
        }
        catch (Exception exception) when (exception is ArgumentException or NotSupportedException)
        {
            return null;
        }
    }

    private static (Encoding? Encoding, int Length, string Name) DetectByteOrderMark(byte[] bytes)
    {
        if (bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF)
        {
            return (StrictUtf8, 3, "UTF-8");
        }

        // UTF-32 LE's mark begins like UTF-16 LE's, so it is tested first.
        if (bytes.Length >= 4 && bytes[0] == 0xFF && bytes[1] == 0xFE && bytes[2] == 0 && bytes[3] == 0)
        {
            return (StrictUtf32LittleEndian, 4, "UTF-32");
        }

        if (bytes.Length >= 4 && bytes[0] == 0 && bytes[1] == 0 && bytes[2] == 0xFE && bytes[3] == 0xFF)
        {
            return (StrictUtf32BigEndian, 4, "UTF-32");
        }

        if (bytes.Length >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE)
        {
            return (StrictUtf16LittleEndian, 2, "UTF-16");
        }

        if (bytes.Length >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF)
        {
            return (StrictUtf16BigEndian, 2, "UTF-16");
        }

        return (null, 0, string.Empty);
    }

    private static bool TryStrictDecode(Encoding encoding, byte[] bytes, int offset, out string text)
    {
        try
        {
            text = encoding.GetString(bytes, offset, bytes.Length - offset);
            return true;
        }
        catch (Exception exception) when (exception is DecoderFallbackException or ArgumentException)
        {
            text = string.Empty;
            return false;
        }
    }

    // Valid UTF-8 can still be a binary file (NUL bytes, control characters); a policy has none of those.
    private static bool CheckIsText(ref string text, out string? error)
    {
        var controls = 0;
        foreach (var c in text)
        {
            if (c == '\0')
            {
                controls = int.MaxValue;
                break;
            }

            if (char.IsControl(c) && c is not ('\t' or '\n' or '\r' or '\f' or '\v'))
            {
                controls++;
            }
        }

        if (controls > text.Length / 100)
        {
            text = string.Empty;
            error = "The file looks binary (it has NUL or control characters), not a policy text.";
            return false;
        }

        error = null;
        return true;
    }

    // GB18030 maps almost any byte sequence to some character, so a successful decode proves little: real text is
    // mostly ASCII, common CJK ideographs and punctuation.
    private static bool LooksLikeChineseOrLatinText(string text)
    {
        var common = 0;
        foreach (var c in text)
        {
            if (c is >= ' ' and <= '~' or '\t' or '\n' or '\r'
                || c is >= '\u4E00' and <= '\u9FFF'
                || c is >= '\u3000' and <= '\u303F'
                || c is >= '\uFF00' and <= '\uFFEF'
                || c is >= '\u2000' and <= '\u206F'
                || c is '\u00B7' or '\u00D7')
            {
                common++;
            }
        }

        return common >= text.Length * 0.95;
    }
}
