using Gongkai.Domain.Requests;

namespace Gongkai.Domain.Tests.Requests;

/// <summary>办理结果 in plain words: each item of 条例第三十六条 its own label and article, no 表三 counting notes.</summary>
public sealed class OutcomeWordsTests
{
    [Theory]
    [InlineData(Outcome.AlreadyPublished, "已主动公开，告知获取方式和途径（第三十六条第（一）项）")]
    [InlineData(Outcome.Provided, "予以公开，提供所申请的信息（第三十六条第（二）项）")]
    [InlineData(Outcome.NotExist, "经检索没有所申请的信息，告知不存在（第三十六条第（四）项）")]
    [InlineData(Outcome.NotThisAgency, "不属于本机关负责公开，告知负责公开的机关（第三十六条第（五）项）")]
    [InlineData(Outcome.Duplicate, "重复申请，告知不再重复处理（第三十六条第（六）项）")]
    [InlineData(Outcome.AdministrativeQuery, "告知依照有关法律、行政法规的规定办理（第三十六条第（七）项）")]
    [InlineData(Outcome.PartiallyDisclosed, "部分公开，提供可以公开的部分（第三十七条）")]
    public void Each_outcome_has_its_own_plain_label_with_its_article(Outcome outcome, string name) =>
        Assert.Equal(name, outcome.Name());

    [Fact]
    public void No_two_outcomes_share_a_label_and_none_carries_a_counting_note()
    {
        var names = Enum.GetValues<Outcome>().Select(o => o.Name()).ToList();
        Assert.Equal(names.Count, names.Distinct(StringComparer.Ordinal).Count());
        Assert.All(names, n => Assert.DoesNotContain("只计", n, StringComparison.Ordinal));
        Assert.All(names, n => Assert.Matches("（第.+条.*）$", n));

        // The 表三 row, for staff, keeps its note: the two are different words for different readers.
        Assert.Contains("只计这一情形", Outcome.PartiallyDisclosed.Label(), StringComparison.Ordinal);
    }
}
