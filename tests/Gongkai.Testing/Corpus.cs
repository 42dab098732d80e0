namespace Gongkai.Testing;

/// <summary>
/// Where the repository and its corpus of real reports are: <c>tests/corpus/real/</c> holds every real document the
/// tests and benches measure, each with its hand-checked truth and a line in <c>SOURCES.tsv</c> naming where it came
/// from. Tests read it and never write to it.
/// </summary>
public static class Corpus
{
    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    /// <summary>The real documents kept in the repository.</summary>
    public static string Real => Path.Combine(RepositoryRoot, "tests", "corpus", "real");

    /// <summary>Five text reports of 2021–2023 with their truths.</summary>
    public static string Seeds => Path.Combine(Real, "seeds");

    /// <summary>淮安市洪泽区's 2023 and 2024 reports, printed to PDF from WPS, with their truths.</summary>
    public static string Pdf => Path.Combine(Real, "pdf");

    /// <summary>
    /// Generated reports printed to PDF in the official layout with the variants real PDFs show (fonts, narrow
    /// columns, centred and vertical labels, wrapped labels, page breaks inside 表三, blank zeros, page footers), each
    /// with its truth: written by <c>bench/Gongkai.Bench.Accuracy -- --generate</c>, so that tests need no Chromium.
    /// </summary>
    public static string Generated => Path.Combine(RepositoryRoot, "tests", "corpus", "generated");

    public static IEnumerable<string> SeedTexts() => Directory.EnumerateFiles(Seeds, "*.txt").Order(StringComparer.Ordinal);

    public static string TruthFor(string document) =>
        Path.Combine(Path.GetDirectoryName(document)!, Path.GetFileNameWithoutExtension(document) + ".truth.json");

    private static string FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Gongkai.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Gongkai.slnx not found above " + AppContext.BaseDirectory);
    }
}
