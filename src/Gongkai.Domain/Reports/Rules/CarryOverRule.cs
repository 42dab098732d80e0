namespace Gongkai.Domain.Reports.Rules;

/// <summary>
/// Across years: this year's 二、上年结转 equals last year's 四、结转下年度继续办理, column by column
/// (statutory-rules §2.3, PRACTICE).
/// </summary>
public sealed class CarryOverRule : IReportRule
{
    public string Code => "applications.carryOver";

    public IEnumerable<Finding> Check(AnnualReport report, AnnualReport? previous)
    {
        ArgumentNullException.ThrowIfNull(report);
        if (report.Applications?["carriedOver"] is not { } carried || previous?.Applications?["carriedForward"] is not { } forward)
        {
            yield break;
        }

        for (var c = 0; c < carried.Length; c++)
        {
            if (carried[c] is { } now && forward[c] is { } then && now != then)
            {
                yield return Finding.Error(Code, TableId.Applications, "carriedOver", c,
                    $"{report.Applications.Spec.CellName("carriedOver", c)}为{ReportRules.Format(now)}，但上年度报告「四、结转下年度继续办理」为{ReportRules.Format(then)}");
            }
        }
    }
}
