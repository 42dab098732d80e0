using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Gongkai.Data;
using Gongkai.Domain;
using Gongkai.Domain.Reports;
using Gongkai.Web.Oversight.Intake;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;

namespace Gongkai.Web.Oversight.Units;

/// <summary>One row of a register file, as printed (every field text), with its row number in the file.</summary>
internal sealed record UnitRow(int Row, string Name, string Aliases, string Level, string Parent, string DivisionCode, string Deadline, string FirstYear, string LastYear);

/// <summary>What a register import did: how many units it added and how many it changed.</summary>
internal sealed record UnitImport(int Added, int Changed);

/// <summary>
/// 单位名录 as a file: the columns below, in XLSX or CSV (UTF-8 or GBK). An import checks every row first and
/// imports nothing when one is bad; a row naming a unit already in scope changes it, any other adds one. A blank
/// 上级单位 hangs the unit under the importer's own unit.
/// </summary>
internal static partial class UnitRegister
{
    public static readonly string[] Columns = ["单位名称", "别名", "单位层级", "上级单位", "行政区划代码", "年报截止", "起始年度", "终止年度"];

    /// <summary>The rows of an uploaded file, or why it could not be read.</summary>
    public static Result<IReadOnlyList<UnitRow>> ReadFile(string fileName, byte[] bytes)
    {
        var ext = Path.GetExtension(fileName).ToLowerInvariant();
        try
        {
            List<Dictionary<string, string>> records;
            if (ext == ".xlsx")
            {
                using var stream = new MemoryStream(bytes);
                records = [.. MiniExcel.Query(stream, useHeaderRow: true, excelType: ExcelType.XLSX)
                    .Cast<IDictionary<string, object?>>()
                    .Select(r => r.ToDictionary(kv => kv.Key.Trim(), kv => Cell(kv.Value)))];
            }
            else if (ext == ".csv")
            {
                records = UnitTextDecoding.CsvRows(bytes);
            }
            else
            {
                return Result.Fail<IReadOnlyList<UnitRow>>($"不支持的文件类型「{ext}」：单位名录请用 .xlsx 或 .csv（可先下载模板）");
            }

            if (records.Count > 0 && !records[0].ContainsKey("单位名称"))
            {
                return Result.Fail<IReadOnlyList<UnitRow>>("第1行（表头）没有「单位名称」列，请按模板的列名填写");
            }

            return Result.Ok<IReadOnlyList<UnitRow>>([.. records.Select((r, i) => new UnitRow(i + 2, Get(r, "单位名称"), Get(r, "别名"), Get(r, "单位层级"), Get(r, "上级单位"),
                Get(r, "行政区划代码"), Get(r, "年报截止"), Get(r, "起始年度"), Get(r, "终止年度")))]);
        }
#pragma warning disable CA1031 // A broken spreadsheet of any kind is a bad file, said in words; nothing is imported.
        catch (Exception e) when (e is not OutOfMemoryException)
#pragma warning restore CA1031
        {
            return Result.Fail<IReadOnlyList<UnitRow>>($"文件无法读取（{(ext == ".xlsx" ? "不是有效的 XLSX 文件" : "CSV 格式有误")}）：{e.Message}");
        }
    }

