using System.Globalization;
using System.Text.Json;
using Gongkai.Data;
using Gongkai.Domain;
using Gongkai.Domain.Reports;

namespace Gongkai.Web.Workspace.Reports;

/// <summary>
/// 表二 主动公开政府信息情况 as typed into the form: every row and column of the year's template (report-json.md
/// keys), counts as whole numbers ≥ 0, 行政事业性收费 in 万元. Saved as the draft's ProactiveJson when every cell
/// is valid; otherwise one Chinese message per cell naming its row and column as the printed table does.
/// </summary>
internal static class SaveProactive
{
    /// <summary>The form field of a cell.</summary>
    public static string Field(string rowKey, int column) => $"cell-{rowKey}-{column.ToString(CultureInfo.InvariantCulture)}";

    /// <summary>The largest count or amount accepted: more is a typing slip, not a year of an agency's work.</summary>
    public const decimal MaxValue = 100_000_000m;

    /// <summary>The saved draft, or the reasons in Chinese (by cell field when cells were refused).</summary>
    public static async Task<Result<AnnualReportDraft>> RunAsync(
        GongkaiDb db, int agencyId, int year, IReadOnlyDictionary<string, string?> cells, int version, CancellationToken cancellationToken = default)
    {
        var parsed = Parse(ReportTemplate.ForYear(year).Proactive, cells);
        if (parsed.Value is not { } values)
        {
            return parsed.As<AnnualReportDraft>();
        }

        var json = JsonSerializer.Serialize(values);
        return await SaveDraft.RunAsync(db, agencyId, year, version, d => d.ProactiveJson = json, cancellationToken);
    }

    /// <summary>The table's values by row key, or the reason each bad cell was refused, by its <see cref="Field"/>.</summary>
    public static Result<Dictionary<string, decimal[]>> Parse(TableSpec spec, IReadOnlyDictionary<string, string?> cells)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(cells);
        var values = new Dictionary<string, decimal[]>();
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var row in spec.Rows)
        {
            var parsed = new decimal[row.Columns.Length];
            for (var c = 0; c < row.Columns.Length; c++)
            {
                var text = (cells.GetValueOrDefault(Field(row.Key, c)) ?? "").Trim();
                if (Check(row.Columns[c].Kind, text, out var value) is { } problem)
                {
                    errors[Field(row.Key, c)] = [$"{spec.CellName(row.Key, c)}{problem}。"];
                }

                parsed[c] = value;
            }

            values[row.Key] = parsed;
        }

        return errors.Count == 0 ? Result.Ok(values) : Result.Fail<Dictionary<string, decimal[]>>(errors);
    }

    private static string? Check(CellKind kind, string text, out decimal value)
    {
        value = 0;
        if (text.Length == 0)
        {
            return "未填写（没有请填0）";
        }

        // Full-width digits typed with a Chinese input method: “１２” is 12.
        var ascii = new string([.. text.Select(ch => ch is >= '０' and <= '９' ? (char)(ch - '０' + '0') : ch == '．' ? '.' : ch)]);
        if (!decimal.TryParse(ascii, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value))
        {
            return $"“{text}”不是数字";
        }

        if (kind != CellKind.SignedCount && value < 0)
        {
            return "不能为负数";
        }

        if (kind != CellKind.Money && value != decimal.Truncate(value))
        {
            return "应为整数";
        }

        if (kind == CellKind.Money && decimal.Round(value, 4) != value)
        {
            return "最多保留4位小数（单位：万元）";
        }

        return Math.Abs(value) > MaxValue ? "数值过大，请核对" : null;
    }
}
