using System.Collections.Immutable;

namespace Gongkai.Domain.Calendar;

/// <summary>
/// One State Council circular setting a year's holidays: 国办发明电〔2023〕7号 and the like, with its date of issue and
/// the gov.cn address it was published at.
/// </summary>
public sealed record NoticeDocument(string Number, DateOnly Issued, string? Url, string? Note);

/// <summary>
/// A holiday of a notice year: the days off (放假) and the weekend days worked in exchange (调休上班).
/// Weekend days inside <see cref="Off"/> are listed for readability and change nothing.
/// </summary>
public sealed record HolidayArrangement(string Name, ImmutableArray<DateOnly> Off, ImmutableArray<DateOnly> Worked);

/// <summary>
/// 节假日安排: the holiday data of one calendar year as the State Council published it (statutory-rules §4), with every
/// notice that set or amended it and a revision number a maintainer raises when an amendment is added. A notice
/// year may reach into the previous December (the 2019 notice sets 2018-12-29 to 12-31; the 2023 notice 2022-12-31).
/// </summary>
public sealed record HolidayNotice(
    int Year,
    int Revision,
    ImmutableArray<NoticeDocument> Documents,
    ImmutableArray<HolidayArrangement> Holidays)
{
    /// <summary>The document numbers, joined the way a person cites them: 国办发明电〔2018〕15号、国办发明电〔2019〕3号.</summary>
    public string Citation => string.Join("、", Documents.Select(d => d.Number));

    public IEnumerable<DateOnly> OffDays => Holidays.SelectMany(h => h.Off);

    public IEnumerable<DateOnly> WorkedDays => Holidays.SelectMany(h => h.Worked);
}