    /// <summary>
    /// Checks every row, then adds and changes units in one transaction, or refuses the whole file with every bad row
    /// and its number.
    /// </summary>
    public static async Task<Result<UnitImport>> ImportAsync(GongkaiDb db, OversightScope scope, IReadOnlyList<UnitRow> rows, CancellationToken cancellationToken)
    {
        var existing = await scope.Units(db).ToListAsync(cancellationToken).ConfigureAwait(false);
        var byName = existing.GroupBy(u => u.Name).ToDictionary(g => g.Key, g => g.First());
        var errors = new List<string>();
        var names = new Dictionary<string, int>();
        foreach (var row in rows)
        {
            var why = Check(row, scope);
            if (row.Name.Length > 0 && !names.TryAdd(row.Name, row.Row))
            {
                why.Add($"单位名称「{row.Name}」与第{names[row.Name]}行重复");
            }

            if (row.Parent.Length > 0 && row.Parent == row.Name)
            {
                why.Add("上级单位不能是本单位");
            }

            if (row.Parent.Length > 0 && !byName.ContainsKey(row.Parent) && !rows.Any(r => r.Name == row.Parent))
            {
                why.Add($"上级单位「{row.Parent}」既不在单位名录中，也不在本文件中");
            }

            if (row.Name == scope.AgencyName && row.Parent.Length > 0)
            {
                why.Add("本单位是名录的顶层，不能改挂到其他单位下");
            }

            errors.AddRange(why.Select(w => $"第{row.Row}行：{w}"));
        }

        if (rows.Count == 0)
        {
            errors.Add("文件中没有单位（第2行起每行一个单位）");
        }

        if (errors.Count > 0)
        {
            return Result.Fail<UnitImport>(errors);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var added = 0;
        var units = new Dictionary<string, Agency>(byName);
        foreach (var row in rows)
        {
            if (!units.TryGetValue(row.Name, out var unit))
            {
                unit = new Agency { Name = row.Name };
                db.Agencies.Add(unit);
                units[row.Name] = unit;
                added++;
            }

            unit.Level = AgencyLevels.Parse(row.Level)!.Value;
            unit.Aliases = string.Join(";", row.Aliases.Split([';', '；', '、', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
            unit.DivisionCode = row.DivisionCode.Length > 0 ? row.DivisionCode : null;
            unit.LocalDeadline = Deadline(row.Deadline);
            unit.FirstYear = Year(row.FirstYear);
            unit.LastYear = Year(row.LastYear);
        }

        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        foreach (var row in rows.Where(r => r.Name != scope.AgencyName))
        {
            units[row.Name].ParentId = row.Parent.Length > 0 ? units[row.Parent].Id : scope.AgencyId;
        }

        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        if (CycleIn(units.Values) is { } cycle)
        {
            return Result.Fail<UnitImport>($"第{rows.First(r => r.Name == cycle).Row}行：上级单位形成循环（{cycle} 最终又挂在自己下面）");
        }

        await AgencyTree.RebuildPathsAsync(db, cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return Result.Ok(new UnitImport(added, rows.Count - added));
    }

    /// <summary>The register of a scope as rows of the file's columns, parents before children.</summary>
    public static async Task<List<Dictionary<string, object?>>> ExportAsync(GongkaiDb db, OversightScope scope, CancellationToken cancellationToken)
    {
        var units = await scope.Units(db).AsNoTracking().OrderBy(u => u.TreePath).ToListAsync(cancellationToken).ConfigureAwait(false);
        var names = await db.Agencies.AsNoTracking().Select(a => new { a.Id, a.Name }).ToDictionaryAsync(a => a.Id, a => a.Name, cancellationToken).ConfigureAwait(false);
        return [.. units.Select(u => Row(
            u.Name, u.Aliases, u.Level.Label(), u.ParentId is { } p && u.Id != scope.AgencyId ? names.GetValueOrDefault(p) ?? "" : "",
            u.DivisionCode ?? "", u.LocalDeadline ?? "", u.FirstYear?.ToString(CultureInfo.InvariantCulture) ?? "", u.LastYear?.ToString(CultureInfo.InvariantCulture) ?? ""))];
    }

    /// <summary>The template: the columns and two example rows.</summary>
    public static List<Dictionary<string, object?>> Template(string top) =>
    [
        Row($"{top}统计局", "统计局;市统计局", "政府部门", top, "", "", "2019", ""),
        Row("某某县人民政府", "某某县", "县级政府", top, "320829", "", "2019", ""),
        Row("某某县城关镇人民政府", "城关镇", "乡镇街道", "某某县人民政府", "", "03-31", "2020", ""),
    ];

    public static byte[] ToXlsx(List<Dictionary<string, object?>> rows)
    {
        using var stream = new MemoryStream();
        stream.SaveAs(rows.Count > 0 ? rows : [Row("", "", "", "", "", "", "", "")], excelType: ExcelType.XLSX);
        return stream.ToArray();
    }

    public static byte[] ToCsv(List<Dictionary<string, object?>> rows)
    {
        using var stream = new MemoryStream();
        stream.Write(Encoding.UTF8.GetPreamble());
        stream.SaveAs(rows.Count > 0 ? rows : [Row("", "", "", "", "", "", "", "")], excelType: ExcelType.CSV);
        return stream.ToArray();
    }

    private static List<string> Check(UnitRow row, OversightScope scope)
    {
        var why = new List<string>();
        if (row.Name.Length == 0)
        {
            why.Add("单位名称为空");
        }
        else if (row.Name.Length > 200)
        {
            why.Add("单位名称超过200字");
        }

        if (AgencyLevels.Parse(row.Level) is null)
        {
            why.Add($"单位层级「{row.Level}」无法识别，应为省级政府、市级政府、县级政府、乡镇街道、政府部门或其他单位");
        }

        if (row.DivisionCode.Length > 0 && !DivisionCode().IsMatch(row.DivisionCode))
        {
            why.Add($"行政区划代码「{row.DivisionCode}」应为6位（县级及以上，GB/T 2260）或9、12位（乡镇街道）数字");
        }

        if (row.Deadline.Length > 0 && Deadline(row.Deadline) is null)
        {
            why.Add($"年报截止「{row.Deadline}」无法识别，应写作 03-31 或 3月31日，留空则按条例");
        }

        var first = Year(row.FirstYear);
        var last = Year(row.LastYear);
        if (row.FirstYear.Length > 0 && first is null)
        {
            why.Add($"起始年度「{row.FirstYear}」应为2008年以后的四位年份");
        }

        if (row.LastYear.Length > 0 && last is null)
        {
            why.Add($"终止年度「{row.LastYear}」应为2008年以后的四位年份");
        }

        if (first is { } f && last is { } l && l < f)
        {
            why.Add($"终止年度{l}早于起始年度{f}");
        }

        _ = scope;
        return why;
    }

    private static string? CycleIn(IEnumerable<Agency> units)
    {
        var byId = units.Where(u => u.Id != 0).ToDictionary(u => u.Id);
        foreach (var unit in byId.Values)
        {
            var seen = new HashSet<int>();
            for (var at = unit; at?.ParentId is { } p; at = byId.GetValueOrDefault(p))
            {
                if (!seen.Add(at.Id))
                {
                    return unit.Name;
                }
            }
        }

        return null;
    }

    private static Dictionary<string, object?> Row(params string[] values) =>
        Columns.Select((c, i) => (c, v: (object?)values[i])).ToDictionary(x => x.c, x => x.v);

    private static string Get(Dictionary<string, string> row, string column) => row.TryGetValue(column, out var v) ? v.Trim() : "";

    // Excel keeps codes and years typed as numbers: 320813 comes back as 320813 (a double), not "320813".
    private static string Cell(object? value) => value switch
    {
        null => "",
        double d => d.ToString("0.##########", CultureInfo.InvariantCulture),
        DateTime t => t.ToString("MM-dd", CultureInfo.InvariantCulture),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture)?.Trim() ?? "",
    };

    private static int? Year(string text) =>
        int.TryParse(text.Trim().TrimEnd('年'), NumberStyles.None, CultureInfo.InvariantCulture, out var y) && y >= 2008 && y <= 2100 ? y : null;

    private static string? Deadline(string text)
    {
        var m = MonthDay().Match(text.Trim());
        if (!m.Success)
        {
            return null;
        }

        var month = int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);
        var day = int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture);
        return month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(2023, month) ? $"{month:00}-{day:00}" : null;
    }

    [GeneratedRegex(@"^(\d{6}|\d{9}|\d{12})$")]
    private static partial Regex DivisionCode();

    [GeneratedRegex(@"^(\d{1,2})(?:-|/|月)(\d{1,2})日?$")]
    private static partial Regex MonthDay();
}
