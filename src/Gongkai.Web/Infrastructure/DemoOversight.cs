using System.Globalization;
using System.Text;
using Gongkai.Data;
using Gongkai.Documents.Writers;
using Gongkai.Domain.Reports;
using Gongkai.Web.Oversight;
using Gongkai.Web.Oversight.Intake;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Infrastructure;

/// <summary>
/// The demonstration region's oversight side: 示范市's register of units (its departments, counties, towns, and the
/// units of the real reports kept with the tests), the 监督员 <c>jiandu</c>, and seven years of reports queued for import
/// as a supervisor would upload them — the real documents (text pages and two PDFs) and generated reports, some
/// published late, some missing, some with errors (示范市民政局's last report breaks the carry-over from the year
/// before, 示范县财政局's copies its part 五), and one file (大黑镇's) that no unit of the register matches, left
/// in 待确认.
/// </summary>
internal static class DemoOversight
{
    /// <summary>The 监督员 of 示范市.</summary>
    public const string Supervisor = "jiandu";

    /// <summary>The unit whose last report carries over two applications more than its report before said (X01).</summary>
    public const string BrokenCarryOver = "示范市民政局";

    /// <summary>The unit whose last report repeats part 五 of the report before, only the year changed (X08).</summary>
    public const string CopiedProblems = "示范县财政局";

    /// <summary>The unit whose last report copies 示范市统计局's text of the same year, names replaced (X09).</summary>
    public const string CopiedFromPeer = "示范县统计局";

    /// <summary>The unit <see cref="CopiedFromPeer"/> copies.</summary>
    public const string CopiedFrom = "示范市统计局";

    private static readonly (string Name, AgencyLevel Level, string Parent, string Aliases, string? Code, int? FirstYear)[] Units =
    [
        ("示范市统计局", AgencyLevel.Department, "示范市人民政府", "市统计局", null, null),
        ("示范市财政局", AgencyLevel.Department, "示范市人民政府", "市财政局", null, null),
        ("示范市公安局", AgencyLevel.Department, "示范市人民政府", "市公安局", null, null),
        ("示范市民政局", AgencyLevel.Department, "示范市人民政府", "市民政局", null, null),
        ("示范市人力资源和社会保障局", AgencyLevel.Department, "示范市人民政府", "市人社局", null, null),
        ("示范市住房和城乡建设局", AgencyLevel.Department, "示范市人民政府", "市住建局", null, null),
        ("示范市交通运输局", AgencyLevel.Department, "示范市人民政府", "市交通运输局", null, null),
        ("示范市卫生健康委员会", AgencyLevel.Department, "示范市人民政府", "市卫健委", null, null),
        ("示范市市场监督管理局", AgencyLevel.Department, "示范市人民政府", "市市场监管局", null, null),
        ("示范市审计局", AgencyLevel.Department, "示范市人民政府", "市审计局", null, null),
        ("示范市退役军人事务局", AgencyLevel.Department, "示范市人民政府", "", null, 2021),
        ("示范县教育局", AgencyLevel.Department, "示范县人民政府", "县教育局", null, null),
        ("示范县财政局", AgencyLevel.Department, "示范县人民政府", "县财政局", null, null),
        ("示范县公安局", AgencyLevel.Department, "示范县人民政府", "县公安局", null, null),
        ("示范县统计局", AgencyLevel.Department, "示范县人民政府", "县统计局", null, null),
        ("示范县住房和城乡建设局", AgencyLevel.Department, "示范县人民政府", "县住建局", null, null),
        ("示范县东关镇人民政府", AgencyLevel.Township, "示范县人民政府", "东关镇", null, null),
        ("示范县西河乡人民政府", AgencyLevel.Township, "示范县人民政府", "西河乡", null, null),
        ("示范县南山镇人民政府", AgencyLevel.Township, "示范县人民政府", "南山镇", null, null),
        ("示范市新区管理委员会", AgencyLevel.Other, "示范市人民政府", "示范新区", null, 2022),
        ("示范市新区新城街道办事处", AgencyLevel.Township, "示范市新区管理委员会", "新城街道", null, 2022),
        ("阜新市细河区人民政府", AgencyLevel.County, "示范市人民政府", "细河区人民政府", "210903", 2021),
        ("金昌市金川区人民政府", AgencyLevel.County, "示范市人民政府", "金川区人民政府", "620302", 2021),
        ("沈阳市沈河区人民政府", AgencyLevel.County, "示范市人民政府", "瀋河回族区人民政府办公室;沈河区人民政府办公室", "210103", 2023),
        ("朝阳市人民政府", AgencyLevel.City, "示范市人民政府", "朝阳市政府办公室;朝阳市人民政府办公室", "211300", 2021),
        ("淮安市洪泽区人民政府", AgencyLevel.County, "示范市人民政府", "洪泽区人民政府", "320813", 2023),
    ];

    private static readonly string[] RealDocuments =
    [
        "000_6936dc3b40e04b6e.txt", "001_b63a0e3bb038d4c3.txt", "002_d1ed69b8ea7b905a.txt", "003_1160e2568716ca2c.txt", "004_f719e6107d444fd2.txt",
        "hongze-2023.pdf", "hongze-2024.pdf",
    ];

