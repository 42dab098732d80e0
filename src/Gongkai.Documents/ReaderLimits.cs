namespace Gongkai.Documents;

/// <summary>
/// Every limit the readers hold a file to, in one place (their values are listed in README.md). A file beyond one
/// is refused with a Chinese reason, never read until the machine runs out of time or memory. The values leave wide
/// room above what a report needs: Gongkai's own DOCX of a report has 6 entries and a document part of 108 KB that
/// packs 28 times, nested 8 deep in about 4,000 elements; the largest file of the corpus is a 0.3 MB PDF.
/// </summary>
public static class ReaderLimits
{
    /// <summary>Largest file read at all (bytes); a read stops one byte past it, so a device or a growing file cannot fill memory.</summary>
    public const long MaxFileBytes = 100L * 1024 * 1024;

    /// <summary>Largest plain text, Markdown, JSON or CSV file (bytes): the corpus's text reports are under 20 KB.</summary>
    public const int MaxTextBytes = 20 * 1024 * 1024;

    /// <summary>Largest web page (bytes), the limit the HTML reader has always had.</summary>
    public const int MaxHtmlBytes = 20 * 1024 * 1024;

    /// <summary>Most HTML elements in one page: Gongkai's own page of a report has under 1,000.</summary>
    public const int MaxHtmlElements = 200_000;

    /// <summary>
    /// Deepest nesting of HTML elements that must be closed (not counting &lt;p&gt;, &lt;li&gt;, &lt;td&gt; and the
    /// other elements that close themselves). The HTML parser's time grows with the square of the depth (100,000
    /// nested &lt;div&gt; took 186 s); at this depth it is a few milliseconds.
    /// </summary>
    public const int MaxHtmlDepth = 1_000;

    /// <summary>Most entries in a DOCX or XLSX package: Gongkai writes 6 (DOCX) and 9 (XLSX).</summary>
    public const int MaxZipEntries = 2_000;

    /// <summary>Largest unpacked size of one XML part of a DOCX or XLSX (bytes): Gongkai's document part of a report is 108 KB.</summary>
    public const long MaxZipXmlPartBytes = 64L * 1024 * 1024;

    /// <summary>Largest unpacked size of a whole DOCX or XLSX package, images included (bytes).</summary>
    public const long MaxZipTotalBytes = 512L * 1024 * 1024;

    /// <summary>
    /// Largest expansion (unpacked ÷ packed size) of an entry that unpacks to more than
    /// <see cref="ExpansionCheckedFromBytes"/>: Gongkai's parts pack 4–28 times; the corpus's zip bomb about 1,000 times.
    /// </summary>
    public const int MaxZipExpansionRatio = 200;

    /// <summary>Entries smaller than this unpacked (bytes) are not held to <see cref="MaxZipExpansionRatio"/>: tiny parts of repeated markup pack very well.</summary>
    public const long ExpansionCheckedFromBytes = 1024 * 1024;

    /// <summary>Deepest element nesting in an XML part of a DOCX or XLSX: Gongkai's parts nest 6–8 deep; each table inside a table adds 3.</summary>
    public const int MaxXmlDepth = 256;

    /// <summary>Most XML elements in one part of a DOCX or XLSX: Gongkai's document part of a report has about 4,000.</summary>
    public const int MaxXmlElements = 2_000_000;

    /// <summary>
    /// Largest value a cell may hold: no count of a report and no amount in 万元 comes near 10^12, and sums of values
    /// near the decimal range would overflow (a JSON cell of 1e400, a 100,000-digit number).
    /// </summary>
    public const decimal MaxCellValue = 1_000_000_000_000m;

    /// <summary>Most directory levels a folder walk descends.</summary>
    public const int MaxDirectoryDepth = 64;

    /// <summary>
    /// Time the readers may spend on one file once its bytes are in memory (pdftotext apart): they check it as they
    /// go and give up with a failure. A report reads in about a millisecond (README, Throughput).
    /// </summary>
    public static readonly TimeSpan TimeBudget = TimeSpan.FromSeconds(8);

    /// <summary>Time pdftotext may take on one PDF before it is taken to be broken, not slow.</summary>
    public static readonly TimeSpan PdfToolTimeout = TimeSpan.FromSeconds(60);
}
