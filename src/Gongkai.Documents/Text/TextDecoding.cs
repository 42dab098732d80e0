using System.Buffers;
using System.Collections.Immutable;
using System.Text;
using Gongkai.Domain.Reports;

namespace Gongkai.Documents.Text;

/// <summary>Turns the bytes of a text report into a string: UTF-8 (with or without BOM), UTF-16 by BOM, else GB18030.</summary>
public static class TextDecoding
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    static TextDecoding() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>GB18030, the superset of GBK and GB2312 in which many government sites still publish.</summary>
    public static Encoding Gb18030 => Encoding.GetEncoding("GB18030");

    public static string Decode(ReadOnlySpan<byte> bytes) => DecodeReporting(bytes).Text;

    /// <summary>
    /// The text, and the 1-based lines where bytes that are not UTF-8 were replaced by U+FFFD. A UTF-8 report with a
    /// damaged byte (one flipped byte in the first paragraph made a whole report unreadable when it was decoded as
    /// GB18030) is read as UTF-8 with the damage replaced; text that is mostly not UTF-8 is GB18030.
    /// </summary>
    public static DecodedText DecodeReporting(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return Utf8Replacing(bytes[3..]);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return new(Encoding.Unicode.GetString(bytes[2..]), []);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return new(Encoding.BigEndianUnicode.GetString(bytes[2..]), []);
        }

        try
        {
            return new(StrictUtf8.GetString(bytes), []);
        }
        catch (DecoderFallbackException)
        {
            return MostlyUtf8(bytes) ? Utf8Replacing(bytes) : new(Gb18030.GetString(bytes), []);
        }
    }

    /// <summary>
    /// True when the bytes are UTF-8 but for a few damaged places: at most one invalid sequence for every 20 valid
    /// multi-byte characters. GBK text read as UTF-8 is invalid at nine characters in ten.
    /// </summary>
    internal static bool MostlyUtf8(ReadOnlySpan<byte> bytes)
    {
        var (multibyte, invalid) = (0, 0);
        while (!bytes.IsEmpty)
        {
            var status = Rune.DecodeFromUtf8(bytes, out _, out var consumed);
            if (status == OperationStatus.Done)
            {
                multibyte += consumed > 1 ? 1 : 0;
            }
            else
            {
                invalid++;
            }

            bytes = bytes[Math.Max(1, consumed)..];
        }

        return invalid * 20 <= multibyte;
    }

    private static DecodedText Utf8Replacing(ReadOnlySpan<byte> bytes)
    {
        var lines = new List<int>();
        var line = 1;
        var rest = bytes;
        while (!rest.IsEmpty)
        {
            var status = Rune.DecodeFromUtf8(rest, out _, out var consumed);
            if (status != OperationStatus.Done && (lines.Count == 0 || lines[^1] != line))
            {
                lines.Add(line);
            }

            if (rest[0] == (byte)'\n')
            {
                line++;
            }

            rest = rest[Math.Max(1, consumed)..];
        }

        return new(Encoding.UTF8.GetString(bytes), [.. lines]);
    }

    /// <summary>
    /// True for content that is not text: NUL bytes or many control characters in the first 8 KB (a PDF, an image,
    /// a zip renamed to .txt). UTF-16 with a BOM is text.
    /// </summary>
    public static bool LooksBinary(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return false;
        }

        var head = bytes[..Math.Min(bytes.Length, 8192)];
        var control = 0;
        foreach (var b in head)
        {
            if (b == 0)
            {
                return true;
            }

            if (b < 0x20 && b is not ((byte)'\n' or (byte)'\r' or (byte)'\t' or 0x0C))
            {
                control++;
            }
        }

        return head.Length > 0 && control * 20 > head.Length;
    }
}

/// <summary>A file's text, and the 1-based lines where undecodable bytes were replaced by U+FFFD.</summary>
public sealed record DecodedText(string Text, ImmutableArray<int> DamagedLines)
{
    /// <summary>The finding that says where bytes were replaced, or none when the text decoded cleanly.</summary>
    public IEnumerable<Finding> Findings()
    {
        if (DamagedLines.IsEmpty)
        {
            yield break;
        }

        var shown = string.Join("、", DamagedLines.Take(10)) + (DamagedLines.Length > 10 ? $" 等 {DamagedLines.Length} 行" : "");
        yield return Finding.Warning(FindingCodes.TextInvalidBytes, null, null, null,
            $"第{shown}行有不是有效 UTF-8 的字节（文件可能已损坏），已替换为「\uFFFD」后继续读取；这些行的文字或数字可能有误，请核对原件");
    }
}
