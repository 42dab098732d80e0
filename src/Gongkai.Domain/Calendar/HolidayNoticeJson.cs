using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;

namespace Gongkai.Domain.Calendar;

/// <summary>
/// Reads a holiday data file (<c>Calendar/Data/YYYY.json</c>): <c>year</c>, <c>revision</c>, <c>notices</c>
/// (number, issued, url, note) and <c>holidays</c> (name, <c>off</c> as a date or an ISO 8601 range
/// <c>2018-12-30/2019-01-01</c>, <c>worked</c> as dates). A malformed file is a maintainer's bug and throws
/// <see cref="InvalidDataException"/> naming what is wrong.
/// </summary>
public static class HolidayNoticeJson
{
    public static HolidayNotice Parse(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        var year = root.GetProperty("year").GetInt32();
        var revision = root.TryGetProperty("revision", out var r) ? r.GetInt32() : 1;
        var documents = root.GetProperty("notices").EnumerateArray().Select(n => new NoticeDocument(
            n.GetProperty("number").GetString() ?? throw Bad(year, "notice without number"),
            Date(year, n.GetProperty("issued").GetString()),
            n.TryGetProperty("url", out var url) ? url.GetString() : null,
            n.TryGetProperty("note", out var note) ? note.GetString() : null)).ToImmutableArray();
        if (documents.IsEmpty)
        {
            throw Bad(year, "no notice named");
        }

        var holidays = root.GetProperty("holidays").EnumerateArray().Select(h => new HolidayArrangement(
            h.GetProperty("name").GetString() ?? throw Bad(year, "holiday without name"),
            Range(year, h.GetProperty("off").GetString()),
            [.. h.GetProperty("worked").EnumerateArray().Select(w => Date(year, w.GetString()))])).ToImmutableArray();
        var notice = new HolidayNotice(year, revision, documents, holidays);
        Validate(notice);
        return notice;
    }

    /// <summary>
    /// Writes a notice in the data file's shape, read back by <see cref="Parse"/> and <see cref="HolidayNoticeReader.FromJson"/>.
    /// The days off of each holiday must be one run of days, as the file gives them.
    /// </summary>
    public static string Write(HolidayNotice notice)
    {
        ArgumentNullException.ThrowIfNull(notice);
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var w = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();
            w.WriteNumber("year", notice.Year);
            w.WriteNumber("revision", notice.Revision);
            w.WriteStartArray("notices");
            foreach (var d in notice.Documents)
            {
                w.WriteStartObject();
                w.WriteString("number", d.Number);
                w.WriteString("issued", Iso(d.Issued));
                if (d.Url is not null)
                {
                    w.WriteString("url", d.Url);
                }

                if (d.Note is not null)
                {
                    w.WriteString("note", d.Note);
                }

                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteStartArray("holidays");
            foreach (var h in notice.Holidays)
            {
                if (h.Off.IsEmpty || h.Off[^1].DayNumber - h.Off[0].DayNumber + 1 != h.Off.Length)
                {
                    throw new ArgumentException($"The days off of {h.Name} are not one run of days.", nameof(notice));
                }

                w.WriteStartObject();
                w.WriteString("name", h.Name);
                w.WriteString("off", h.Off.Length == 1 ? Iso(h.Off[0]) : $"{Iso(h.Off[0])}/{Iso(h.Off[^1])}");
                w.WriteStartArray("worked");
                foreach (var day in h.Worked)
                {
                    w.WriteStringValue(Iso(day));
                }

                w.WriteEndArray();
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static void Validate(HolidayNotice notice)
    {
        var first = new DateOnly(notice.Year - 1, 12, 1);
        var last = new DateOnly(notice.Year, 12, 31);
        var off = notice.OffDays.ToHashSet();
        foreach (var day in off.Concat(notice.WorkedDays))
        {
            if (day < first || day > last)
            {
                throw Bad(notice.Year, $"{day:yyyy-MM-dd} lies outside the notice year");
            }
        }

        foreach (var day in notice.WorkedDays)
        {
            if (off.Contains(day))
            {
                throw Bad(notice.Year, $"{day:yyyy-MM-dd} is both off and worked");
            }

            if (day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
            {
                throw Bad(notice.Year, $"worked day {day:yyyy-MM-dd} is not a weekend day");
            }
        }
    }

    private static ImmutableArray<DateOnly> Range(int year, string? text)
    {
        var parts = (text ?? throw Bad(year, "holiday without off days")).Split('/');
        var from = Date(year, parts[0]);
        var to = parts.Length == 2 ? Date(year, parts[1]) : from;
        if (parts.Length > 2 || to < from || to.DayNumber - from.DayNumber > 14)
        {
            throw Bad(year, $"bad range '{text}'");
        }

        return [.. Enumerable.Range(from.DayNumber, to.DayNumber - from.DayNumber + 1).Select(DateOnly.FromDayNumber)];
    }

    private static DateOnly Date(int year, string? text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? d
            : throw Bad(year, $"bad date '{text}'");

    private static InvalidDataException Bad(int year, string what) => new($"Holiday data {year}.json: {what}.");
}
