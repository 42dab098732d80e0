using Gongkai.Documents;

namespace Gongkai.Cli.Commands;

/// <summary>Expands the FILE|DIR arguments of a command into files, in a stable order.</summary>
internal static class InputFiles
{
    /// <summary>
    /// Files named directly are always read (an unsupported one gets its own error); a directory contributes, recursively,
    /// the files whose extension a reader supports, in ordinal path order. Missing paths are returned as errors.
    /// </summary>
    public static (List<string> Files, List<ReadResult> Missing) Expand(IEnumerable<string> arguments)
    {
        var files = new List<string>();
        var missing = new List<ReadResult>();
        foreach (var arg in arguments)
        {
            if (Directory.Exists(arg))
            {
                files.AddRange(Directory.EnumerateFiles(arg, "*", SearchOption.AllDirectories)
                    .Where(IsReportCandidate)
                    .Order(StringComparer.Ordinal));
            }
            else if (File.Exists(arg))
            {
                files.Add(arg);
            }
            else
            {
                missing.Add(ReadResult.Failure(arg, "文件或目录不存在"));
            }
        }

        return (files, missing);
    }

    private static bool IsReportCandidate(string path) =>
        !path.EndsWith(".truth.json", StringComparison.OrdinalIgnoreCase)
        && ReportReader.DirectoryExtensions.Contains(Path.GetExtension(path));
}
