using System.Collections.Immutable;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Gongkai.Domain;
using Gongkai.Domain.Reports;

namespace Gongkai.Documents.Json;

/// <summary>
/// The report's JSON shape (shared/docs/report-json.md): written by the CLI and exports, read back for truth files,
/// previous-year reports and round trips. Keys follow the template's row order; counts are written as integers.
/// </summary>
public static class ReportJson
{
    private static readonly JsonWriterOptions Compact = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private static readonly JsonWriterOptions Indented = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, Indented = true };

    public static string Serialize(AnnualReport report, bool indented = true)
    {
        using var stream = new MemoryStream();
        Write(stream, report, indented);
        return System.Text.Encoding.UTF8.GetString(stream.GetBuffer(), 0, (int)stream.Length);
    }

    public static void Write(Stream stream, AnnualReport report, bool indented = true)
    {
        using var w = new Utf8JsonWriter(stream, indented ? Indented : Compact);
        Write(w, report);
    }

    public static void Write(Utf8JsonWriter w, AnnualReport report)
    {
        ArgumentNullException.ThrowIfNull(w);
        ArgumentNullException.ThrowIfNull(report);
        w.WriteStartObject();
        if (report.Source is not null)
        {
            w.WriteString("source", report.Source);
        }

        w.WriteString("template", report.Template.Code);
        w.WriteString("agency", report.Agency);
        if (report.Year is { } year)
        {
            w.WriteNumber("year", year);
        }
        else
        {
            w.WriteNull("year");
        }

        foreach (var spec in report.Template.Tables)
        {
            w.WritePropertyName(spec.Id.JsonKey());
            WriteTable(w, report.Table(spec.Id));
        }

        if (!report.Sections.IsEmpty)
        {
            WriteSections(w, report.Sections);
        }

        w.WriteStartArray("findings");
        foreach (var f in report.Findings)
        {
            WriteFinding(w, f);
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WriteTable(Utf8JsonWriter w, ReportTable? table)
    {
        if (table is null)
        {
            w.WriteNullValue();
            return;
        }

        w.WriteStartObject();
        foreach (var (row, values) in table.Rows)
        {
            w.WritePropertyName(row.Key);
            if (values is not { } cells)
            {
                w.WriteNullValue();
                continue;
            }

            w.WriteStartArray();
            foreach (var cell in cells)
            {
                if (cell is { } v)
                {
                    w.WriteNumberValue(v == decimal.Truncate(v) ? decimal.Truncate(v) : v);
                }
                else
                {
                    w.WriteNullValue();
                }
            }

            w.WriteEndArray();
        }

        w.WriteEndObject();
    }

    /// <summary><c>sections</c>: number "一"…"六" (null for the preamble), title as printed, text (report-json.md).</summary>
    private static void WriteSections(Utf8JsonWriter w, ImmutableArray<ReportSection> sections)
    {
        w.WriteStartArray("sections");
        foreach (var s in sections)
        {
            w.WriteStartObject();
            w.WriteString("number", s.Numeral);
            w.WriteString("title", s.Heading.Length > 0 ? s.Heading : null);
            w.WriteString("text", s.Text);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    private static ImmutableArray<ReportSection> ReadSections(JsonNode? node)
    {
        if (node is not JsonArray array)
        {
            return [];
        }

        return [.. array.OfType<JsonObject>().Select(s => new ReportSection(
            ReportSection.NumberOf(Text(s["number"])), Text(s["title"]) ?? "", Text(s["text"]) ?? ""))];
    }

    private static void WriteFinding(Utf8JsonWriter w, Finding f)
    {
        w.WriteStartObject();
        w.WriteString("code", f.Code);
        w.WriteString("severity", f.Severity.JsonName());
        w.WriteString("table", f.Table?.JsonKey());
        w.WriteString("row", f.Row);
        if (f.Column is { } c)
        {
            w.WriteNumber("column", c);
        }
        else
        {
            w.WriteNull("column");
        }

        w.WriteString("message", f.Message);
        if (f.Line is { } line)
        {
            w.WriteNumber("line", line);
        }

        if (f.Printed is { } printed)
        {
            w.WriteString("printed", printed);
        }

        w.WriteEndObject();
    }

    /// <summary>
    /// Reads a report from its JSON. Every value it cannot take is read as unread with a finding naming the cell:
    /// a string or a truth file's "AMBIGUOUS: …" mark where a row or a number belongs, a number beyond
    /// <see cref="ReaderLimits.MaxCellValue"/> (1e400), a row of the wrong length. Returns null with a reason when
    /// the JSON is not a report (broken JSON, no template); never throws for what the text holds.
    /// </summary>
    public static Result<AnnualReport> Parse(string json)
    {
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(json);
        }
        catch (JsonException e)
        {
            return Result.Fail<AnnualReport>($"JSON 格式错误：{e.Message}");
        }

        if (root is not JsonObject obj || ReportTemplate.FromCode(Text(obj["template"])) is not { } template)
        {
            return Result.Fail<AnnualReport>(root is JsonObject { } o && o["template"] is { } t
                ? $"不是年度报告 JSON：\"template\" 应为 \"2019\" 或 \"2021\"，却是「{Shorten(t)}」"
                : "不是年度报告 JSON：缺少 \"template\"（\"2019\" 或 \"2021\"）");
        }

        var findings = new List<Finding>();
        var year = obj["year"] switch
        {
            null => null,
            JsonValue y when y.TryGetValue<int>(out var v) => v,
            var other => Unreadable<int?>(findings, null, null, $"\"year\" 的值「{Shorten(other)}」不是年份，未读取"),
        };
        var report = new AnnualReport(template)
        {
            Source = TextOrFinding(obj, "source", findings),
            Agency = TextOrFinding(obj, "agency", findings),
            Year = year,
            Proactive = ReadTable(template.Proactive, obj["proactive"], findings),
            Applications = ReadTable(ApplicationsLayout(template, obj["applications"]), obj["applications"], findings),
            ReviewLitigation = ReadTable(template.ReviewLitigation, obj["reviewLitigation"], findings),
            Sections = ReadSections(obj["sections"]),
            Findings = ReadFindings(obj["findings"]),
        };
        // A null cell is Gongkai's "not read", which its reader always explains with a finding on the row; a null
        // that nothing explains (json_mut__002_d1ed69b_cell_137.json: a count edited to null) is said here.
        foreach (var table in report.Tables)
        {
            foreach (var (row, values) in table.Rows)
            {
                if (values is { } cells && cells.Any(v => v is null)
                    && !report.Findings.Any(f => f.Table == table.Id && (f.Row == row.Key || f.Row is null)) && !findings.Any(f => f.Table == table.Id && f.Row == row.Key))
                {
                    var c = cells.IndexOf(null);
                    findings.Add(Finding.Warning(FindingCodes.JsonNullCell, table.Id, row.Key, c, $"{table.Spec.CellName(row.Key, c)}：值为 null（未读取），文件中没有说明原因"));
                }
            }
        }

        return Result.Ok(report.WithFindings(findings));
    }

    /// <summary>A 表三 that prints （六）其他处理 as one row has the key <c>otherHandling</c> (report-json.md).</summary>
    private static TableSpec ApplicationsLayout(ReportTemplate template, JsonNode? node) =>
        node is JsonObject o && o.ContainsKey(RowKeys.OtherHandling) ? ReportTemplate.ApplicationsWithSingleOtherHandling : template.Applications;

    private static ReportTable? ReadTable(TableSpec spec, JsonNode? node, List<Finding> findings)
    {
        if (node is null)
        {
            return null;
        }

        if (node is not JsonObject obj)
        {
            findings.Add(Finding.Error(FindingCodes.JsonUnreadable, spec.Id, null, null, $"{spec.Id.PrintedName()}的值「{Shorten(node)}」不是表格，未读取"));
            return null;
        }

        var rows = new Dictionary<string, IReadOnlyList<decimal?>?>();
        foreach (var row in spec.Rows)
        {
            var value = obj[row.Key];
            var name = spec.CellName(row.Key, null);
            rows[row.Key] = value switch
            {
                null => null,
                JsonArray a when a.Count == row.Columns.Length => a.Select((n, c) => Number(spec, row.Key, c, n, findings)).ToArray(),
                JsonArray a => Unreadable<decimal?[]>(findings, spec.Id, row.Key, $"{name}：有 {a.Count} 个数，应为 {row.Columns.Length} 个，未读取"),
                // Truth files mark a row they cannot settle with "AMBIGUOUS: …": a row whose values are unknown.
                JsonValue v => Unreadable(findings, spec.Id, row.Key, $"{name}：值是「{Shorten(v)}」而不是一行数，未读取", new decimal?[row.Columns.Length]),
                _ => Unreadable<decimal?[]>(findings, spec.Id, row.Key, $"{name}：值「{Shorten(value)}」不是一行数，未读取"),
            };
        }

        return ReportTable.Create(spec, rows);
    }

    private static decimal? Number(TableSpec spec, string row, int column, JsonNode? n, List<Finding> findings)
    {
        if (n is null)
        {
            return null;
        }

        if (n is JsonValue v && v.GetValueKind() == JsonValueKind.Number && v.TryGetValue<decimal>(out var value) && Math.Abs(value) <= ReaderLimits.MaxCellValue)
        {
            return value;
        }

        findings.Add(Finding.Error(FindingCodes.JsonUnreadable, spec.Id, row, column, $"{spec.CellName(row, column)}：值「{Shorten(n)}」不是可读取的数，未读取"));
        return null;
    }

    private static T? Unreadable<T>(List<Finding> findings, TableId? table, string? row, string message, T? value = default)
    {
        findings.Add(Finding.Error(FindingCodes.JsonUnreadable, table, row, null, message));
        return value;
    }

    private static string? TextOrFinding(JsonObject obj, string key, List<Finding> findings)
    {
        var node = obj[key];
        if (node is null || Text(node) is { } text)
        {
            return Text(node);
        }

        findings.Add(Finding.Warning(FindingCodes.JsonUnreadable, null, null, null, $"\"{key}\" 的值「{Shorten(node)}」不是文字，未读取"));
        return null;
    }

    /// <summary>The node's string, or null when it is no string (a number or true where text belongs).</summary>
    private static string? Text(JsonNode? node) =>
        node is JsonValue v && v.GetValueKind() == JsonValueKind.String && v.TryGetValue<string>(out var s) ? s : null;

    private static string Shorten(JsonNode? node)
    {
        var text = node?.ToJsonString() ?? "null";
        return text.Length > 30 ? text[..30] + "…" : text;
    }

    private static ImmutableArray<Finding> ReadFindings(JsonNode? node)
    {
        if (node is not JsonArray array)
        {
            return [];
        }

        return [.. array.OfType<JsonObject>().Select(f => new Finding(
            Text(f["code"]) ?? "",
            Severities.FromJsonName(Text(f["severity"])) ?? Severity.Info,
            TableIds.FromJsonKey(Text(f["table"])),
            Text(f["row"]),
            f["column"] is JsonValue c && c.TryGetValue<int>(out var col) ? col : null,
            Text(f["message"]) ?? "")
        {
            Line = f["line"] is JsonValue l && l.TryGetValue<int>(out var line) ? line : null,
            Printed = Text(f["printed"]),
        })];
    }
}
