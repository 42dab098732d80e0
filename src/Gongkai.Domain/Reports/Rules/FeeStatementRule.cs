using System.Text.RegularExpressions;

namespace Gongkai.Domain.Reports.Rules;

/// <summary>
/// R02 第六部分说明信息处理费: when 表三 counts applications dropped for a fee not paid (三（六）2 逾期未缴费) or the
/// report says elsewhere that it charged a 信息处理费, part 六 states the 信息处理费. Basis: 国办公开办函〔2021〕30号's
/// part 六 item "依据《政府信息公开信息处理费管理办法》收取信息处理费的情况" (statutory-rules §2.1; 国办函〔2020〕109号).
/// </summary>
public sealed partial class FeeStatementRule : IReportRule
{
    public string Code => "narrative.feeStatement";

    public string Name => "第六部分说明信息处理费的收取情况";

    public IEnumerable<Finding> Check(AnnualReport report, AnnualReport? previous)
    {
        ArgumentNullException.ThrowIfNull(report);
        if (report.Sections.IsEmpty)
        {
            yield break;
        }

        var lapsed = report.Applications?.Cell(RowKeys.OtherHandlingFeeOverdue, 6) is > 0;
        // "共收取信息处理费380元" in part 一 (a fee charged), not "未收取信息处理费" or "收取信息处理费0元".
        var charged = report.Sections.Where(s => s.Number != 6).Any(s => Charged().IsMatch(s.Text));
        if (!lapsed && !charged)
        {
            yield break;
        }

        var six = report.SectionText(6);
        if (six is null || !six.Contains("处理费", StringComparison.Ordinal))
        {
            var why = lapsed
                ? $"表三「三（六）2.申请人逾期未按收费通知要求缴纳费用」行「总计」列为{ReportRules.Format(report.Applications!.Cell(RowKeys.OtherHandlingFeeOverdue, 6)!.Value)}"
                : "报告其他部分写明收取了信息处理费";
            yield return Finding.Warning(Code, null, null, null, $"{why}，但第六部分「其他需要报告的事项」没有说明信息处理费的收取情况");
        }
    }

    [GeneratedRegex(@"(?<![未不没无])收取[^。；;,，]{0,12}信息处理费[^。；;,，\d]{0,6}[1-9]\d*(?:\.\d+)?\s*元")]
    private static partial Regex Charged();
}
