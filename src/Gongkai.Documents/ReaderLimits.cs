namespace Gongkai.Documents;

/// <summary>
/// Every limit the readers hold a file to, in one place (their values are listed in README.md). A file beyond one
/// is refused with a Chinese reason, never read until the machine runs out of time or memory. The values are far
/// above any published report: the largest seen are a 12 MB PDF, a 3 MB web page and a DOCX whose document part
/// unpacks to 4 MB.
/// </summary>
public static class ReaderLimits
{
    /// <summary>Largest file read at all (bytes); a read stops one byte past it, so a device or a growing file cannot fill memory.</summary>
    public const long MaxFileBytes = 100L * 1024 * 1024;

    /// <summary>Largest plain text or Markdown file (bytes): a report is under 1 MB of text.</summary>
    public const int MaxTextBytes = 20 * 1024 * 1024;

    /// <summary>Largest web page (bytes): a report page with its site around it is under 2 MB.</summary>
    public const int MaxHtmlBytes = 20 * 1024 * 1024;

    /// <summary>Most HTML elements in one page: a report page has a few thousand.</summary>
    public const int MaxHtmlElements = 200_000;

    /// <summary>
    /// Deepest nesting of HTML elements that must be closed (not counting &lt;p&gt;, &lt;li&gt;, &lt;td&gt; and the
    /// other elements that close themselves): report pages nest 20–60 deep. The HTML parser's time grows with the
    /// square of the depth (100,000 nested &lt;div&gt; took minutes).
    /// </summary>
    public const int MaxHtmlDepth = 1_000;

    /// <summary>Most entries in a DOCX or XLSX package: a report has 10–60.</summary>
    public const int MaxZipEntries = 2_000;

    /// <summary>Largest unpacked size of one XML part of a DOCX or XLSX (bytes): a report's document part is under 5 MB.</summary>
    public const long MaxZipXmlPartBytes = 64L * 1024 * 1024;

    /// <summary>Largest unpacked size of a whole DOCX or XLSX package, images included (bytes).</summary>
    public const long MaxZipTotalBytes = 512L * 1024 * 1024;

    /// <summary>
    /// Largest expansion (unpacked ÷ packed size) of an entry that unpacks to more than
    /// <see cref="ExpansionCheckedFromBytes"/>: Word and Excel XML packs 5–30 times; a zip bomb thousands of times.
    /// </summary>
    public const int MaxZipExpansionRatio = 200;

    /// <summary>Entries smaller than this unpacked (bytes) are not held to <see cref="MaxZipExpansionRatio"/>: tiny parts of repeated markup pack very well.</summary>
    public const long ExpansionCheckedFromBytes = 1024 * 1024;

    /// <summary>Deepest element nesting in an XML part of a DOCX or XLSX: Word nests tables in tables a few levels, under 100 in all.</summary>
    public const int MaxXmlDepth = 256;

    /// <summary>Most XML elements in one part of a DOCX or XLSX: a 100-page report has a few hundred thousand.</summary>
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
    /// go and give up with a failure. A report reads in milliseconds, one whose numbers ran together in tens.
    /// </summary>
    public static readonly TimeSpan TimeBudget = TimeSpan.FromSeconds(8);

    /// <summary>Time pdftotext may take on one PDF before it is taken to be broken, not slow.</summary>
    public static readonly TimeSpan PdfToolTimeout = TimeSpan.FromSeconds(60);
}
