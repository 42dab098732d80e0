using System.Globalization;
using System.Text;
using Gongkai.Documents.Text;
using Gongkai.Domain;
using Gongkai.Domain.Reports;
using Gongkai.Domain.Reports.Rules;

namespace Gongkai.Documents.Csv;

/// <summary>
/// Reads the CSV that <see cref="Writers.CsvReportWriter"/> writes (one cell per line: 机关, 年度, 表, 表名, 行键, 项目,
/// 列序号, 列名, 数值) back into a report, so that every writer's output reads back. The template is the one whose
/// rows hold every key and column of the file (2019's 表二 has 其他对外管理服务事项, 2021's 表三 其他处理 in three rows);
/// a cell it cannot place or a value that is no number is a finding. Cells of another report (the CSV of several
/// reports concatenated for a pivot table) are not read but said.
/// </summary>
public static class CsvReportReader
{
    private static readonly string[] Header = ["机关", "年度", "表", "表名", "行键", "项目", "列序号", "列名", "数值"];

    public static Result<AnnualReport> Read(string source, DecodedText decoded)
    {
        ArgumentNullException.ThrowIfNull(decoded);
        var records = Records(decoded.Text.TrimStart('\uFEFF'));
        if (records.Count == 0 || !records[0].SequenceEqual(Header))
        {
            return Result.Fail<AnnualReport>($"不是 Gongkai 导出的 CSV：第一行应为「{string.Join(",", Header)}」");
        }

        var findings = new List<Finding>(decoded.Findings());
        var cells = new List<(int Line, TableId Table, string Row, int Column, string Value)>();
        (string Agency, string Year)? first = null;
        var others = 0;
        for (var i = 1; i < records.Count; i++)
        {
            var r = records[i];
            if (r.Length == 1 && r[0].Length == 0)
            {
                continue;
            }

            if (r.Length != Header.Length || TableOf(r[2]) is not { } table || !int.TryParse(r[6], NumberStyles.None, CultureInfo.InvariantCulture, out var column))
            {
                findings.Add(Finding.Warning(FindingCodes.CsvUnreadableLine, null, null, null, $"CSV 第{i + 1}行不是一个单元格（应有 {Header.Length} 列：{string.Join(",", Header)}），未读取"));
                continue;
            }

            first ??= (r[0], r[1]);
            if (first != (r[0], r[1]))
            {
                others++;
                continue;
            }

            cells.Add((i + 1, table, r[4], column, r[8]));
        }

        if (cells.Count == 0)
        {
            return Result.Fail<AnnualReport>("CSV 中没有年度报告的单元格");
        }

        if (others > 0)
        {
            findings.Add(Finding.Warning(FindingCodes.ParseSecondReport, null, null, null, $"CSV 中还有 {others} 个单元格属于其他机关或年度的报告，未读取；请按机关和年度分开后分别读取"));
        }

        var year = int.TryParse(first!.Value.Year, NumberStyles.None, CultureInfo.InvariantCulture, out var y) ? y : (int?)null;
        var template = new[] { ReportTemplate.ForYear(year ?? 2021), ReportTemplate.Format2021, ReportTemplate.Trial2019 }
            .FirstOrDefault(t => cells.All(c => Fits(Layout(t, c.Table, cells), c.Row, c.Column))) ?? ReportTemplate.ForYear(year ?? 2021);
        var report = new AnnualReport(template)
        {
            Source = source,
            Agency = first.Value.Agency.Length > 0 ? first.Value.Agency : null,
            Year = year,
            Proactive = Table(Layout(template, TableId.Proactive, cells), cells, findings),
            Applications = Table(Layout(template, TableId.Applications, cells), cells, findings),
            ReviewLitigation = Table(Layout(template, TableId.ReviewLitigation, cells), cells, findings),
        };
        return Result.Ok(ReportRules.Apply(report.WithFindings(findings)));
    }

    /// <summary>A 表三 written with （六）其他处理 as one row has that row's key (report-json.md).</summary>
    private static TableSpec Layout(ReportTemplate template, TableId table, List<(int Line, TableId Table, string Row, int Column, string Value)> cells) =>
        table == TableId.Applications && cells.Exists(c => c.Table == table && c.Row == RowKeys.OtherHandling)
            ? ReportTemplate.ApplicationsWithSingleOtherHandling
            : template.Table(table);

    private static bool Fits(TableSpec spec, string row, int column) => spec.Row(row) is { } r && column >= 0 && column < r.Columns.Length;

    private static ReportTable? Table(TableSpec spec, List<(int Line, TableId Table, string Row, int Column, string Value)> cells, List<Finding> findings)
    {
        var mine = cells.Where(c => c.Table == spec.Id).ToList();
        if (mine.Count == 0)
        {
            return null;
        }

        var rows = new Dictionary<string, decimal?[]>(StringComparer.Ordinal);
        foreach (var (line, _, key, column, text) in mine)
        {
            if (!Fits(spec, key, column))
            {
                findings.Add(Finding.Warning(FindingCodes.CsvUnknownCell, spec.Id, null, null, $"CSV 第{line}行：{spec.PrintedName}没有「{key}」行第 {column} 列，未读取"));
                continue;
            }

            var values = rows.TryGetValue(key, out var v) ? v : rows[key] = new decimal?[spec.Row(key)!.Columns.Length];
            if (text.Length == 0)
            {
                continue;
            }

            if (decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var value) && Math.Abs(value) <= ReaderLimits.MaxCellValue)
            {
                values[column] = value;
            }
            else
            {
                findings.Add(Finding.Error(FindingCodes.CsvUnreadableCell, spec.Id, key, column, $"{spec.CellName(key, column)}：CSV 第{line}行的值「{(text.Length > 20 ? text[..20] + "…" : text)}」不是可读取的数，未读取"));
            }
        }

        return ReportTable.Create(spec, rows.ToDictionary(p => p.Key, p => (IReadOnlyList<decimal?>?)p.Value, StringComparer.Ordinal));
    }

    private static TableId? TableOf(string printed) =>
        Enum.GetValues<TableId>().Where(id => id.PrintedName() == printed).Select(id => (TableId?)id).FirstOrDefault();

    /// <summary>RFC 4180 records: fields separated by commas, quoted fields may hold commas, quotes (doubled) and line breaks.</summary>
    private static List<string[]> Records(string text)
    {
        var records = new List<string[]>();
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var ch = text[i];
            if (quoted)
            {
                if (ch == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (ch == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(ch);
                }

                continue;
            }

            switch (ch)
            {
                case '"' when field.Length == 0:
                    quoted = true;
                    break;
                case ',':
                    fields.Add(field.ToString());
                    field.Clear();
                    break;
                case '\r':
                    break;
                case '\n':
                    fields.Add(field.ToString());
                    field.Clear();
                    records.Add([.. fields]);
                    fields.Clear();
                    break;
                default:
                    field.Append(ch);
                    break;
            }
        }

        if (field.Length > 0 || fields.Count > 0)
        {
            fields.Add(field.ToString());
            records.Add([.. fields]);
        }

        return records;
    }
}
