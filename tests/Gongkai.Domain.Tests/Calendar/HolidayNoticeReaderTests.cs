using Gongkai.Domain.Calendar;

namespace Gongkai.Domain.Tests.Calendar;

/// <summary>A notice an administrator loads: accepted as the shipped files are, refused with the line and the reason.</summary>
public sealed class HolidayNoticeReaderTests
{
    private const string Valid2027 = """
        {
          "year": 2027,
          "notices": [ { "number": "国办发明电〔2026〕9号", "issued": "2026-11-20" } ],
          "holidays": [
            { "name": "元旦", "off": "2027-01-01/2027-01-03", "worked": [] },
            { "name": "春节", "off": "2027-02-05/2027-02-12", "worked": ["2027-02-20"] }
          ]
        }
        """;

    private static DateOnly D(string s) => DateOnly.ParseExact(s, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public void Every_shipped_data_file_reads_as_a_loaded_notice_would()
    {
        foreach (var notice in HolidaySchedule.Embedded)
        {
            var reading = HolidayNoticeReader.FromJson(HolidayNoticeJson.Write(notice));
            Assert.True(reading.IsSuccess, string.Join("；", reading.Messages));
            Assert.Equal(notice.OffDays, reading.Value!.OffDays);
            Assert.Equal(notice.WorkedDays, reading.Value.WorkedDays);
            Assert.Equal(notice.Citation, reading.Value.Citation);
        }
    }

    [Fact]
    public void A_valid_file_is_read()
    {
        var notice = HolidayNoticeReader.FromJson(Valid2027).Value!;
        Assert.Equal(2027, notice.Year);
        Assert.Equal(11, notice.OffDays.Count());
        Assert.Equal([D("2027-02-20")], notice.WorkedDays);
    }

    [Theory]
    [InlineData("\"2027-02-20\"]", "\"2027-02-17\"]", "第6行：「春节」的调休上班日2027-02-17是星期三，调休上班只能安排在星期六或星期日")]
    [InlineData("\"off\": \"2027-01-01/2027-01-03\"", "\"off\": \"2026-11-30/2026-12-02\"", "第5行：「元旦」的放假日期2026-11-30不在2027年内")]
    [InlineData("\"off\": \"2027-02-05/2027-02-12\"", "\"off\": \"2027-01-03/2027-01-05\"", "第6行：「春节」的放假日期2027-01-03已在第5行（元旦）列为放假日期，日期不能重叠")]
    [InlineData("\"name\": \"春节\"", "\"name\": \"元旦\"", "第6行：「元旦」已在第5行列出，同一节日不能列两次")]
    [InlineData("\"2027-02-20\"]", "\"2027-02-06\"]", "第6行：「春节」的2027-02-06既列为放假日期又列为调休上班日")]
    [InlineData("\"off\": \"2027-02-05/2027-02-12\"", "\"off\": \"2027-02-12/2027-02-05\"", "第6行：「春节」的放假截止日2027-02-05早于起始日2027-02-12")]
    [InlineData("\"off\": \"2027-02-05/2027-02-12\"", "\"off\": \"2027年2月5日\"", "第6行：「春节」的放假日期「2027年2月5日」应为yyyy-MM-dd格式")]
    [InlineData("\"year\": 2027", "\"year\": 1999", "年份1999不在2019年至2100年之间")]
    [InlineData("\"issued\": \"2026-11-20\"", "\"issued\": \"\"", "第3行：通知的印发日期issued应为yyyy-MM-dd格式的日期")]
    [InlineData("\"worked\": [] },", "\"worked\": [] }", "第6行：不是有效的JSON")]
    public void A_malformed_file_is_refused_with_the_line_and_the_reason(string replace, string with, string reason)
    {
        var reading = HolidayNoticeReader.FromJson(Valid2027.Replace(replace, with, StringComparison.Ordinal));
        Assert.False(reading.IsSuccess);
        Assert.Null(reading.Value);
        Assert.Contains(reading.Messages, p => p.StartsWith(reason, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("元旦 2027-01-01\n春节 2027-02-05至2027-02-12 上班 2027-02-20", null)]
    [InlineData("元旦 2027-01-01\n\n国庆节 2027-10-01至2027-10-07 上班：2027-09-26，2027-10-09", null)]
    [InlineData("元旦\n", "第1行：「元旦」后应写放假日期")]
    [InlineData("元旦 2027-01-01\n劳动节 2027-05-01至2027-05-05 上班 2027-05-06", "第2行：「劳动节」的调休上班日2027-05-06是星期四")]
    [InlineData("元旦 2027-01-01 2027-01-02", "第1行：放假日期应为一个日期或一段连续日期")]
    [InlineData("国庆节 2027-10-01至2027-10-31", "第1行：「国庆节」的放假期间2027-10-01至2027-10-31超过14天")]
    [InlineData("", "没有任何节假日")]
    public void Dates_typed_on_the_page_are_read_line_by_line(string lines, string? reason)
    {
        var reading = HolidayNoticeReader.FromLines(2027, "国办发明电〔2026〕9号", D("2026-11-20"), "", lines);
        if (reason is null)
        {
            Assert.True(reading.IsSuccess, string.Join("；", reading.Messages));
            Assert.Null(reading.Value!.Documents[0].Url);
        }
        else
        {
            Assert.Contains(reading.Messages, p => p.StartsWith(reason, StringComparison.Ordinal));
        }
    }

    [Fact]
    public void The_page_needs_the_notice_number_and_date()
    {
        var reading = HolidayNoticeReader.FromLines(2027, " ", null, null, "元旦 2027-01-01");
        Assert.Equal(["通知文号：须填写（如国办发明电〔2026〕X号）", "印发日期：须填写"], reading.Messages.ToArray());
    }
}
