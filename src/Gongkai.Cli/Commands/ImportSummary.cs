using Spectre.Console;

namespace Gongkai.Cli.Commands;

/// <summary>
/// What became of an import's files: counts by state as the platform reports them, each file that failed or waits in
/// 待确认 with why, and every file not taken (refused here or by the platform, or never sent).
/// </summary>
internal sealed class ImportSummary(IEnumerable<string> refusedHere)
{
    private static readonly (string State, string Label)[] States =
    [
        ("stored", "已入库"), ("duplicate", "重复文件"), ("unplaced", "待确认"), ("failed", "失败"), ("queued", "排队中"), ("reading", "读取中"),
    ];

    private readonly Dictionary<string, int> _counts = new(StringComparer.Ordinal);
    private readonly List<string> _refused = [.. refusedHere];
    private readonly List<ProgressFile> _failed = [];
    private readonly List<ProgressFile> _unplaced = [];
    private string? _lost;

    /// <summary>Every file sent was stored or was already in the store, and nothing was refused.</summary>
    public bool AllStored =>
        _lost is null && _refused.Count == 0
        && _counts.Where(c => c.Key is not ("stored" or "duplicate")).All(c => c.Value == 0);

    public int Stored => _counts.GetValueOrDefault("stored");

    public int Duplicates => _counts.GetValueOrDefault("duplicate");

    /// <summary>The counts as one short line: 已入库 3，重复文件 1，….</summary>
    public static string Brief(IReadOnlyDictionary<string, int> counts) =>
        string.Join("，", States.Where(s => counts.GetValueOrDefault(s.State) > 0).Select(s => $"{s.Label} {counts[s.State]}"));

    /// <summary>The platform's refusals of one upload (each 「file：reason」), said once however many batches repeat them.</summary>
    public void Refuse(IEnumerable<string> reasons)
    {
        foreach (var r in reasons.Where(r => !_refused.Contains(r)))
        {
            _refused.Add(r);
        }
    }

    public void NotSent(IEnumerable<string> paths, string reason) =>
        _refused.AddRange(paths.Select(p => $"{p}：未上传（{reason}）"));

    public void Lost(string reason) => _lost = reason;

    public void Count(IReadOnlyDictionary<string, int> counts)
    {
        foreach (var (state, count) in counts)
        {
            _counts[state] = _counts.GetValueOrDefault(state) + count;
        }
    }

    public void Files(IEnumerable<ProgressFile> items)
    {
        foreach (var item in items)
        {
            (item.State switch { "failed" => _failed, "unplaced" => _unplaced, _ => null })?.Add(item);
        }
    }

    public void Write(IAnsiConsole console)
    {
        ReportConsole.Heading(console, "导入结果");
        var total = _counts.Values.Sum();
        console.MarkupLine(Markup.Escape($"共 {total} 个文件：已入库 {Stored}，重复文件 {Duplicates}，待确认 {_counts.GetValueOrDefault("unplaced")}，失败 {_counts.GetValueOrDefault("failed")}"
            + (_refused.Count > 0 ? $"；未接收 {_refused.Count} 项" : "")));
        if (_unplaced.Count > 0)
        {
            console.MarkupLine("[yellow]待确认[/]（请在平台的「待确认」列表中指定单位和年度）：");
            foreach (var f in _unplaced)
            {
                console.MarkupLine($"  {Markup.Escape(f.FileName)}：{Markup.Escape(f.Error ?? "未能确定单位或年度")}");
            }
        }

        if (_failed.Count > 0)
        {
            console.MarkupLine("[red]失败[/]：");
            foreach (var f in _failed)
            {
                console.MarkupLine($"  {Markup.Escape(f.FileName)}：{Markup.Escape(f.Error ?? "读取失败")}");
            }
        }

        WriteRefused(console);
        if (_lost is not null)
        {
            console.MarkupLine($"[red]{Markup.Escape(_lost)}[/]");
        }
    }

    public void WriteRefused(IAnsiConsole console)
    {
        if (_refused.Count == 0)
        {
            return;
        }

        console.MarkupLine("[red]未接收[/]：");
        foreach (var r in _refused)
        {
            console.MarkupLine($"  {Markup.Escape(r)}");
        }
    }
}
