namespace Gongkai.Domain.Reports.Rules;

/// <summary>
/// 表三's printed 勾稽关系, per column: 一、本年新收 + 二、上年结转 = 三（七）总计 + 四、结转下年度继续办理
/// ("本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和", both formats).
/// </summary>
public sealed class ApplicationsBalanceRule : IReportRule
{
    public string Code => "applications.balance";

    public string Name => "表三勾稽关系：第一项加第二项之和等于第三项加第四项之和";

    public IEnumerable<Finding> Check(AnnualReport report, AnnualReport? previous)
    {
        ArgumentNullException.ThrowIfNull(report);
        if (report.Applications is not { } t
            || t[RowKeys.NewlyReceived] is not { } received
            || t[RowKeys.CarriedOver] is not { } carried
            || t[RowKeys.OutcomeTotal] is not { } handled
            || t[RowKeys.CarriedForward] is not { } forward)
        {
            yield break;
        }

        for (var c = 0; c < received.Length; c++)
        {
            if (received[c] is not { } a || carried[c] is not { } b || handled[c] is not { } h || forward[c] is not { } f)
            {
                continue;
            }

            if (a + b != h + f)
            {
                var column = ReportTemplate.ApplicantColumns[c].Label;
                yield return Finding.Error(Code, TableId.Applications, RowKeys.OutcomeTotal, c,
                    $"表三「{column}」列：一+二={ReportRules.Format(a + b)}，三（七）+四={ReportRules.Format(h + f)}，两者不等");
            }
        }
    }
}
