using System.Globalization;

namespace Gongkai.Domain.Reports.Rules;

/// <summary>
/// X06 主要数字与上年相比没有突变: r = (k_y + 1) / (k_{y−1} + 1) above 5 or below 0.2 with the larger of the two at
/// least 10, for 新收总计, 办结总计, the three 表四 总计, 行政许可, 行政处罚 and 规范性文件制发 (oversight.md §4). Basis
/// (PRACTICE): such a jump is most often a typing error or a change of scope (本机关 one year, 本级汇总 the next);
/// a warning for a person to confirm. Blank cells are not compared.
/// </summary>
public sealed class SuddenChangeRule : IReportRule
{
    public string Code => "acrossYears.suddenChange";

    public string Name => "主要数字与上年相比没有突变";

    // Which cell holds the figure in each template: 表二's decisions are column 0 in 2021 (本年处理决定数量) and column
    // 2 in 2019 (处理决定数量); 规范性文件 制发 is column 0 in both (本年制发件数 / 本年新制作数量).
    private static readonly (TableId Table, string Row, int Column2021, int Column2019)[] Figures =
    [
        (TableId.Applications, RowKeys.NewlyReceived, 6, 6),
        (TableId.Applications, RowKeys.OutcomeTotal, 6, 6),
        (TableId.ReviewLitigation, RowKeys.Reconsideration, 4, 4),
        (TableId.ReviewLitigation, RowKeys.LitigationWithoutReconsideration, 4, 4),
        (TableId.ReviewLitigation, RowKeys.LitigationAfterReconsideration, 4, 4),
        (TableId.Proactive, RowKeys.AdministrativeLicensing, 0, 2),
        (TableId.Proactive, RowKeys.AdministrativePenalty, 0, 2),
        (TableId.Proactive, RowKeys.NormativeDocuments, 0, 0),
    ];

    public IEnumerable<Finding> Check(AnnualReport report, AnnualReport? previous)
    {
        ArgumentNullException.ThrowIfNull(report);
        if (previous is null)
        {
            yield break;
        }

        var blank = BlankCells.Of(report);
        var blankThen = BlankCells.Of(previous);
        foreach (var (id, row, c2021, c2019) in Figures)
        {
            var column = report.Template == ReportTemplate.Format2021 ? c2021 : c2019;
            var lastColumn = previous.Template == ReportTemplate.Format2021 ? c2021 : c2019;
            if (report.Table(id) is not { } table || table.Cell(row, column) is not { } now
                || previous.Table(id)?.Cell(row, lastColumn) is not { } then
                || blank.Contains((id, row, column)) || blankThen.Contains((id, row, lastColumn)))
            {
                continue;
            }

            var ratio = (now + 1) / (then + 1);
            if ((ratio > 5 || ratio < 0.2m) && Math.Max(now, then) >= 10)
            {
                var how = ratio > 1 ? $"增至约{ratio.ToString("0.#", CultureInfo.InvariantCulture)}倍" : $"降至约{(ratio * 100).ToString("0", CultureInfo.InvariantCulture)}%";
                var lastName = previous.Table(id)!.Spec.CellName(row, lastColumn);
                yield return Finding.Warning(Code, id, row, column,
                    $"{table.Spec.CellName(row, column)}为{ReportRules.Format(now)}，上年报告{(lastColumn == column ? "同列" : lastName)}为{ReportRules.Format(then)}，{how}，请核对是否填错或统计口径有变");
            }
        }
    }
}
