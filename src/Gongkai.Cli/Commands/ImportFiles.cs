namespace Gongkai.Cli.Commands;

/// <summary>One file to upload, and the 清单.csv of its folder when there is one.</summary>
internal sealed record ImportFile(string Path, long Length, string? Manifest);

/// <summary>The files of one upload request.</summary>
internal sealed record ImportRequestBatch(IReadOnlyList<ImportFile> Files)
{
    /// <summary>The folders' 清单.csv files the batch carries, each once.</summary>
    public IEnumerable<string> Manifests => Files.Select(f => f.Manifest).OfType<string>().Distinct(StringComparer.Ordinal);
}

/// <summary>
/// What <c>gongkai import</c> sends: the files of the kinds the reports store takes (named directly or found in
/// folders, recursively), each folder's 清单.csv (文件名, 网址, 发布日期) alongside, cut into requests of at most
/// <see cref="FilesPerRequest"/> files and <see cref="BytesPerRequest"/> bytes.
/// </summary>
internal static class ImportFiles
{
    /// <summary>The kinds the platform's import takes (its <c>ImportLimits.Extensions</c>, and ZIPs).</summary>
    public static readonly IReadOnlySet<string> Extensions = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        ".txt", ".md", ".markdown", ".html", ".htm", ".shtml", ".docx", ".pdf", ".xlsx", ".zip",
    };

    /// <summary>The platform refuses a larger report file (its <c>ImportLimits.FileBytes</c>): 50 MB.</summary>
    public const long FileBytes = 50L * 1024 * 1024;

    public const int FilesPerRequest = 200;

    /// <summary>Bytes of one request, well under the platform's 300 MB limit; a single larger file goes alone.</summary>
    public const long BytesPerRequest = 50L * 1024 * 1024;

    private static readonly string[] ManifestNames = ["清单.csv", "manifest.csv"];

    /// <summary>
    /// The files to send in ordinal path order, and the paths refused here with why (missing, of another kind, too
    /// large), so that they are reported without being sent.
    /// </summary>
    public static (List<ImportFile> Files, List<(string Path, string Reason)> Refused) Expand(IEnumerable<string> arguments)
    {
        var files = new List<ImportFile>();
        var refused = new List<(string, string)>();
        foreach (var arg in arguments)
        {
            if (Directory.Exists(arg))
            {
                foreach (var path in Directory.EnumerateFiles(arg, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
                {
                    if (Extensions.Contains(Path.GetExtension(path)))
                    {
                        Add(path, files, refused);
                    }
                }
            }
            else if (File.Exists(arg))
            {
                if (IsManifest(arg))
                {
                    continue;
                }

                if (Extensions.Contains(Path.GetExtension(arg)))
                {
                    Add(arg, files, refused);
                }
                else
                {
                    refused.Add((arg, $"不支持的文件类型「{Path.GetExtension(arg)}」，可导入 txt、md、html、docx、pdf、xlsx 和 zip"));
                }
            }
            else
            {
                refused.Add((arg, "文件或目录不存在"));
            }
        }

        return (files, refused);
    }

    /// <summary>Consecutive files cut into requests by count and size.</summary>
    public static List<ImportRequestBatch> Batches(IReadOnlyList<ImportFile> files, int filesPerRequest = FilesPerRequest, long bytesPerRequest = BytesPerRequest)
    {
        var batches = new List<ImportRequestBatch>();
        var current = new List<ImportFile>();
        long bytes = 0;
        foreach (var file in files)
        {
            if (current.Count > 0 && (current.Count >= filesPerRequest || bytes + file.Length > bytesPerRequest))
            {
                batches.Add(new ImportRequestBatch(current));
                current = [];
                bytes = 0;
            }

            current.Add(file);
            bytes += file.Length;
        }

        if (current.Count > 0)
        {
            batches.Add(new ImportRequestBatch(current));
        }

        return batches;
    }

    private static void Add(string path, List<ImportFile> files, List<(string, string)> refused)
    {
        var length = new FileInfo(path).Length;
        if (length > FileBytes)
        {
            refused.Add((path, $"文件大小 {length / 1048576} MB，超过单个文件 {FileBytes / 1048576} MB 的上限"));
            return;
        }

        files.Add(new ImportFile(path, length, ManifestBeside(path)));
    }

    private static string? ManifestBeside(string path)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
        return ManifestNames.Select(n => Path.Combine(folder, n)).FirstOrDefault(File.Exists);
    }

    private static bool IsManifest(string path) => ManifestNames.Contains(Path.GetFileName(path), StringComparer.OrdinalIgnoreCase);
}
