namespace Gongkai.Domain.Reports.Rules;

/// <summary>
/// X02 规章、行政规范性文件现行有效件数前后衔接: 现行有效件数 = last year's 现行有效件数 + 本年制发件数 − 本年废止件数, for
/// 规章 and 行政规范性文件, when both years use the 2021 template (表二 第二十条第（一）项; statutory-rules §2.2). A
/// warning, not an error: documents also lapse when their 有效期 ends, without being 废止.
/// </summary>
public sealed class ValidDocumentsRule : IReportRule
{
    public string Code => "proactive.validCount";

    public string Name => "表二“现行有效件数”等于上年现行有效件数加本年制发件数减本年废止件数";

    public IEnumerable<Finding> Check(AnnualReport report, AnnualReport? previous)
    {
        ArgumentNullException.ThrowIfNull(report);
        if (report.Template != ReportTemplate.Format2021 || previous?.Template != ReportTemplate.Format2021
            || report.Proactive is not { } now || previous.Proactive is not { } then)
        {
            yield break;
        }

        var blank = BlankCells.Of(report);
        var blankThen = BlankCells.Of(previous);
        foreach (var key in new[] { RowKeys.Regulations, RowKeys.NormativeDocuments })
        {
            if (now[key] is not { } row || then[key] is not { } last
                || row[0] is not { } issued || row[1] is not { } repealed || row[2] is not { } valid || last[2] is not { } lastValid
                || Enumerable.Range(0, 3).Any(c => blank.Contains((TableId.Proactive, key, c))) || blankThen.Contains((TableId.Proactive, key, 2)))
            {
                continue;
            }

            var expected = lastValid + issued - repealed;
            if (valid != expected)
            {
                yield return Finding.Warning(Code, TableId.Proactive, key, 2,
                    $"{now.Spec.CellName(key, 2)}为{ReportRules.Format(valid)}，但上年现行有效{ReportRules.Format(lastValid)}，按上年报告同列{ReportRules.Format(lastValid)}+本年制发{ReportRules.Format(issued)}−本年废止{ReportRules.Format(repealed)}={ReportRules.Format(expected)}");
            }
        }
    }
}
