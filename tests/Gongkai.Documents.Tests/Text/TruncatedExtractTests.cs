using System.Text;
using Gongkai.Domain.Reports;

namespace Gongkai.Documents.Tests.Text;

/// <summary>
/// A Markdown extract that kept only part of each table (a converter or a person cut it short): 表二 with the
/// 第二十条第（一）项 rows only, 表三 with its first row and no header, 表四 as one row of fifteen numbers. What is
/// printed is read; what is not is reported missing, never invented. Numbers are made up.
/// </summary>
public sealed class TruncatedExtractTests
{
    private const string Extract = """
        某市 2024 年政府信息公开工作年度报告

        一、总体情况
        2024 年，我市持续推进政务公开工作。

        二、主动公开政府信息情况
        ## 表二：主动公开政府信息情况
        | 信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |
        |---|---|---|---|
        | 规章 | 2 | 1 | 17 |
        | 行政规范性文件 | 48 | 12 | 305 |

        三、收到和处理政府信息公开申请情况
        ## 表三：收到和处理政府信息公开申请情况
        | 一、本年新收政府信息公开申请数量 | 2210 | 41 | 0 | 3 | 12 | 5 | 2271 |

        四、政府信息公开行政复议、行政诉讼情况
        行政复议行政诉讼
        | 64 | 11 | 37 | 9 | 121 | 4 | 1 | 6 | 3 | 14 | 12 | 0 | 5 | 2 | 19 |

        五、存在的主要问题及改进情况
        一是数字化水平有待提高。
        """;

    [Fact]
    public void Printed_rows_are_read_and_the_rest_is_reported_missing_not_invented()
    {
        var report = ReportReader.Read("extract.md", Encoding.UTF8.GetBytes(Extract)).Report!;
        Assert.Equal([2m, 1m, 17m], report.Proactive!["regulations"]!.Value.Select(v => v!.Value));
        Assert.Equal([48m, 12m, 305m], report.Proactive!["normativeDocuments"]!.Value.Select(v => v!.Value));
        Assert.Equal([2210m, 41m, 0m, 3m, 12m, 5m, 2271m], report.Applications!["newlyReceived"]!.Value.Select(v => v!.Value));
        Assert.Equal([64m, 11m, 37m, 9m, 121m], report.ReviewLitigation!["reconsideration"]!.Value.Select(v => v!.Value));
        Assert.Equal([4m, 1m, 6m, 3m, 14m], report.ReviewLitigation!["litigationWithoutReconsideration"]!.Value.Select(v => v!.Value));
        Assert.Equal([12m, 0m, 5m, 2m, 19m], report.ReviewLitigation!["litigationAfterReconsideration"]!.Value.Select(v => v!.Value));
        foreach (var row in new[] { "carriedOver", "disclosed", "outcomeTotal", "carriedForward" })
        {
            Assert.Null(report.Applications![row]);
            Assert.Contains(report.Findings, f => f.Table == TableId.Applications && f.Row == row && f.Severity >= Severity.Warning);
        }

        Assert.Null(report.Proactive!["administrativeLicensing"]);
    }
}
