using System.CommandLine;
using System.Globalization;
using Gongkai.Domain.Calendar;

namespace Gongkai.Cli.Commands;

/// <summary>
/// <c>gongkai deadline DATE [--working-days 20] [--count-receipt-day] [--format text|json]</c>: the due date a number of
/// 工作日 after a date of receipt, on the official holiday calendar. Exit 0 with the date; 1 when the period runs
/// into a year whose holiday notice is not loaded; 2 on a malformed date or count, or a period the calendar cannot count.
/// </summary>
internal static class DeadlineCommand
{
    private static readonly string[] Weekdays = ["星期日", "星期一", "星期二", "星期三", "星期四", "星期五", "星期六"];

    public static Command Create()
    {
        var date = new Argument<string>("date") { Description = "收到申请之日，格式 yyyy-MM-dd" };
        var days = new Option<int>("--working-days", "-n") { Description = "工作日数（默认20，条例第三十三条；补正通知7，征求意见15）", DefaultValueFactory = _ => 20 };
        var countReceiptDay = new Option<bool>("--count-receipt-day") { Description = "把收到申请之日计为第1个工作日（默认不计，次日起算）" };
        var format = new Option<string>("--format", "-f") { Description = "输出格式：text（默认）、json", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        var command = new Command("deadline", "按国务院办公厅公布的放假安排计算工作日期限") { date, days, countReceiptDay, format };
        command.SetAction(r => Run(r.GetValue(date)!, r.GetValue(days), r.GetValue(countReceiptDay), r.GetValue(format)!, Console.Out, Console.Error));
        return command;
    }

    internal static int Run(string date, int workingDays, bool countReceiptDay, string format, TextWriter output, TextWriter error)
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

        var calendar = new WorkingDayCalendar(HolidaySchedule.Official, countReceiptDay ? StartDay.Included : StartDay.Excluded);
        DateOnly due;
        try
        {
            due = calendar.AddWorkingDays(received, workingDays);
        }
        catch (CalendarDataMissingException ex)
        {
            error.WriteLine($"gongkai: 无法计算：{ex.Message}。已载入{FirstYear()}–{LastYear()}年的放假安排。");
            return 1;
        }
        catch (ArgumentOutOfRangeException)
        {
            // 9999-12-31: the period runs past the last date the calendar types can hold.
            error.WriteLine($"gongkai: 无法计算：{workingDays}个工作日的期限超出了可表示的日期范围（收到申请之日 {date}）。已载入{FirstYear()}–{LastYear()}年的放假安排。");
            return 2;
        }

        // 2018-12-31: the count starts in a year whose holiday notice is not loaded (2018) but the calendar
        // answered from the next year's; a period must be counted on notices for all of its years.
        var missing = Enumerable.Range(received.Year, due.Year - received.Year + 1).Where(y => calendar.Schedule.NoticeFor(y) is null).ToList();
        if (missing.Count > 0)
        {
            error.WriteLine($"gongkai: 无法计算：{string.Join("、", missing)}年的放假安排未载入（收到申请之日 {date}）。已载入{FirstYear()}–{LastYear()}年的放假安排。");
            return 2;
        }

        var notices = Enumerable.Range(received.Year, due.Year - received.Year + 1)
            .Select(y => calendar.Schedule.NoticeFor(y)!.Citation).ToList();
        if (format == "json")
        {
            CliJson.Write(output, w =>
            {
                w.WriteString("received", received.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                w.WriteNumber("workingDays", workingDays);
                w.WriteBoolean("receiptDayCounted", countReceiptDay);
                w.WriteString("due", due.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                w.WriteString("dueWeekday", Weekdays[(int)due.DayOfWeek]);
                w.WriteStartArray("notices");
                notices.ForEach(w.WriteStringValue);
                w.WriteEndArray();
            });
            return 0;
        }

        output.WriteLine($"收到申请之日：{Chinese(received)}");
        output.WriteLine($"{workingDays}个工作日届满：{Chinese(due)}");
        output.WriteLine($"（收到申请之日{(countReceiptDay ? "计为第1个工作日" : "不计入，次日起算")}；放假安排依据{string.Join("、", notices)}）");
        return 0;
    }

    private static string Chinese(DateOnly d) => $"{d.Year}年{d.Month}月{d.Day}日（{Weekdays[(int)d.DayOfWeek]}）";

    private static int FirstYear() => HolidaySchedule.Official.Notices[0].Year;

    private static int LastYear() => HolidaySchedule.Official.Notices[^1].Year;
}
