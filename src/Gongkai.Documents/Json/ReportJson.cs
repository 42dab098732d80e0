using System.Collections.Immutable;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
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

    private static string? Text(JsonNode? n) => n is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;

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
    /// Reads a report from its JSON. Values that are not numbers or null (truth files mark unsettled rows with an
    /// "AMBIGUOUS: …" string) read as a row of nulls. Returns null with a reason when the JSON is not a report.
    /// </summary>
    public static AnnualReport? Parse(string json, out string? error)
    {
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(json);
        }
        catch (JsonException e)
        {
            error = $"JSON 格式错误：{e.Message}";
            return null;
        }

        if (root is not JsonObject obj || ReportTemplate.FromCode(obj["template"]?.GetValue<string>()) is not { } template)
        {
            error = "不是年度报告 JSON：缺少 \"template\"（\"2019\" 或 \"2021\"）";
            return null;
        }

        error = null;
        return new AnnualReport(template)
        {
            Source = obj["source"]?.GetValue<string>(),
            Agency = obj["agency"]?.GetValue<string>(),
            Year = obj["year"] is JsonValue y && y.TryGetValue<int>(out var year) ? year : null,
            Proactive = ReadTable(template.Proactive, obj["proactive"]),
            Applications = ReadTable(ApplicationsLayout(template, obj["applications"]), obj["applications"]),
            ReviewLitigation = ReadTable(template.ReviewLitigation, obj["reviewLitigation"]),
            Sections = ReadSections(obj["sections"]),
            Findings = ReadFindings(obj["findings"]),
        };
    }

    /// <summary>A 表三 that prints （六）其他处理 as one row has the key <c>otherHandling</c> (report-json.md).</summary>
    private static TableSpec ApplicationsLayout(ReportTemplate template, JsonNode? node) =>
        node is JsonObject o && o.ContainsKey("otherHandling") ? ReportTemplate.ApplicationsWithSingleOtherHandling : template.Applications;

    private static ReportTable? ReadTable(TableSpec spec, JsonNode? node)
    {
        if (node is not JsonObject obj)
        {
            return null;
        }

        var rows = new Dictionary<string, IReadOnlyList<decimal?>?>();
        foreach (var row in spec.Rows)
        {
            var value = obj[row.Key];
            rows[row.Key] = value switch
            {
                JsonArray a when a.Count == row.Columns.Length => a.Select(Number).ToArray(),
                JsonValue => new decimal?[row.Columns.Length],
                _ => null,
            };
        }

        return ReportTable.Create(spec, rows);
    }

    private static decimal? Number(JsonNode? n) =>
        n is JsonValue v && v.GetValueKind() == JsonValueKind.Number ? v.GetValue<decimal>() : null;

    private static ImmutableArray<Finding> ReadFindings(JsonNode? node)
    {
        if (node is not JsonArray array)
        {
            return [];
        }

        return [.. array.OfType<JsonObject>().Select(f => new Finding(
            f["code"]?.GetValue<string>() ?? "",
            Severities.FromJsonName(f["severity"]?.GetValue<string>()) ?? Severity.Info,
            TableIds.FromJsonKey(f["table"]?.GetValue<string>()),
            f["row"]?.GetValue<string>(),
            f["column"] is JsonValue c && c.TryGetValue<int>(out var col) ? col : null,
            f["message"]?.GetValue<string>() ?? "")
        {
            Line = f["line"] is JsonValue l && l.TryGetValue<int>(out var line) ? line : null,
            Printed = f["printed"] is JsonValue p && p.TryGetValue<string>(out var printed) ? printed : null,
        })];
    }
}
