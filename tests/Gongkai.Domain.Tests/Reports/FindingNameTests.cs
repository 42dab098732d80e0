using Gongkai.Domain.Reports;
using Gongkai.Domain.Reports.Rules;

namespace Gongkai.Domain.Tests.Reports;

public sealed class FindingNameTests
{
    [Fact]
    public void Every_rule_and_every_reader_code_has_a_chinese_name()
    {
        foreach (var rule in ReportRules.All.Concat(ReportRules.Narrative).Concat(ReportRules.AcrossYears))
        {
            Assert.Equal(rule.Name, ReportRules.FindingName(rule.Code));
        }

        var readerCodes = typeof(FindingCodes).GetFields().Where(f => f.IsLiteral).Select(f => (string)f.GetRawConstantValue()!).ToList();
        Assert.Contains("parse.unresolved", readerCodes);
        Assert.All(readerCodes, code => Assert.False(string.IsNullOrEmpty(FindingCodes.NameOf(code)), code));
        Assert.Equal("上年报告不是相邻年度", ReportRules.FindingName(PreviousYearRules.YearCode));
        Assert.Equal("读取文件时的提示", ReportRules.FindingName("html.somethingNew"));
    }
}