    public static async Task SeedAsync(IServiceProvider services)
    {
        var db = services.GetRequiredService<GongkaiDb>();
        var hasher = services.GetRequiredService<IPasswordHasher<StaffAccount>>();
        var clock = services.GetRequiredService<TimeProvider>();
        var byName = await db.Agencies.ToDictionaryAsync(a => a.Name);
        byName["示范市人民政府"].DivisionCode = "990100";
        byName["示范县人民政府"].DivisionCode = "990121";
        foreach (var u in Units)
        {
            var unit = new Agency { Name = u.Name, Level = u.Level, Parent = byName[u.Parent], Aliases = u.Aliases, DivisionCode = u.Code, FirstYear = u.FirstYear };
            db.Agencies.Add(unit);
            byName[u.Name] = unit;
        }

        await db.SaveChangesAsync();
        await AgencyTree.RebuildPathsAsync(db);
        var city = byName["示范市人民政府"];
        var account = new StaffAccount { AgencyId = city.Id, UserName = Supervisor, DisplayName = "示范市政务公开办监督员", PasswordHash = "", Roles = StaffRoles.Supervisor };
        account.PasswordHash = hasher.HashPassword(account, DemoData.Password);
        db.StaffAccounts.Add(account);
        await db.SaveChangesAsync();

        var lastYear = clock.GetUtcNow().Year - 1;
        var random = new Random(20261202);
        var files = new List<UploadedFile>();
        var manifest = new StringBuilder("文件名,网址,发布日期\n");
        var scope = city.TreePath;
        // The units of the real documents have those documents only.
        var real = Units.Where(u => u.Code is not null).Select(u => u.Name).ToHashSet();
        var variant = 0;
        var sources = new Dictionary<int, AnnualReport>();
        // The unit copied from goes first, so that its copy can be made when the copier's turn comes.
        foreach (var unit in byName.Values.Where(u => u.TreePath.StartsWith(scope, StringComparison.Ordinal) && !real.Contains(u.Name))
            .OrderBy(u => u.Name != CopiedFrom).ThenBy(u => u.TreePath, StringComparer.Ordinal))
        {
            AnnualReport? previous = null;
            variant++;
            for (var year = lastYear - 6; year <= lastYear; year++)
            {
                // About one unit-year in twelve is not published: the 未发布 the matrix is for. The two units whose
                // last report repeats last year's publish both years.
                var named = year >= lastYear - 1 && unit.Name is BrokenCarryOver or CopiedProblems or CopiedFrom or CopiedFromPeer;
                if (!unit.ExpectedIn(year) || (random.Next(12) == 0 && !named))
                {
                    continue;
                }

                var report = DemoReports.Generate(random, unit.Name, year, previous, variant);
                var roll = random.Next(10);
                if (named)
                {
                    if (year == lastYear && unit.Name == BrokenCarryOver)
                    {
                        report = DemoReports.BreakCarryOver(report);
                    }
                    else if (year == lastYear && unit.Name == CopiedFromPeer && sources.TryGetValue(year, out var source))
                    {
                        report = DemoReports.CopyNarrative(report, source);
                    }
                    else if (year == lastYear && unit.Name == CopiedProblems && previous is not null)
                    {
                        report = DemoReports.CopyProblems(report, previous);
                    }

                    if (unit.Name == CopiedFrom)
                    {
                        sources[year] = report;
                    }
                }
                else if (roll == 0)
                {
                    var total = report.Applications![RowKeys.OutcomeTotal]!.Value.ToArray();
                    total[6] += 1;
                    report = report with { Applications = report.Applications.With(RowKeys.OutcomeTotal, total) };
                }
                else if (roll == 1)
                {
                    report = report with { Proactive = report.Proactive!.With(RowKeys.AdministrativeFees, [null]) };
                }

                previous = report;

                var name = $"{unit.Name}{year}年政府信息公开工作年度报告.html";
                files.Add(new UploadedFile(name, Encoding.UTF8.GetBytes(HtmlReportWriter.Write(report))));
                var deadline = unit.DeadlineFor(year).Due ?? new DateOnly(year + 1, 3, 31);
                // Most publish in the last weeks before the deadline; one in eight after it.
                var published = random.Next(8) == 0 ? deadline.AddDays(random.Next(3, 60)) : deadline.AddDays(-random.Next(0, 40));
                manifest.Append(CultureInfo.InvariantCulture, $"{name},http://www.shifan.gov.cn/zfxxgk/ndbg/{year}/{unit.Id}.html,{published:yyyy-MM-dd}\n");
            }
        }

        foreach (var document in RealDocuments)
        {
            files.Add(new UploadedFile(document, Read(document)));
        }

        files.Add(new UploadedFile("清单.csv", Encoding.UTF8.GetBytes(manifest.ToString())));
        var outcome = await ImportUpload.QueueAsync(db, new OversightScope(city.Id, city.Name, city.TreePath, Supervisor: true), files, Supervisor, clock.GetUtcNow(), CancellationToken.None);
        services.GetRequiredService<ImportSignal>().Queued();
        _ = outcome;
    }

    private static byte[] Read(string document)
    {
        var assembly = typeof(DemoOversight).Assembly;
        using var stream = assembly.GetManifestResourceStream("demo/" + document) ?? throw new InvalidOperationException("Missing demo document " + document);
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }
}
