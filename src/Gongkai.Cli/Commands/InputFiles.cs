using Gongkai.Documents;

namespace Gongkai.Cli.Commands;

/// <summary>Expands the FILE|DIR arguments of a command into files, in a stable order.</summary>
internal static class InputFiles
{
    /// <summary>
    /// Files named directly are always read (an unsupported one gets its own error); a directory contributes, recursively,
    /// the files whose extension a reader supports, in ordinal path order. Symbolic links are followed once: a link
    /// back into a directory already walked is a loop, reported once as a failure (a folder with two such loops
    /// walked without end; one with a link to its parent read the same report 41 times), and a file reached by two
    /// paths is read once. Missing paths are returned as errors.
    /// </summary>
    public static (List<string> Files, List<FileReading> Missing) Expand(IEnumerable<string> arguments)
    {
        var walk = new Walker();
        foreach (var arg in arguments)
        {
            if (Directory.Exists(arg))
            {
                var found = new List<string>();
                walk.Directory(arg, RealPath(arg), 0, found);
                walk.Files.AddRange(found.Order(StringComparer.Ordinal));
            }
            else if (File.Exists(arg))
            {
                if (walk.SeenFiles.Add(RealPath(arg)))
                {
                    walk.Files.Add(arg);
                }
            }
            else
            {
                // A name that is not valid UTF-8 cannot be opened by its decoded name: the reader says so.
                walk.Failures.Add(ReportReader.ReadFile(arg));
            }
        }

        return (walk.Files, walk.Failures);
    }

    private sealed class Walker
    {
        private readonly HashSet<string> _seenDirectories = new(StringComparer.Ordinal);
        private readonly HashSet<string> _ancestors = new(StringComparer.Ordinal);

        public List<string> Files { get; } = [];

        public List<FileReading> Failures { get; } = [];

        public HashSet<string> SeenFiles { get; } = new(StringComparer.Ordinal);

        public void Directory(string path, string real, int depth, List<string> found)
        {
            if (_ancestors.Contains(real))
            {
                Failures.Add(FileReading.Failure(path, $"符号链接构成循环（指向它所在的目录或上级目录 {real}），已跳过"));
                return;
            }

            // A directory reached again by another link is read once, where it was first reached.
            if (!_seenDirectories.Add(real))
            {
                return;
            }

            if (depth > ReaderLimits.MaxDirectoryDepth)
            {
                Failures.Add(FileReading.Failure(path, $"目录层级超过 {ReaderLimits.MaxDirectoryDepth} 层，未再深入读取"));
                return;
            }

            _ancestors.Add(real);
            var options = new EnumerationOptions { RecurseSubdirectories = false, IgnoreInaccessible = true, AttributesToSkip = 0 };
            foreach (var sub in System.IO.Directory.EnumerateDirectories(path, "*", options).Order(StringComparer.Ordinal))
            {
                Directory(sub, Resolve(sub, real), depth + 1, found);
            }

            foreach (var file in System.IO.Directory.EnumerateFiles(path, "*", options).Where(IsReportCandidate).Order(StringComparer.Ordinal))
            {
                if (!File.Exists(file))
                {
                    // A dangling link, or a name that is not valid UTF-8 (its decoded name opens nothing): the reader says which.
                    Failures.Add(ReportReader.ReadFile(file));
                }
                else if (SeenFiles.Add(Resolve(file, real)))
                {
                    found.Add(file);
                }
            }

            _ancestors.Remove(real);
        }
    }

    /// <summary>The real path of an entry of the directory whose real path is <paramref name="realParent"/>.</summary>
    private static string Resolve(string entry, string realParent)
    {
        var here = Path.Combine(realParent, Path.GetFileName(entry));
        try
        {
            return File.ResolveLinkTarget(here, returnFinalTarget: true) is { } target ? RealPath(target.FullName, 0) : here;
        }
        catch (IOException)
        {
            return here;
        }
    }

    /// <summary>The path with every symbolic link on it resolved, so that one file or directory has one name.</summary>
    private static string RealPath(string path) => RealPath(path, 0);

    private static string RealPath(string path, int hops)
    {
        var full = Path.GetFullPath(path);
        var parent = Path.GetDirectoryName(full);
        if (parent is null || hops > 40)
        {
            return full;
        }

        var here = Path.Combine(RealPath(parent, hops), Path.GetFileName(full));
        try
        {
            return File.ResolveLinkTarget(here, returnFinalTarget: true) is { } target ? RealPath(target.FullName, hops + 1) : here;
        }
        catch (IOException)
        {
            return here;
        }
    }

    private static bool IsReportCandidate(string path) =>
        !path.EndsWith(".truth.json", StringComparison.OrdinalIgnoreCase)
        && ReportReader.DirectoryExtensions.Contains(Path.GetExtension(path));
}
