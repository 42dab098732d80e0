using System.Diagnostics;
using System.Text;
using Gongkai.Documents;
using Gongkai.Domain.Reports;
using Gongkai.Testing;

// Corpus throughput run: writes N generated reports in the spaced text layouts to a folder, then times
// (1) reading and decoding every file, (2) parsing them in this process, (3) `gongkai parse --format jsonl` over
// the folder in one process, start-up included. By default (3) runs the build output of src/Gongkai.Cli
// (`dotnet build -c Release src/Gongkai.Cli` first); give the gongkai.dll of a published build to time that instead.
// Usage: dotnet run -c Release --project bench/Gongkai.Bench -- [N] [path/to/gongkai.dll]
var count = args.Length > 0 ? int.Parse(args[0], System.Globalization.CultureInfo.InvariantCulture) : 3000;
var cli = args.Length > 1 ? args[1] : Path.Combine(Corpus.RepositoryRoot, "src", "Gongkai.Cli", "bin", "Release", "net10.0", "gongkai.dll");
var dir = Path.Combine(Path.GetTempPath(), "gongkai-bench");
if (Directory.Exists(dir))
{
    Directory.Delete(dir, recursive: true);
}

Directory.CreateDirectory(dir);
var random = new Random(2024);
TextLayout[] layouts = [TextLayout.TabSeparated, TextLayout.OneCellPerLine, TextLayout.SingleLine, TextLayout.BrokenLabels, TextLayout.Markdown, TextLayout.PdfLayout];
for (var i = 0; i < count; i++)
{
    var template = i % 5 == 0 ? ReportTemplate.Trial2019 : ReportTemplate.Format2021;
    var report = ReportGenerator.Generate(random, template, template == ReportTemplate.Format2021 ? 2023 : 2020);
    File.WriteAllText(Path.Combine(dir, $"{i:D5}.txt"), TextLayouts.Write(report, layouts[i % layouts.Length]), Encoding.UTF8);
}

var files = Directory.GetFiles(dir);
var bytes = files.Sum(f => new FileInfo(f).Length);

var watch = Stopwatch.StartNew();
long chars = 0;
Parallel.ForEach(files, f => Interlocked.Add(ref chars, Gongkai.Documents.Text.TextDecoding.Decode(File.ReadAllBytes(f)).Length));
var decode = watch.Elapsed;

watch.Restart();
var inProcess = 0;
Parallel.ForEach(files, f =>
{
    if (ReportReader.ReadFile(f).Succeeded)
    {
        Interlocked.Increment(ref inProcess);
    }
});
var parse = watch.Elapsed;

var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, UseShellExecute = false };
start.ArgumentList.Add(cli);
start.ArgumentList.Add("parse");
start.ArgumentList.Add(dir);
start.ArgumentList.Add("--format");
start.ArgumentList.Add("jsonl");
watch.Restart();
using var process = Process.Start(start)!;
var lines = 0;
while (process.StandardOutput.ReadLine() is not null)
{
    lines++;
}

process.WaitForExit();
var endToEnd = watch.Elapsed;

var mb = bytes / 1024.0 / 1024.0;
Console.WriteLine($"files: {files.Length}, {mb:F1} MB");
Console.WriteLine($"read+decode only:        {decode.TotalSeconds:F2} s  ({files.Length / decode.TotalSeconds:F0} files/s, {mb / decode.TotalSeconds:F1} MB/s)");
Console.WriteLine($"parse in process:        {parse.TotalSeconds:F2} s  ({inProcess / parse.TotalSeconds:F0} reports/s, {mb / parse.TotalSeconds:F1} MB/s)");
Console.WriteLine($"gongkai parse --jsonl:   {endToEnd.TotalSeconds:F2} s  ({lines / endToEnd.TotalSeconds:F0} reports/s incl. start-up, {mb / endToEnd.TotalSeconds:F1} MB/s, exit {process.ExitCode}, {lines} lines)");
Console.WriteLine($"parse / read+decode:     {parse.TotalSeconds / decode.TotalSeconds:F1}x");
Console.WriteLine($"gongkai / read+decode:   {endToEnd.TotalSeconds / decode.TotalSeconds:F1}x");
