namespace Gongkai.Web.Oversight.Intake;

/// <summary>The limits of an upload to the reports store, in one place (the README lists them).</summary>
internal static class ImportLimits
{
    /// <summary>One request of the upload page or <c>gongkai import</c>: 300 MB.</summary>
    public const long RequestBytes = 300L * 1024 * 1024;

    /// <summary>One report file, alone or inside a ZIP: 50 MB.</summary>
    public const long FileBytes = 50L * 1024 * 1024;

    /// <summary>Entries of one ZIP.</summary>
    public const int ZipEntries = 5000;

    /// <summary>What the entries of one ZIP may expand to together: 1 GB.</summary>
    public const long ZipExpandedBytes = 1024L * 1024 * 1024;

    /// <summary>
    /// Expanded size over compressed size of one entry beyond which it is taken for a zip bomb. Text reports compress
    /// about 5:1 and a DOCX's XML about 10:1; 200:1 is only reached by padding.
    /// </summary>
    public const int CompressionRatio = 200;

    /// <summary>Files an upload may hold.</summary>
    public static readonly IReadOnlySet<string> Extensions = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        ".txt", ".md", ".markdown", ".html", ".htm", ".shtml", ".docx", ".pdf", ".xlsx",
    };
}
