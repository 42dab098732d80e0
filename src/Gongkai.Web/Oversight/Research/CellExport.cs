using System.Globalization;
using System.Text;
using Gongkai.Data;
using Gongkai.Domain;
using Gongkai.Domain.Reports;
using Gongkai.Domain.Reports.Rules;
using Gongkai.Web.Oversight.Reports;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Oversight.Research;

/// <summary>
/// The research export: every cell of every stored report of a scope and years in long format, one line a cell
/// (unit, division code, year, template, table, row, column, value, blank flag, source document), written as it is
/// read, a few reports at a time, so that any number of reports streams in bounded memory.
/// </summary>
internal static class CellExport
{
    public const string Header = "unit,divisionCode,year,template,table,tableName,row,rowLabel,column,columnLabel,value,blank,sourceFile,sourceUrl,reportId";

    private const int Batch = 200;

    /// <summary>
    /// Reads a list of years: <c>2021,2023</c>, a range <c>2019-2025</c>, or both, or the reason in Chinese why it
    /// cannot be read; an empty text is every year (an empty set).
    /// </summary>
    public static Result<IReadOnlySet<int>> ParseYears(string? text)
    {
        var years = new SortedSet<int>();
        if (string.IsNullOrWhiteSpace(text))
        {
            return Result.Ok<IReadOnlySet<int>>(years);
        }

        foreach (var part in text.Split([',', '，', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var range = part.Split(['-', '–', '—'], StringSplitOptions.TrimEntries);
            if (range.Length is < 1 or > 2 || !range.All(y => int.TryParse(y, NumberStyles.None, CultureInfo.InvariantCulture, out var v) && v is >= 2000 and <= 2100))
            {
                return Result.Fail<IReadOnlySet<int>>($"年度「{part}」无法识别：请写作 2023、2021,2023 或 2019-2025（2000至2100年）");
            }

            var from = int.Parse(range[0], CultureInfo.InvariantCulture);
            var to = int.Parse(range[^1], CultureInfo.InvariantCulture);
            if (to < from)
            {
                return Result.Fail<IReadOnlySet<int>>($"年度范围「{part}」的终止年度早于起始年度");
            }

            for (var y = from; y <= to; y++)
            {
                years.Add(y);
            }
        }

        return Result.Ok<IReadOnlySet<int>>(years);
    }

    public static async Task WriteAsync(Stream output, GongkaiDb db, OversightScope scope, IReadOnlySet<int> years, CancellationToken cancellationToken)
    {
        var writer = new StreamWriter(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), 1 << 16) { NewLine = "\r\n" };
        await using (writer.ConfigureAwait(false))
        {
            await writer.WriteLineAsync(Header).ConfigureAwait(false);
            var yearList = years.ToList();
            var reports = await (
                from r in db.PublishedReports.AsNoTracking()
                join a in scope.Units(db) on r.AgencyId equals a.Id
                where r.CurrentVersionId != null && (yearList.Count == 0 || yearList.Contains(r.Year))
                select new { r.Id, a.TreePath, r.Year })
                .ToListAsync(cancellationToken).ConfigureAwait(false);
            var ordered = reports.OrderBy(r => r.TreePath, StringComparer.Ordinal).ThenBy(r => r.Year).Select(r => r.Id).ToList();
            var line = new StringBuilder();
            for (var i = 0; i < ordered.Count; i += Batch)
            {
                var ids = ordered.Skip(i).Take(Batch).ToList();
                var batch = await (
                    from r in db.PublishedReports.AsNoTracking()
                    join a in db.Agencies on r.AgencyId equals a.Id
                    join v in db.ReportVersions on r.CurrentVersionId equals (int?)v.Id
                    where ids.Contains(r.Id)
                    select new { r.Id, a.Name, a.DivisionCode, r.Year, v.FileName, r.SourceUrl, v.ReadingJson })
                    .ToListAsync(cancellationToken).ConfigureAwait(false);
                foreach (var r in batch.OrderBy(b => ids.IndexOf(b.Id)))
                {
                    var reading = ReportStore.FromJson(r.ReadingJson);
                    var blank = BlankCells.Of(reading);
                    foreach (var table in reading.Tables)
                    {
                        foreach (var (row, values) in table.Rows)
                        {
                            for (var c = 0; c < row.Columns.Length; c++)
                            {
                                var value = values is { } vs && c < vs.Length ? vs[c] : null;
                                line.Clear();
                                Field(line, r.Name).Append(',');
                                Field(line, r.DivisionCode ?? "").Append(',');
                                line.Append(r.Year.ToString(CultureInfo.InvariantCulture)).Append(',');
                                Field(line, reading.Template.Code).Append(',');
                                Field(line, table.Id.JsonKey()).Append(',');
                                Field(line, table.Spec.PrintedName).Append(',');
                                Field(line, row.Key).Append(',');
                                Field(line, row.DisplayLabel).Append(',');
                                line.Append(c.ToString(CultureInfo.InvariantCulture)).Append(',');
                                Field(line, row.Columns[c].Label).Append(',');
                                line.Append(ChineseNumbers.Figure(value, "")).Append(',');
                                line.Append(blank.Contains((table.Id, row.Key, c)) ? "1" : "0").Append(',');
                                Field(line, r.FileName).Append(',');
                                Field(line, r.SourceUrl ?? "").Append(',');
                                line.Append(r.Id.ToString(CultureInfo.InvariantCulture));
                                await writer.WriteLineAsync(line, cancellationToken).ConfigureAwait(false);
                            }
                        }
                    }
                }

                await writer.FlushAsync(cancellationToken).ConfigureAwait(false);
            }
        }
    }

    /// <summary>A CSV field (RFC 4180): quoted when it holds a comma, a quote or a line break; a leading =, +, - or @ is kept as text.</summary>
    private static StringBuilder Field(StringBuilder line, string value)
    {
        var text = value.Length > 0 && value[0] is '=' or '+' or '-' or '@' ? "'" + value : value;
        return text.AsSpan().IndexOfAny(",\"\r\n") >= 0
            ? line.Append('"').Append(text.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"')
            : line.Append(text);
    }
}
