using System;
using System.IO;
using System.Text;

namespace PiiAnalyzers.Cli.Annotating;

/// <summary>
/// A source file as it is on disk: its text, and the encoding and byte order mark to write it back with. The line
/// endings are the text's own; the code fix keeps them (it writes the line break the file already uses).
/// </summary>
internal sealed class SourceFile
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private SourceFile(string path, string text, Encoding encoding, byte[] preamble)
    {
        Path = path;
        Text = text;
        Encoding = encoding;
        Preamble = preamble;
    }

    public string Path { get; }

    /// <summary>The text, without its byte order mark.</summary>
    public string Text { get; }

    public Encoding Encoding { get; }

    /// <summary>The byte order mark the file starts with, empty when it has none.</summary>
    public byte[] Preamble { get; }

    /// <summary>
    /// Reads the file: UTF-8, UTF-16 or UTF-32 when it starts with a byte order mark, else UTF-8, which it must then be.
    /// </summary>
    /// <returns>The file, or null when it is neither marked nor valid UTF-8 (a GBK file, say): its text cannot be written back unchanged.</returns>
    public static SourceFile? Read(string path)
    {
        var bytes = File.ReadAllBytes(path);
        foreach (var encoding in new Encoding[] { new UTF32Encoding(bigEndian: false, byteOrderMark: true), Encoding.UTF8, Encoding.Unicode, Encoding.BigEndianUnicode })
        {
            var preamble = encoding.GetPreamble();
            if (bytes.AsSpan().StartsWith(preamble))
            {
                return new SourceFile(path, encoding.GetString(bytes, preamble.Length, bytes.Length - preamble.Length), encoding, preamble);
            }
        }

        try
        {
            return new SourceFile(path, StrictUtf8.GetString(bytes), StrictUtf8, []);
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }

    /// <summary>Writes <paramref name="text"/> over the file, in its encoding, with its byte order mark if it had one.</summary>
    public void Write(string text)
    {
        var body = Encoding.GetBytes(text);
        var bytes = new byte[Preamble.Length + body.Length];
        Preamble.CopyTo(bytes, 0);
        body.CopyTo(bytes, Preamble.Length);
        File.WriteAllBytes(Path, bytes);
    }
}
