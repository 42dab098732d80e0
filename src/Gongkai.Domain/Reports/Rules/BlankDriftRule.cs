namespace Gongkai.Domain.Reports.Rules;

/// <summary>
/// X11 空白单元格与上年一致: a cell printed blank one year and as a number the other. A blank is "not available",
/// not 0 (oversight.md §4), so the cell's figures cannot be compared across the years; an info, so that a person
/// reading the series knows (武汉市汉阳区 2022 printed 规章's 现行有效件数 blank).
/// </summary>
public sealed class BlankDriftRule : IReportRule
{
    public string Code => "acrossYears.blankDrift";

    public string Name => "空白单元格与上年一致";

    public IEnumerable<Finding> Check(AnnualReport report, AnnualReport? previous)
    {
        ArgumentNullException.ThrowIfNull(report);
        if (previous is null)
        {
            yield break;
        }

        var blankNow = BlankCells.Of(report);
        var blankThen = BlankCells.Of(previous);
        foreach (var table in report.Tables)
        {
            if (previous.Table(table.Id) is not { } last || last.Spec != table.Spec)
            {
                continue;
            }

            foreach (var (row, values) in table.Rows)
            {
                for (var c = 0; c < row.Columns.Length; c++)
                {
                    var cell = (table.Id, row.Key, c);
                    var now = blankNow.Contains(cell);
                    var then = blankThen.Contains(cell);
                    if (now == then || values?[c] is null || last.Cell(row.Key, c) is not { } lastValue)
                    {
                        continue;
                    }

                    yield return Finding.Info(Code, table.Id, row.Key, c, now
                        ? $"{table.Spec.CellName(row.Key, c)}本年印为空白，上年报告同列为{ReportRules.Format(lastValue)}，两年不能比较"
                        : $"{table.Spec.CellName(row.Key, c)}为{ReportRules.Format(values.Value[c]!.Value)}，上年报告同列印为空白，两年不能比较");
                }
            }
        }
    }
}
