using System.Globalization;
using System.Text;
using Gongkai.Data;
using Gongkai.Domain.Reports;
using Microsoft.AspNetCore.Identity;

namespace Gongkai.Bench.Oversight;

/// <summary>One generated unit: its name, level and the index of its parent in the list (-1 for the top).</summary>
internal sealed record GeneratedUnit(string Name, AgencyLevel Level, int Parent);

/// <summary>
/// A generated region of <c>--units</c> units: one 市人民政府 with its 部门, then 县 each with its own 部门 and
/// 乡镇, every name unique (placement finds a report by the name its title gives). Written as the 单位名录 CSV the
/// register imports, and straight into the database with a 监督员 at the top.
/// </summary>
internal static class Region
{
    public const string Supervisor = "jiandu-bench";

    public const string Password = "Gongkai#2026";

    private const string PlaceCharacters = "安宝北昌城大东丰福高广和河红华黄吉江金康乐林龙隆明南宁平青庆清瑞山胜顺太泰天通万文西祥新兴阳永云长正中";

    private static readonly string[] CityDepartments =
    [
        "教育局", "公安局", "民政局", "司法局", "财政局", "人力资源和社会保障局", "自然资源局", "生态环境局", "住房和城乡建设局", "交通运输局",
        "水利局", "农业农村局", "商务局", "文化和旅游局", "卫生健康委员会", "应急管理局", "审计局", "市场监督管理局", "统计局", "医疗保障局",
        "林业局", "退役军人事务局", "发展和改革委员会", "工业和信息化局", "科学技术局", "民族宗教事务局", "体育局", "信访局", "城市管理局", "数据资源管理局",
    ];

    /// <summary>Units per county (its government, 20 departments and about 110 towns), as in a large real county.</summary>
    private const int PerCounty = 131;

    public static List<GeneratedUnit> Generate(int count)
    {
        var places = new Queue<string>(Places());
        string Next() => places.Dequeue();

        var city = Next();
        var units = new List<GeneratedUnit> { new($"{city}市人民政府", AgencyLevel.City, -1) };
        foreach (var d in CityDepartments.Take(Math.Max(0, Math.Min(CityDepartments.Length, count - 1))))
        {
            units.Add(new($"{city}市{d}", AgencyLevel.Department, 0));
        }

        var counties = Math.Max(1, (int)Math.Round((count - units.Count) / (double)PerCounty));
        var countyIndex = new List<(int Index, string Place)>();
        for (var c = 0; c < counties && units.Count < count; c++)
        {
            var place = Next();
            countyIndex.Add((units.Count, place));
            units.Add(new($"{place}县人民政府", AgencyLevel.County, 0));
        }

        foreach (var d in CityDepartments.Take(20))
        {
            foreach (var (index, place) in countyIndex.TakeWhile(_ => units.Count < count))
            {
                units.Add(new($"{place}县{d}", AgencyLevel.Department, index));
            }
        }

        for (var i = 0; units.Count < count; i++)
        {
            units.Add(new($"{Next()}镇人民政府", AgencyLevel.Township, countyIndex[i % countyIndex.Count].Index));
        }

        return units;
    }

    /// <summary>The register as the 单位名录 CSV of the oversight pages (单位名称, 别名, 单位层级, 上级单位, …).</summary>
    public static void WriteRegister(IReadOnlyList<GeneratedUnit> units, int firstYear, string path)
    {
        var csv = new StringBuilder("单位名称,别名,单位层级,上级单位,行政区划代码,年报截止,起始年度,终止年度\n");
        foreach (var u in units)
        {
            csv.Append(CultureInfo.InvariantCulture, $"{u.Name},,{u.Level.Label()},{(u.Parent >= 0 ? units[u.Parent].Name : "")},,,{firstYear},\n");
        }

        File.WriteAllText(path, csv.ToString(), new UTF8Encoding(true));
    }

    /// <summary>Writes the units and the 监督员 account of the top unit; returns the units' ids in list order.</summary>
    public static async Task<int[]> StoreAsync(GongkaiDb db, IReadOnlyList<GeneratedUnit> units, int firstYear)
    {
        var agencies = new Agency[units.Count];
        for (var i = 0; i < units.Count; i++)
        {
            agencies[i] = new Agency { Name = units[i].Name, Level = units[i].Level, Parent = units[i].Parent >= 0 ? agencies[units[i].Parent] : null, FirstYear = firstYear };
            db.Agencies.Add(agencies[i]);
        }

        await db.SaveChangesAsync();
        await AgencyTree.RebuildPathsAsync(db);
        var account = new StaffAccount { AgencyId = agencies[0].Id, UserName = Supervisor, DisplayName = $"{units[0].Name}监督员", PasswordHash = "", Roles = StaffRoles.Supervisor };
        account.PasswordHash = new PasswordHasher<StaffAccount>().HashPassword(account, Password);
        db.StaffAccounts.Add(account);
        await db.SaveChangesAsync();
        return [.. agencies.Select(a => a.Id)];
    }

    // Two-character place names, each used once.
    private static IEnumerable<string> Places()
    {
        for (var i = 0; i < PlaceCharacters.Length; i++)
        {
            for (var j = 0; j < PlaceCharacters.Length; j++)
            {
                if (i != j)
                {
                    yield return $"{PlaceCharacters[i]}{PlaceCharacters[j]}";
                }
            }
        }
    }
}
