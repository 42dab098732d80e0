using System.CommandLine;
using System.Globalization;
using Gongkai.Domain.Calendar;

namespace Gongkai.Cli.Commands;

/// <summary>
/// <c>gongkai deadline DATE [--working-days 20] [--count-receipt-day] [--strict] [--format text|json]</c>: the due
/// date a number of 工作日 after a date of receipt, on the official holiday calendar; a period running into a year
/// whose notice is not published is counted provisionally (暂定) and says so. Exit 0 with the date; 1 when the period
/// runs past the years the calendar can count, or, with <c>--strict</c>, when the date is provisional; 2 on a
/// malformed date or count, or a date of receipt outside those years.
/// </summary>
internal static class DeadlineCommand
{

    public static Command Create()
    {
        var date = new Argument<string>("date") { Description = "收到申请之日，格式 yyyy-MM-dd" };
        var days = new Option<int>("--working-days", "-n") { Description = "工作日数（默认20，条例第三十三条；补正通知7，征求意见15）", DefaultValueFactory = _ => 20 };
        var countReceiptDay = new Option<bool>("--count-receipt-day") { Description = "把收到申请之日计为第1个工作日（默认不计，次日起算）" };
        var strict = new Option<bool>("--strict") { Description = "期限跨入尚未公布放假安排的年份时不按暂定日期计算，拒绝并以1退出" };
        var format = new Option<string>("--format", "-f") { Description = "输出格式：text（默认）、json", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        var command = new Command("deadline", "按国务院办公厅公布的放假安排计算工作日期限（未公布的年份按放假办法暂定）") { date, days, countReceiptDay, strict, format };
        command.SetAction(r => Run(r.GetValue(date)!, r.GetValue(days), r.GetValue(countReceiptDay), r.GetValue(format)!, Console.Out, Console.Error, r.GetValue(strict)));
        return command;
    }

    internal static int Run(string date, int workingDays, bool countReceiptDay, string format, TextWriter output, TextWriter error, bool strict = false)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        if (!DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var received))
        {
            error.WriteLine($"gongkai: 日期「{date}」格式不正确，应为 yyyy-MM-dd，例如 2024-09-27");
            return 2;
        }

        if (workingDays < 1)
        {
            error.WriteLine($"gongkai: 工作日数须为正整数，收到 {workingDays}");
            return 2;
        }

        if (received.Year < FirstYear() || received.Year > StatutoryHolidays.LastYear)
        {
            error.WriteLine($"gongkai: 收到申请之日{Chinese(received)}超出可计算的范围：{Coverage()}");
            return 2;
        }

        var calendar = new WorkingDayCalendar(HolidaySchedule.Official, countReceiptDay ? StartDay.Included : StartDay.Excluded);
        CountedDate counted;
        try
        {
            counted = calendar.Count(received, workingDays);
        }
        catch (CalendarDataMissingException ex)
        {
            error.WriteLine($"gongkai: 无法计算：{ex.Message}。{Coverage()}");
            return 1;
        }

        var due = counted.On;
        if (strict && counted.Provisional is { } refused)
        {
            error.WriteLine($"gongkai: 按 --strict 不计算暂定期限：{refused.Reason}。暂定的届满日为{Chinese(due)}");
            return 1;
        }

        var notices = Enumerable.Range(received.Year, due.Year - received.Year + 1)
            .Select(y => calendar.Schedule.NoticeFor(y)?.Citation ?? $"《全国年节及纪念日放假办法》（{y}年暂定）").Distinct().ToList();
        if (format == "json")
        {
            CliJson.Write(output, w =>
            {
                w.WriteString("received", received.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                w.WriteNumber("workingDays", workingDays);
                w.WriteBoolean("receiptDayCounted", countReceiptDay);
                w.WriteString("due", due.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                w.WriteString("dueWeekday", ChineseDates.Weekday(due));
                w.WriteBoolean("provisional", counted.IsProvisional);
                if (counted.Provisional is { } p)
                {
                    w.WriteString("provisionalReason", p.Reason);
                }

                w.WriteStartArray("notices");
                notices.ForEach(w.WriteStringValue);
                w.WriteEndArray();
            });
            return 0;
        }

        output.WriteLine($"收到申请之日：{Chinese(received)}");
        output.WriteLine($"{workingDays}个工作日届满：{Chinese(due)}{(counted.IsProvisional ? "（" + Provisional.Label + "）" : "")}");
        output.WriteLine($"（收到申请之日{(countReceiptDay ? "计为第1个工作日" : "不计入，次日起算")}；放假安排依据{string.Join("、", notices)}）");
        if (counted.Provisional is { } provisional)
        {
            output.WriteLine($"注意：{provisional.Reason}");
        }

        return 0;
    }

    private static string Chinese(DateOnly d) => ChineseDates.FormatWithWeekday(d);

    private static int FirstYear() => HolidaySchedule.Official.Notices[0].Year;

    private static int LastYear() => HolidaySchedule.Official.Notices[^1].Year;

    private static string Coverage() =>
        $"已载入{FirstYear()}–{LastYear()}年的放假安排，此后至{StatutoryHolidays.LastYear}年按《全国年节及纪念日放假办法》暂定";
}
