using Gongkai.Documents.Tables;

namespace Gongkai.Documents.Tests.Tables;

/// <summary>Merged cells rebuilt as a grid: each number on its own line, a merged cell's text once, its covered positions left out.</summary>
public sealed class TableLinesTests
{
    [Fact]
    public void Rowspan_and_colspan_leave_covered_positions_out()
    {
        IReadOnlyList<IReadOnlyList<SourceCell>> rows =
        [
            [new("note", 2, 2), new("申请人情况", 2)],
            [new("自然人"), new("总计")],
            [new("三、本年度办理结果", 1, 2), new("（一）予以公开"), new("1"), new("1")],
            [new("（二）部分公开"), new("2"), new("2")],
        ];
        Assert.Equal(
            ["note\t申请人情况", "自然人\t总计", "三、本年度办理结果\t（一）予以公开\t1\t1", "（二）部分公开\t2\t2"],
            TableLines.ToLines(rows));
    }

    [Fact]
    public void Absurd_spans_are_clamped()
    {
        IReadOnlyList<IReadOnlyList<SourceCell>> rows = [[new("a", 100000, 100000), new("1")], [new("2")]];
        Assert.Equal(2, TableLines.ToLines(rows).Count());
    }

    [Theory]
    [InlineData("\u00A0", "")]
    [InlineData("  三、本年度\n办理结果 ", "三、本年度 办理结果")]
    [InlineData("\u3000\t0\u00A0", "0")]
    public void Cell_text_is_cleaned(string raw, string clean) => Assert.Equal(clean, TableLines.Clean(raw));
}
