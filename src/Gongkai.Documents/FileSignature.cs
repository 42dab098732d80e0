using System.Text;

namespace Gongkai.Documents;

/// <summary>What a file's first bytes say it is, whatever its name.</summary>
internal enum FileKind
{
    Unknown,
    Pdf,
    Zip,
    OldOffice,
    Image,
    Archive,
}

/// <summary>Magic numbers of the formats reports arrive in, and of those they are wrongly named as.</summary>
internal static class FileSignature
{
    public static FileKind Of(ReadOnlySpan<byte> b)
    {
        // Some sites serve PDFs with an HTTP header or a BOM left in front: %PDF- anywhere in the first 1 KB counts.
        if (b[..Math.Min(b.Length, 1024)].IndexOf("%PDF-"u8) >= 0)
        {
            return FileKind.Pdf;
        }

        if (b.StartsWith("PK\x03\x04"u8) || b.StartsWith("PK\x05\x06"u8))
        {
            return FileKind.Zip;
        }

        if (b.StartsWith((ReadOnlySpan<byte>)[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]))
        {
            return FileKind.OldOffice;
        }

        if (b.StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47]) || b.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF])
            || b.StartsWith("GIF8"u8) || b.StartsWith("BM"u8) || b.StartsWith("II*\0"u8) || b.StartsWith("MM\0*"u8)
            || (b.Length > 12 && b.StartsWith("RIFF"u8) && b[8..12].SequenceEqual("WEBP"u8)))
        {
            return FileKind.Image;
        }

        if (b.StartsWith("Rar!"u8) || b.StartsWith((ReadOnlySpan<byte>)[0x37, 0x7A, 0xBC, 0xAF]) || b.StartsWith((ReadOnlySpan<byte>)[0x1F, 0x8B]))
        {
            return FileKind.Archive;
        }

        return FileKind.Unknown;
    }

    /// <summary>An extensionless download that is a web page: it opens with a doctype or an html tag.</summary>
    public static bool LooksLikeHtml(ReadOnlySpan<byte> bytes)
    {
        var head = Encoding.ASCII.GetString(bytes[..Math.Min(bytes.Length, 512)]).TrimStart('\uFEFF', ' ', '\r', '\n', '\t', '?');
        return head.StartsWith("<!doctype html", StringComparison.OrdinalIgnoreCase) || head.StartsWith("<html", StringComparison.OrdinalIgnoreCase);
    }
}
