using Gongkai.Domain.Calendar;
using Gongkai.Testing;

namespace Gongkai.Domain.Tests.Calendar;

/// <summary>工作日 on the official calendar: statutory-rules §4 (State Council holiday notices 2019–2026).</summary>
public sealed class WorkingDayCalendarTests
{
    private static readonly WorkingDayCalendar Official = WorkingDayCalendar.Official;

    private static DateOnly D(string s) => DateOnly.ParseExact(s, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    [Theory]
    [InlineData(2019, 250)]
    [InlineData(2020, 249)]
    [InlineData(2021, 250)]
    [InlineData(2022, 249)]
    [InlineData(2023, 249)]
    [InlineData(2024, 251)]
    [InlineData(2025, 248)]
    [InlineData(2026, 248)]
    public void Working_days_per_year_match_the_notices(int year, int expected) =>
        Assert.Equal(expected, Official.WorkingDaysIn(year));

    [Theory]
    [MemberData(nameof(DeadlineVectors.Rows), MemberType = typeof(DeadlineVectors))]
    public void Deadline_vectors_of_the_statutory_rules(string received, int workingDays, string due)
    {
        Assert.Equal(D(due), Official.AddWorkingDays(D(received), workingDays));
        Assert.Equal(workingDays, Official.WorkingDaysBetween(D(received), D(due)));
    }

    [Theory]
    [InlineData("2020-02-01", false)] // 国办发明电〔2020〕1号 cancelled this Saturday workday
    [InlineData("2020-01-19", true)] // Sunday worked (春节调休)
    [InlineData("2024-02-09", true)] // 除夕 2024 was a working day
    [InlineData("2025-01-28", false)] // 除夕 2025 a public holiday under the revised 放假办法
    [InlineData("2019-05-03", false)] // 劳动节 as amended by 国办发明电〔2019〕3号
    [InlineData("2019-05-05", true)]
    [InlineData("2026-09-20", true)]
    [InlineData("2026-06-19", false)]
    [InlineData("2024-10-14", true)]
    public void Days_off_and_weekend_days_worked(string date, bool working) =>
        Assert.Equal(working, Official.IsWorkingDay(D(date)));

    [Theory]
    [InlineData("2018-12-28")]
    [InlineData("2101-03-01")]
    [InlineData("9999-12-31")]
    public void A_year_with_neither_a_notice_nor_the_statutory_rule_is_refused_not_guessed(string date)
    {
        var ex = Assert.Throws<CalendarDataMissingException>(() => Official.IsWorkingDay(D(date)));
        Assert.Equal(D(date).Year, ex.Year);
        Assert.Contains("尚未载入", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Counting_past_the_last_day_of_the_calendar_is_refused_not_an_overflow()
    {
        var notices = new WorkingDayCalendar(new HolidaySchedule(HolidaySchedule.Embedded, provisionalYears: false));
        Assert.Throws<CalendarDataMissingException>(() => notices.AddWorkingDays(D("2026-12-10"), 20));
        Assert.Throws<CalendarDataMissingException>(() => Official.AddWorkingDays(DateOnly.MaxValue, 1));
    }

    [Fact]
    public void Late_December_days_of_a_notice_apply_to_the_previous_year()
    {
        // 国办发明电〔2018〕15号: 2018-12-29 (Saturday) worked, 2018-12-31 (Monday) off.
        var empty2018 = new HolidayNotice(2018, 1, [new NoticeDocument("test", D("2017-11-30"), null, null)], []);
        var schedule = new HolidaySchedule([empty2018, HolidaySchedule.Official.NoticeFor(2019)!]);
        Assert.True(schedule.IsWorkingDay(D("2018-12-29")));
        Assert.False(schedule.IsWorkingDay(D("2018-12-31")));
        Assert.True(schedule.IsWorkingDay(D("2018-12-28")));
    }

    [Fact]
    public void Receipt_day_can_be_counted_as_day_one()
    {
        var included = new WorkingDayCalendar(HolidaySchedule.Official, StartDay.Included);
        Assert.Equal(D("2024-10-29"), included.AddWorkingDays(D("2024-09-27"), 20));
        // A receipt on a day off still starts on the next working day.
        Assert.Equal(D("2024-10-30"), included.AddWorkingDays(D("2024-09-28"), 20));
        Assert.Equal(20, included.WorkingDaysBetween(D("2024-09-27"), D("2024-10-29")));
    }

    [Fact]
    public void Every_data_file_names_its_notice_and_is_loaded()
    {
        var notices = HolidaySchedule.Official.Notices;
        Assert.Equal(Enumerable.Range(2019, 8), notices.Select(n => n.Year));
        Assert.All(notices, n => Assert.StartsWith("国办发明电〔", n.Documents[0].Number, StringComparison.Ordinal));
        Assert.Equal("国办发明电〔2018〕15号、国办发明电〔2019〕3号", HolidaySchedule.Official.NoticeFor(2019)!.Citation);
        Assert.Equal(2, HolidaySchedule.Official.NoticeFor(2020)!.Revision);
    }

    [Theory]
    [InlineData("\"off\": \"2024-10-01\", \"worked\": [\"2024-10-08\"]", "not a weekend day")]
    [InlineData("\"off\": \"2024-10-01\", \"worked\": [\"2024-09-28\", \"2024-10-01\"]", "both off and worked")]
    [InlineData("\"off\": \"2024-10-05/2024-10-01\", \"worked\": []", "bad range")]
    [InlineData("\"off\": \"2022-10-01\", \"worked\": []", "outside")]
    public void A_malformed_data_file_is_a_maintainer_bug(string holiday, string why)
    {
        var json = $$"""{ "year": 2024, "notices": [{ "number": "x", "issued": "2023-10-25" }], "holidays": [{ "name": "h", {{holiday}} }] }""";
        var ex = Assert.Throws<InvalidDataException>(() => HolidayNoticeJson.Parse(json));
        Assert.Contains(why, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Adding_and_counting_working_days_are_inverse()
    {
        var rng = new Random(20240927);
        for (var i = 0; i < 500; i++)
        {
            var start = new DateOnly(2019, 1, 1).AddDays(rng.Next(0, 7 * 365));
            var n = rng.Next(0, 45);
            var due = Official.AddWorkingDays(start, n);
            Assert.Equal(n, Official.WorkingDaysBetween(start, due));
            Assert.True(n == 0 || Official.IsWorkingDay(due), $"{start}+{n} ends on a day off: {due}");
        }
    }

    [Fact]
    public void Today_is_read_in_China_Standard_Time()
    {
        // 2024-12-31 17:00 UTC is already 1 January 2025 in Beijing.
        var clock = new FixedTimeProvider(new DateTimeOffset(2024, 12, 31, 17, 0, 0, TimeSpan.Zero));
        Assert.Equal(new DateOnly(2025, 1, 1), ChinaClock.Today(clock));
    }
}
