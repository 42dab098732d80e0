namespace Gongkai.Domain.Reports.Rules;

/// <summary>
/// X01 上年结转等于上年报告的结转下年度: this year's 表三 二、上年结转 equals last year's 四、结转下年度继续办理 in
/// each of the 7 columns. Basis: an application carried forward is the next year's carried-over one (条例第三十三条
/// sets the reply period across the year end; statutory-rules §2.3, PRACTICE). A cell printed blank in either
/// report is not available and is not compared (oversight.md §4; <see cref="BlankDriftRule"/> tells it).
/// </summary>
public sealed class CarryOverRule : IReportRule
{
    public string Code => "applications.carryOver";

    public string Name => "表三“上年结转”等于上年报告“结转下年度继续办理”";

    public IEnumerable<Finding> Check(AnnualReport report, AnnualReport? previous)
    {
        ArgumentNullException.ThrowIfNull(report);
        if (report.Applications is not { } table || table[RowKeys.CarriedOver] is not { } carried
            || previous?.Applications?[RowKeys.CarriedForward] is not { } forward)
        {
            yield break;
        }

        var blankNow = BlankCells.Of(report);
        var blankThen = BlankCells.Of(previous);
        for (var c = 0; c < carried.Length && c < forward.Length; c++)
        {
            if (carried[c] is { } now && forward[c] is { } then && now != then
                && !blankNow.Contains((TableId.Applications, RowKeys.CarriedOver, c)) && !blankThen.Contains((TableId.Applications, RowKeys.CarriedForward, c)))
            {
                yield return Finding.Error(Code, TableId.Applications, RowKeys.CarriedOver, c,
                    $"{table.Spec.CellName(RowKeys.CarriedOver, c)}为{ReportRules.Format(now)}，上年报告「四、结转下年度继续办理」同列为{ReportRules.Format(then)}");
            }
        }
    }
}
