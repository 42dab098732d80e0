using Gongkai.Domain.Calendar;

namespace Gongkai.Domain.Tests.Calendar;

/// <summary>
/// 暂定: a year without a State Council notice is counted on the statutory holidays of 《全国年节及纪念日放假办法》
/// (2024 revision, in force 2025-01-01) and weekends, with no 调休. Dates hand-counted from the 2027 and 2028 calendars.
/// </summary>
public sealed class ProvisionalCalendarTests
{
    private static readonly WorkingDayCalendar Official = WorkingDayCalendar.Official;

    private static DateOnly D(string s) => DateOnly.ParseExact(s, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    [Theory]
    [InlineData(2027, "元旦", "2027-01-01")]
    [InlineData(2027, "春节", "2027-02-05/2027-02-08")] // 除夕 2027-02-05 to 正月初三
    [InlineData(2027, "清明节", "2027-04-05")]
    [InlineData(2027, "劳动节", "2027-05-01/2027-05-02")]
    [InlineData(2027, "端午节", "2027-06-09")]
    [InlineData(2027, "中秋节", "2027-09-15")]
    [InlineData(2027, "国庆节", "2027-10-01/2027-10-03")]
    [InlineData(2028, "元旦", "2028-01-01")]
    [InlineData(2028, "春节", "2028-01-25/2028-01-28")] // 除夕 2028-01-25
    [InlineData(2028, "清明节", "2028-04-04")]
    [InlineData(2028, "端午节", "2028-05-28")] // 2028 has a 闰五月: 端午 is in the first, regular 五月
    [InlineData(2028, "中秋节", "2028-10-03")] // the same day as 国庆's third: both holidays, no extra day
    [InlineData(2028, "国庆节", "2028-10-01/2028-10-03")]
    [InlineData(2025, "春节", "2025-01-28/2025-01-31")] // the 2025 notice's 除夕, the first year of the revision
    [InlineData(2026, "中秋节", "2026-09-25")] // as the 2026 notice
    public void The_statutory_holidays_of_a_year(int year, string name, string days)
    {
        var parts = days.Split('/');
        var from = D(parts[0]);
        var to = parts.Length > 1 ? D(parts[1]) : from;
        var holiday = Assert.Single(StatutoryHolidays.For(year), h => h.Name == name);
        Assert.Equal(Enumerable.Range(from.DayNumber, to.DayNumber - from.DayNumber + 1).Select(DateOnly.FromDayNumber), holiday.Off);
        Assert.Empty(holiday.Worked);
    }

    [Theory]
    [InlineData(2019, "2019-04-05")]
    [InlineData(2020, "2020-04-04")]
    [InlineData(2021, "2021-04-04")]
    [InlineData(2022, "2022-04-05")]
    [InlineData(2023, "2023-04-05")]
    [InlineData(2024, "2024-04-04")]
    [InlineData(2025, "2025-04-04")]
    [InlineData(2026, "2026-04-05")]
    [InlineData(2027, "2027-04-05")]
    [InlineData(2028, "2028-04-04")]
    [InlineData(2029, "2029-04-04")]
    [InlineData(2030, "2030-04-05")]
    public void Qingming_is_the_day_of_the_solar_term_in_Beijing(int year, string day) =>
        Assert.Equal(D(day), SolarTerms.Qingming(year));

    [Fact]
    public void Qingming_agrees_with_the_almanac_formula_of_the_21st_century()
    {
        // The 寿星 formula for 清明, 2001–2099: day = ⌊Y·0.2422 + 4.81⌋ − ⌊Y/4⌋, Y the year's last two digits.
        for (var year = 2001; year <= 2099; year++)
        {
            var y = year % 100;
            var day = (int)Math.Floor((y * 0.2422) + 4.81) - (y / 4);
            Assert.Equal(new DateOnly(year, 4, day), SolarTerms.Qingming(year));
        }
    }

    [Theory]
    [InlineData(2027, 254)] // 261 weekdays; 元旦, 除夕, 初三, 清明, 端午, 中秋 and 10-01 fall on weekdays
    [InlineData(2028, 251)] // 260 weekdays; 春节 ×4, 清明, 5-01, 5-02, 10-02 and 10-03 (中秋 too)
    public void Working_days_of_a_provisional_year(int year, int expected)
    {
        Assert.Equal(expected, Official.WorkingDaysIn(year));
        Assert.True(Official.Schedule.IsProvisional(year));
    }

    [Theory]
    [InlineData("2026-12-20", 20, "2027-01-18")] // December 21–31: 9; 1 January off; 4–8, 11–15, 18
    [InlineData("2027-01-25", 20, "2027-02-24")] // 2-05 除夕 and 2-08 初三 off
    [InlineData("2027-03-29", 7, "2027-04-08")] // 4-05 清明 (Monday) off
    [InlineData("2027-09-10", 15, "2027-10-05")] // 9-15 中秋 and 10-01 off
    [InlineData("2028-01-20", 10, "2028-02-09")] // 1-25…28 春节 off
    [InlineData("2028-09-28", 3, "2028-10-05")] // 9-29, then 10-02 and 10-03 off, 10-04, 10-05
    public void Deadlines_counted_into_a_provisional_year(string received, int workingDays, string due)
    {
        var counted = Official.Count(D(received), workingDays);
        Assert.Equal(D(due), counted.On);
        Assert.True(counted.IsProvisional);
        Assert.Equal("暂定", Provisional.Label);
    }

    [Fact]
    public void A_deadline_within_published_years_is_not_provisional()
    {
        var counted = Official.Count(D("2026-09-18"), 20);
        Assert.Equal(D("2026-10-22"), counted.On);
        Assert.False(counted.IsProvisional);
    }

    [Fact]
    public void The_reason_names_every_provisional_year()
    {
        var counted = Official.Count(D("2026-12-01"), 300);
        Assert.Equal([2027, 2028], counted.Provisional!.Years.ToArray());
        Assert.StartsWith("2027年、2028年放假安排尚未公布", counted.Provisional.Reason, StringComparison.Ordinal);
        Assert.Equal(new Provisional([2028, 2027]), counted.Provisional);
    }

    [Fact]
    public void A_loaded_notice_replaces_the_provisional_year()
    {
        // A made-up 2027 notice: 元旦 1–3 January with Saturday 9 January worked; the period ends a working day earlier.
        var notice = HolidayNoticeReader.FromLines(2027, "国办发明电〔2026〕X号", D("2026-11-10"), null, "元旦 2027-01-01至2027-01-03 上班 2027-01-09").Value!;
        var calendar = new WorkingDayCalendar(new HolidaySchedule([.. HolidaySchedule.Embedded, notice]));
        var counted = calendar.Count(D("2026-12-20"), 20);
        Assert.Equal(D("2027-01-15"), counted.On);
        Assert.False(counted.IsProvisional);
        Assert.False(calendar.Schedule.IsProvisional(2027));
        Assert.True(calendar.Schedule.IsProvisional(2028));
    }

    [Fact]
    public void A_notice_for_the_next_year_still_sets_the_late_December_of_a_provisional_year()
    {
        var notice2028 = HolidayNoticeReader.FromLines(2028, "国办发明电〔2027〕X号", D("2027-11-10"), null, "元旦 2027-12-30至2028-01-01").Value!;
        var schedule = new HolidaySchedule([.. HolidaySchedule.Embedded, notice2028]);
        Assert.False(schedule.IsWorkingDay(D("2027-12-30")));
        Assert.True(schedule.IsWorkingDay(D("2027-12-29")));
    }

    [Theory]
    [InlineData(2024)]
    [InlineData(2101)]
    public void The_statutory_rule_covers_2025_to_2100(int year)
    {
        Assert.False(StatutoryHolidays.Covers(year));
        Assert.Throws<ArgumentOutOfRangeException>(() => StatutoryHolidays.For(year));
    }
}
