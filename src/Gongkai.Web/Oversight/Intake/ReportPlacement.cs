using System.Text.RegularExpressions;
using Gongkai.Domain.Reports;

namespace Gongkai.Web.Oversight.Intake;

/// <summary>A unit of the register as placement sees it.</summary>
internal sealed record PlacementUnit(int Id, string Name, IReadOnlyList<string> Aliases);

/// <summary>
/// The units of a scope with their names and aliases compacted once, by exact name, by alias and by core name, so
/// that placing a file costs lookups and one pass of <see cref="string.Contains(string)"/> over the names.
/// </summary>
internal sealed class PlacementUnits
{
    public PlacementUnits(IEnumerable<PlacementUnit> units)
    {
        foreach (var u in units)
        {
            var name = ReportPlacement.Compact(u.Name);
            Add(ByName, name, u.Id);
            Add(ByCore, ReportPlacement.Core(name), u.Id);
            foreach (var alias in u.Aliases.Select(ReportPlacement.Compact).Append(name).Distinct(StringComparer.Ordinal))
            {
                if (alias != name)
                {
                    Add(ByAlias, alias, u.Id);
                }

                if (alias.Length >= 3)
                {
                    Names.Add((u.Id, alias));
                }
            }
        }
    }

    public Dictionary<string, List<int>> ByName { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, List<int>> ByAlias { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, List<int>> ByCore { get; } = new(StringComparer.Ordinal);

    /// <summary>Every compact name and alias of three characters or more, with its unit.</summary>
    public List<(int Unit, string Name)> Names { get; } = [];

    private static void Add(Dictionary<string, List<int>> index, string key, int id)
    {
        if (!index.TryGetValue(key, out var ids))
        {
            index[key] = ids = [];
        }

        if (!ids.Contains(id))
        {
            ids.Add(id);
        }
    }
}

/// <summary>Where a read file belongs: the unit and year, or why it waits in 待确认 (with a close match offered).</summary>
internal sealed record Placement(int? AgencyId, int? Year, int? SuggestedAgencyId, string? Reason)
{
    public bool Placed => AgencyId is not null && Year is not null;
}

/// <summary>
/// Places a read report in the register: the unit from the name the document gives itself (title, opening sentence)
/// and from the file name, matched by exact name, then alias, then a name or alias the title or file name contains;
/// a close match (the same place with another office suffix: 朝阳市政府办公室 for 朝阳市人民政府) is only offered,
/// never taken. The year from the document (title, statistics period), else from the file name.
/// </summary>
internal static partial class ReportPlacement
{
    public static Placement Place(AnnualReport reading, string fileName, PlacementUnits units)
    {
        var year = reading.Year ?? YearInName(fileName);
        var name = Path.GetFileNameWithoutExtension(fileName);
        var documentName = Compact(reading.Agency);
        var (unit, suggested) = Match(documentName, Compact(reading.Title), Compact(name), units);
        string? reason = null;
        if (unit is null)
        {
            reason = documentName.Length == 0
                ? "文件中没有找到报告单位的名称，文件名也未能对应到单位名录中的单位"
                : $"报告单位「{reading.Agency}」未能与单位名录中的单位唯一对应";
        }
        else if (year is null)
        {
            reason = "报告和文件名中都没有找到报告年度";
        }

        return new Placement(unit, year, unit is null ? suggested : null, reason);
    }

    private static (int? Unit, int? Suggested) Match(string documentName, string title, string fileName, PlacementUnits units)
    {
        if (documentName.Length > 0)
        {
            if (Single(units.ByName, documentName) is { } exact)
            {
                return (exact, null);
            }

            if (Single(units.ByAlias, documentName) is { } alias)
            {
                return (alias, null);
            }
        }

        // The longest name or alias that the title, the document's name or the file name contains: a file saved as
        // 「2023年区统计局政府信息公开工作年度报告.pdf」 names its unit only there.
        foreach (var text in new[] { documentName, title, fileName }.Where(t => t.Length > 0))
        {
            var contained = units.Names.Where(c => c.Name.Length <= text.Length && text.Contains(c.Name, StringComparison.Ordinal)).ToList();
            if (contained.Count > 0)
            {
                var longest = contained.Max(c => c.Name.Length);
                var best = contained.Where(c => c.Name.Length == longest).Select(c => c.Unit).Distinct().ToList();
                if (best.Count == 1)
                {
                    return (best[0], null);
                }
            }
        }

        var core = Core(documentName.Length > 0 ? documentName : title);
        return (null, core.Length >= 2 ? Single(units.ByCore, core) : null);
    }

    private static int? Single(Dictionary<string, List<int>> index, string key) =>
        index.TryGetValue(key, out var ids) && ids.Count == 1 ? ids[0] : null;

    /// <summary>The name without spaces and without the report's own words around it.</summary>
    public static string Compact(string? text) =>
        text is null ? "" : Spaces().Replace(text, "").Replace("政府信息公开工作年度报告", "", StringComparison.Ordinal);

    // The place and office without the government's suffix: 朝阳市政府办公室 and 朝阳市人民政府 are both 朝阳市.
    public static string Core(string name) => Suffix().Replace(YearWords().Replace(name, ""), "");

    private static int? YearInName(string fileName) =>
        YearInFileName().Match(fileName) is { Success: true } m ? int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) : null;

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex("(人民政府办公室|人民政府办公厅|政府办公室|政府办公厅|人民政府|办公室|办公厅|政府)$")]
    private static partial Regex Suffix();

    [GeneratedRegex(@"(19|20)\d{2}年度?")]
    private static partial Regex YearWords();

    [GeneratedRegex(@"(?<!\d)(20[0-4]\d)(?!\d)")]
    private static partial Regex YearInFileName();
}
