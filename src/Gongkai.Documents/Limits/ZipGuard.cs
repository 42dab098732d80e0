using System.IO.Compression;
using System.Xml;

namespace Gongkai.Documents.Limits;

/// <summary>
/// Looks through a DOCX or XLSX package before the Open XML SDK opens it, and refuses one that would exhaust the
/// machine: too many entries, parts that unpack beyond <see cref="ReaderLimits"/> or far beyond their packed size
/// (a 1 MB zip bomb whose document part is 1 GiB of spaces; a 1.8 MB DOCX of 200 MiB of empty paragraphs), XML
/// nested or repeated beyond reason. XML parts are unpacked for real as they are counted, so a package that lies
/// about its sizes is caught too. A package it cannot parse is left to the SDK, whose error names the damage.
/// </summary>
internal static class ZipGuard
{
    private static readonly XmlReaderSettings ScanSettings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        IgnoreComments = true,
        IgnoreWhitespace = true,
        CloseInput = false,
    };

    /// <summary>Why the package must not be opened (Chinese, naming the part), or null when it is within every limit.</summary>
    public static string? Refusal(byte[] bytes, string kind)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        try
        {
            using var archive = new ZipArchive(new MemoryStream(bytes, writable: false), ZipArchiveMode.Read);
            return Refusal(archive, kind);
        }
        catch (Exception e) when (e is InvalidDataException or IOException or NotSupportedException)
        {
            // A damaged zip (its directory read lazily, entry by entry): the SDK refuses it and says the file is damaged.
            return null;
        }
    }

    private static string? Refusal(ZipArchive archive, string kind)
    {
        if (archive.Entries.Count > ReaderLimits.MaxZipEntries)
        {
            return $"{kind} 文件内含 {archive.Entries.Count} 个部件，超过 {ReaderLimits.MaxZipEntries} 个的上限，不像是一份年度报告（可能是恶意构造的压缩包）";
        }

        long declared = 0;
        foreach (var entry in archive.Entries)
        {
            declared += Math.Max(0, entry.Length);
            if (declared > ReaderLimits.MaxZipTotalBytes)
            {
                return $"{kind} 文件解压后超过 {ReaderLimits.MaxZipTotalBytes / (1024 * 1024)} MB 的上限（到部件「{entry.FullName}」为止），不像是一份年度报告（可能是压缩炸弹）";
            }

            // Sizes as the package declares them refuse an honest bomb at once; a package that lies is caught by the scan.
            if (IsXml(entry.FullName) && entry.Length > ReaderLimits.MaxZipXmlPartBytes)
            {
                return $"{kind} 部件「{entry.FullName}」解压后有 {entry.Length / (1024 * 1024)} MB，超过 {ReaderLimits.MaxZipXmlPartBytes / (1024 * 1024)} MB 的上限（压缩大小 {entry.CompressedLength / 1024} KB），不像是一份年度报告（可能是压缩炸弹），未读取";
            }

            if (Expansion(entry.Length, entry.CompressedLength) is { } ratio)
            {
                return $"{kind} 部件「{entry.FullName}」解压后是压缩大小的 {ratio} 倍，超过 {ReaderLimits.MaxZipExpansionRatio} 倍的上限（压缩炸弹），未读取";
            }

            if (IsXml(entry.FullName) && ScanXml(entry, kind) is { } refusal)
            {
                return refusal;
            }
        }

        return null;
    }

    /// <summary>
    /// Every part the SDK may parse as XML: all but pictures and embedded files, whatever their names (a main part
    /// need not end in .xml; its relationship names it). Those it never opens while reading text.
    /// </summary>
    private static bool IsXml(string name) =>
        !name.Contains("/media/", StringComparison.OrdinalIgnoreCase) && !name.Contains("/embeddings/", StringComparison.OrdinalIgnoreCase);

    private static string? ScanXml(ZipArchiveEntry entry, string kind)
    {
        var part = entry.FullName;
        try
        {
            using var unpacked = new CountingStream(entry.Open(), ReaderLimits.MaxZipXmlPartBytes);
            using var reader = XmlReader.Create(unpacked, ScanSettings);
            long elements = 0;
            while (reader.Read())
            {
                ReadBudget.Check();
                if (reader.NodeType != XmlNodeType.Element)
                {
                    continue;
                }

                if (reader.Depth >= ReaderLimits.MaxXmlDepth)
                {
                    return $"{kind} 部件「{part}」中的 XML 元素嵌套超过 {ReaderLimits.MaxXmlDepth} 层，文件异常（可能是恶意构造），未读取";
                }

                if (++elements > ReaderLimits.MaxXmlElements)
                {
                    return $"{kind} 部件「{part}」中的 XML 元素超过 {ReaderLimits.MaxXmlElements:N0} 个的上限，文件异常，未读取";
                }

                if (Expansion(unpacked.Count, entry.CompressedLength) is { } ratio)
                {
                    return $"{kind} 部件「{part}」解压后是压缩大小的 {ratio} 倍以上，超过 {ReaderLimits.MaxZipExpansionRatio} 倍的上限（压缩炸弹），未读取";
                }
            }

            return Expansion(unpacked.Count, entry.CompressedLength) is { } end
                ? $"{kind} 部件「{part}」解压后是压缩大小的 {end} 倍以上，超过 {ReaderLimits.MaxZipExpansionRatio} 倍的上限（压缩炸弹），未读取"
                : null;
        }
        catch (LimitExceededException)
        {
            return $"{kind} 部件「{part}」解压后超过 {ReaderLimits.MaxZipXmlPartBytes / (1024 * 1024)} MB 的上限（压缩大小 {entry.CompressedLength / 1024} KB），不像是一份年度报告（可能是压缩炸弹），未读取";
        }
        catch (Exception e) when (e is XmlException or InvalidDataException or IOException or NotSupportedException)
        {
            // Damaged XML or a damaged entry: not a limit; the SDK opens or refuses the package and says which.
            return null;
        }
    }

    private static long? Expansion(long unpacked, long packed) =>
        unpacked > ReaderLimits.ExpansionCheckedFromBytes && unpacked > Math.Max(1, packed) * ReaderLimits.MaxZipExpansionRatio
            ? unpacked / Math.Max(1, packed)
            : null;

    /// <summary>Passes a stream through, counting bytes, and throws <see cref="LimitExceededException"/> past a limit.</summary>
    private sealed class CountingStream(Stream inner, long limit) : Stream
    {
        public long Count { get; private set; }

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => Count; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = inner.Read(buffer, offset, count);
            Count += n;
            if (Count > limit)
            {
                throw new LimitExceededException();
            }

            return n;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                inner.Dispose();
            }

            base.Dispose(disposing);
        }
    }

    private sealed class LimitExceededException : Exception
    {
        public LimitExceededException()
        {
        }

        public LimitExceededException(string message)
            : base(message)
        {
        }

        public LimitExceededException(string message, Exception inner)
            : base(message, inner)
        {
        }
    }
}
