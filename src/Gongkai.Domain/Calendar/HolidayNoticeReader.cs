using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Gongkai.Domain.Calendar;

/// <summary>
/// Reads a State Council holiday notice an administrator loads at run time, before a release ships it: an uploaded
/// data file of the shape of <c>Calendar/Data/YYYY.json</c>, or lines typed on a page (<see cref="FromLines"/>).
/// Bad input is refused with every problem in Chinese and the line it is on, never an exception: every date within
/// the year (the previous December allowed, as the 2019 notice set 2018-12-30/31), no day listed twice, no holiday
/// named twice, 调休上班 only on a Saturday or Sunday (statutory-rules §4).
/// </summary>
public static class HolidayNoticeReader
{
    /// <summary>The years a notice may be loaded for.</summary>
    public const int FirstYear = 2019;

    /// <inheritdoc cref="FirstYear"/>
    public const int LastYear = StatutoryHolidays.LastYear;

    /// <summary>The longest holiday block a line may give (国庆 and 中秋 together: 8 days; 2020's 春节 extension: 10).</summary>
    private const int LongestBlock = 14;

    private static readonly JsonReaderOptions ReaderOptions = new() { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip };

    /// <summary>
    /// Reads a data file: <c>year</c>, <c>revision</c> (optional), <c>notices</c> (number, issued, url, note) and
    /// <c>holidays</c> (name, <c>off</c> as a date or <c>2027-02-06/2027-02-13</c>, <c>worked</c> as dates).
    /// </summary>
    public static Result<HolidayNotice> FromJson(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        var bytes = Encoding.UTF8.GetBytes(json);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(bytes, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
        }
        catch (JsonException ex)
        {
            return Result.Fail<HolidayNotice>([$"第{(ex.LineNumber ?? 0) + 1}行：不是有效的JSON（{Plain(ex.Message)}）"]);
        }

        using (document)
        {
            var lines = Lines(bytes);
            var problems = new List<string>();
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return Result.Fail<HolidayNotice>(["第1行：文件应为一个JSON对象，含year、notices和holidays"]);
            }

            int? year = root.TryGetProperty("year", out var y) && y.ValueKind == JsonValueKind.Number && y.TryGetInt32(out var yv) ? yv : null;
            if (year is null)
            {
                problems.Add($"第{lines.Of("year")}行：缺少年份year（如2027）");
            }

            var revision = root.TryGetProperty("revision", out var r) && r.ValueKind == JsonValueKind.Number && r.TryGetInt32(out var rv) ? rv : 1;
            var documents = new List<NoticeDocument>();
            if (!root.TryGetProperty("notices", out var notices) || notices.ValueKind != JsonValueKind.Array || notices.GetArrayLength() == 0)
            {
                problems.Add($"第{lines.Of("notices")}行：缺少notices：至少须有一份通知（number文号、issued印发日期）");
            }
            else
            {
                var i = 0;
                foreach (var n in notices.EnumerateArray())
                {
                    var line = lines.Element("notices", i++);
                    var number = Text(n, "number");
                    var issued = ParseDate(Text(n, "issued"));
                    if (string.IsNullOrWhiteSpace(number))
                    {
                        problems.Add($"第{line}行：通知缺少文号number（如国办发明电〔2026〕X号）");
                    }

                    if (issued is null)
                    {
                        problems.Add($"第{line}行：通知的印发日期issued应为yyyy-MM-dd格式的日期");
                    }

                    if (!string.IsNullOrWhiteSpace(number) && issued is { } d)
                    {
                        documents.Add(new NoticeDocument(number.Trim(), d, Text(n, "url"), Text(n, "note")));
                    }
                }
            }

            var entries = new List<Entry>();
            if (!root.TryGetProperty("holidays", out var holidays) || holidays.ValueKind != JsonValueKind.Array)
            {
                problems.Add($"第{lines.Of("holidays")}行：缺少holidays：节假日列表");
            }
            else
            {
                var i = 0;
                foreach (var h in holidays.EnumerateArray())
                {
                    var line = lines.Element("holidays", i++);
                    var worked = h.TryGetProperty("worked", out var w) && w.ValueKind == JsonValueKind.Array
                        ? w.EnumerateArray().Select(x => x.ValueKind == JsonValueKind.String ? x.GetString() ?? "" : x.ToString()).ToList()
                        : [];
                    entries.Add(new Entry(line, Text(h, "name") ?? "", Text(h, "off") ?? "", worked));
                }
            }

            return Check(year, revision, documents, entries, problems);
        }
    }

    /// <summary>
    /// Reads dates typed on a page, one holiday a line: the name, the days off as a date or a range, then, after
    /// 上班, the weekend days worked: <c>春节 2027-02-06至2027-02-13 上班 2027-02-14 2027-02-20</c>.
    /// </summary>
    public static Result<HolidayNotice> FromLines(int year, string? number, DateOnly? issued, string? url, string? lines)
    {
        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(number))
        {
            problems.Add("通知文号：须填写（如国办发明电〔2026〕X号）");
        }

        if (issued is null)
        {
            problems.Add("印发日期：须填写");
        }

        var entries = new List<Entry>();
        var all = (lines ?? "").Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        for (var i = 0; i < all.Length; i++)
        {
            var tokens = all[i].Split([' ', '\t', ',', '，', '、', ';', '；', ':', '：', '\u3000'], StringSplitOptions.RemoveEmptyEntries);
            if (tokens.Length == 0)
            {
                continue;
            }

            var at = Array.FindIndex(tokens, t => t is "上班" or "调休上班");
            var off = tokens.Skip(1).Take((at < 0 ? tokens.Length : at) - 1).ToList();
            var worked = at < 0 ? [] : tokens.Skip(at + 1).ToList();
            if (off.Count != 1)
            {
                problems.Add(off.Count == 0
                    ? $"第{i + 1}行：「{tokens[0]}」后应写放假日期，如 2027-10-01至2027-10-07"
                    : $"第{i + 1}行：放假日期应为一个日期或一段连续日期（如 2027-10-01至2027-10-07），调休上班日写在「上班」之后");
                continue;
            }

            entries.Add(new Entry(i + 1, tokens[0], off[0], worked));
        }

        var documents = string.IsNullOrWhiteSpace(number) || issued is null
            ? new List<NoticeDocument>()
            : [new NoticeDocument(number.Trim(), issued.Value, string.IsNullOrWhiteSpace(url) ? null : url.Trim(), null)];
        return Check(year, 1, documents, entries, problems);
    }

    private sealed record Entry(int Line, string Name, string Off, IReadOnlyList<string> Worked);

    private static Result<HolidayNotice> Check(int? year, int revision, List<NoticeDocument> documents, List<Entry> entries, List<string> problems)
    {
        if (year is { } y && y is < FirstYear or > LastYear)
        {
            problems.Add($"年份{y}不在{FirstYear}年至{LastYear}年之间");
            year = null;
        }

        if (revision < 1)
        {
            problems.Add("revision（修订号）应为正整数");
        }

        if (entries.Count == 0)
        {
            problems.Add("没有任何节假日：每个节日一行，写名称和放假日期");
        }

        var holidays = new List<HolidayArrangement>();
        var names = new Dictionary<string, int>(StringComparer.Ordinal);
        var days = new Dictionary<DateOnly, (int Line, string Name, bool Worked)>();
        foreach (var e in entries)
        {
            var at = $"第{e.Line}行：";
            var name = e.Name.Trim();
            if (name.Length == 0)
            {
                problems.Add(at + "缺少节日名称");
                continue;
            }

            if (names.TryGetValue(name, out var first))
            {
                problems.Add($"{at}「{name}」已在第{first}行列出，同一节日不能列两次");
                continue;
            }

            names[name] = e.Line;
            var range = Range(e.Off);
            if (range.Error is { } rangeProblem)
            {
                problems.Add($"{at}「{name}」{rangeProblem}");
            }

            var off = range.Value ?? [];

            var worked = new List<DateOnly>();
            foreach (var text in e.Worked)
            {
                if (ParseDate(text) is { } d)
                {
                    worked.Add(d);
                }
                else
                {
                    problems.Add($"{at}「{name}」的调休上班日「{text}」不是yyyy-MM-dd格式的日期");
                }
            }

            foreach (var (day, isWorked) in off.Select(d => (d, false)).Concat(worked.Select(d => (d, true))))
            {
                var kind = isWorked ? "调休上班日" : "放假日期";
                if (year is { } yy && (day > new DateOnly(yy, 12, 31) || day < new DateOnly(yy - 1, 12, 1)))
                {
                    problems.Add($"{at}「{name}」的{kind}{Iso(day)}不在{yy}年内（仅元旦假期可含上一年12月的日子）");
                }

                if (isWorked && day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
                {
                    problems.Add($"{at}「{name}」的调休上班日{Iso(day)}是{Weekday(day)}，调休上班只能安排在星期六或星期日");
                }

                if (days.TryGetValue(day, out var earlier))
                {
                    var was = earlier.Worked ? "调休上班日" : "放假日期";
                    problems.Add(earlier.Line != e.Line
                        ? $"{at}「{name}」的{kind}{Iso(day)}已在第{earlier.Line}行（{earlier.Name}）列为{was}，日期不能重叠"
                        : earlier.Worked != isWorked
                            ? $"{at}「{name}」的{Iso(day)}既列为放假日期又列为调休上班日"
                            : $"{at}「{name}」的{kind}{Iso(day)}重复列出");
                }
                else
                {
                    days[day] = (e.Line, name, isWorked);
                }
            }

            holidays.Add(new HolidayArrangement(name, [.. off], [.. worked.Distinct().Order()]));
        }

        if (problems.Count > 0 || year is null)
        {
            return Result.Fail<HolidayNotice>(problems);
        }

        return Result.Ok(new HolidayNotice(year.Value, revision, [.. documents], [.. holidays]));
    }

    private static Result<List<DateOnly>> Range(string text)
    {
        var parts = text.Trim().Split(['/', '至', '~', '～'], StringSplitOptions.TrimEntries);
        var from = ParseDate(parts[0]);
        var to = parts.Length == 2 ? ParseDate(parts[1]) : from;
        if (parts.Length > 2 || from is null || to is null)
        {
            return Result.Fail<List<DateOnly>>($"的放假日期「{text}」应为yyyy-MM-dd格式的日期或起止日期（如 2027-10-01至2027-10-07）");
        }

        if (to < from)
        {
            return Result.Fail<List<DateOnly>>($"的放假截止日{Iso(to.Value)}早于起始日{Iso(from.Value)}");
        }

        if (to.Value.DayNumber - from.Value.DayNumber + 1 > LongestBlock)
        {
            return Result.Fail<List<DateOnly>>($"的放假期间{Iso(from.Value)}至{Iso(to.Value)}超过{LongestBlock}天，请核对");
        }

        return Result.Ok<List<DateOnly>>([.. Enumerable.Range(from.Value.DayNumber, to.Value.DayNumber - from.Value.DayNumber + 1).Select(DateOnly.FromDayNumber)]);
    }

    private static DateOnly? ParseDate(string? text) =>
        DateOnly.TryParseExact(text?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;

    private static string? Text(JsonElement element, string property) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(property, out var p) && p.ValueKind == JsonValueKind.String ? p.GetString() : null;

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Weekday(DateOnly d) => "星期" + "日一二三四五六"[(int)d.DayOfWeek];

    // System.Text.Json's messages are English; only the position is kept: "LineNumber: 3 | BytePositionInLine: 5." → 第6字节.
    private static string Plain(string message)
    {
        var at = message.IndexOf("BytePositionInLine: ", StringComparison.Ordinal);
        return at < 0 ? "格式错误" : $"格式错误，约在该行第{new string([.. message[(at + 20)..].TakeWhile(char.IsAsciiDigit)])}字节处";
    }

    /// <summary>The line (1-based) of each top-level property and of each element of the top-level arrays.</summary>
    private static JsonLines Lines(byte[] bytes)
    {
        var properties = new Dictionary<string, int>(StringComparer.Ordinal);
        var elements = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var reader = new Utf8JsonReader(bytes, ReaderOptions);
        string? property = null;
        while (reader.Read())
        {
            if (reader.CurrentDepth == 1 && reader.TokenType == JsonTokenType.PropertyName)
            {
                property = reader.GetString() ?? "";
                properties[property] = LineAt(bytes, reader.TokenStartIndex);
            }
            else if (reader.CurrentDepth == 2 && property is not null && reader.TokenType is JsonTokenType.StartObject or JsonTokenType.String or JsonTokenType.Number)
            {
                if (!elements.TryGetValue(property, out var list))
                {
                    elements[property] = list = [];
                }

                list.Add(LineAt(bytes, reader.TokenStartIndex));
            }
        }

        return new JsonLines(properties, elements);
    }

    private static int LineAt(byte[] bytes, long offset) => 1 + bytes.AsSpan(0, (int)offset).Count((byte)'\n');

    private sealed record JsonLines(Dictionary<string, int> Properties, Dictionary<string, List<int>> Elements)
    {
        public int Of(string property) => Properties.GetValueOrDefault(property, 1);

        public int Element(string property, int index) =>
            Elements.TryGetValue(property, out var list) && index < list.Count ? list[index] : Of(property);
    }
}
