namespace Gongkai.Testing;

/// <summary>
/// Where the repository and the shared corpus are: the corpus lives in <c>shared/corpus</c> beside the repository
/// (or where GONGKAI_SHARED points). Tests read it and never write to it.
/// </summary>
public static class Corpus
{
    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    public static string SharedRoot { get; } =
        Environment.GetEnvironmentVariable("GONGKAI_SHARED") is { Length: > 0 } shared
            ? shared
            : Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared"));

    public static string Seeds => Path.Combine(SharedRoot, "corpus", "seeds");

    public static string Pdf => Path.Combine(SharedRoot, "corpus", "pdf");

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
