using Gongkai.Data;
using Gongkai.Domain.Reports;
using Gongkai.Data.Demo;
using Gongkai.Domain.Requests;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Infrastructure;

/// <summary>
/// 示范数据 (<c>Gongkai:DemoData=true</c>): a demonstration region of agencies from 省 to 乡 and departments, one staff
/// account per role in each, and every agency's requests from 1 January of last year to today in every state, with
/// appeals and 表二 counts, so that a newcomer sees a working office and last year's report reconciles.
/// </summary>
internal static class DemoData
{
    /// <summary>The password of every demonstration account.</summary>
    public const string Password = "Gongkai#2026";

    /// <summary>The demo region's 平台管理员.</summary>
    public const string PlatformAdmin = "pingtai";

    /// <summary>Demo accounts as <c>user name prefix → roles</c>; the user name is the prefix and the agency's number.</summary>
    public static readonly (string Prefix, string Title, StaffRoles Roles)[] Accounts =
    [
        ("dengji", "登记员", StaffRoles.Registrar),
        ("chengban", "承办人", StaffRoles.Handler),
        ("fuze", "负责人", StaffRoles.Approver | StaffRoles.Handler),
        ("admin", "管理员", StaffRoles.Admin | StaffRoles.Registrar),
    ];

    public static async Task SeedAsync(IServiceProvider services, int requestsPerAgency = 60)
    {
        var db = services.GetRequiredService<GongkaiDb>();
        var policy = services.GetRequiredService<RequestPolicy>();
        var hasher = services.GetRequiredService<IPasswordHasher<StaffAccount>>();
        var clock = services.GetRequiredService<TimeProvider>();

        var province = Add(db, "示范省人民政府", AgencyLevel.Province, null);
        var city = Add(db, "示范市人民政府", AgencyLevel.City, province);
        var agencies = new List<Agency>
        {
            city,
            Add(db, "示范市教育局", AgencyLevel.Department, city),
            Add(db, "示范市自然资源和规划局", AgencyLevel.Department, city),
            Add(db, "示范市生态环境局", AgencyLevel.Department, city),
        };
        var county = Add(db, "示范县人民政府", AgencyLevel.County, city);
        agencies.Add(county);
        agencies.Add(Add(db, "示范县城关镇人民政府", AgencyLevel.Township, county));
        await db.SaveChangesAsync().ConfigureAwait(false);
        await AgencyTree.RebuildPathsAsync(db).ConfigureAwait(false);

        for (var i = 0; i < agencies.Count; i++)
        {
            foreach (var (prefix, title, roles) in Accounts)
            {
                var account = new StaffAccount
                {
                    AgencyId = agencies[i].Id,
                    UserName = i == 0 ? prefix : $"{prefix}{i + 1}",
                    DisplayName = $"{agencies[i].Name}{title}",
                    PasswordHash = "",
                    Roles = roles,
                };
                account.PasswordHash = hasher.HashPassword(account, Password);
                db.StaffAccounts.Add(account);
            }
        }

        // The region's 平台管理员 sits at the province, which handles no applications itself: 单位管理 shows it as 无人办理.
        var platformAdmin = new StaffAccount { AgencyId = province.Id, UserName = PlatformAdmin, DisplayName = "示范省平台管理员", PasswordHash = "", Roles = StaffRoles.PlatformAdmin };
        platformAdmin.PasswordHash = hasher.HashPassword(platformAdmin, Password);
        db.StaffAccounts.Add(platformAdmin);

        var today = policy.Today;
        var from = new DateOnly(today.Year - 1, 1, 1);
        var generator = new CaseGenerator(20260101, policy);
        var now = clock.GetUtcNow();
        foreach (var agency in agencies)
        {
            // 告知书设置: the 文号 prefix, the 行政复议机关 (the government above, or the one a department belongs to)
            // and the court (行政诉讼法第十五条: a 县级以上 government is sued at the 中级人民法院).
            var (prefix, reviewBody, court) = LetterSettingsOf(agency);
            db.LetterSettings.Add(new LetterSettingsRecord { AgencyId = agency.Id, NumberPrefix = prefix, ReviewBody = reviewBody, Court = court, UpdatedAt = clock.GetUtcNow(), UpdatedBy = "system" });
            var numbers = new Dictionary<int, int>();
            string Number(int year) => DocumentNumbers.Format(prefix, year, numbers[year] = numbers.GetValueOrDefault(year) + 1);
            for (var n = 0; n < requestsPerAgency; n++)
            {
                var generated = generator.Next(d => TrackingCodes.New(d.Year), from, Number);
                var record = RequestLog.Create(generated.Request, agency.Id, generated.Applicant, "system", now);
                db.Requests.Add(record);
                if (generated.Appeal is { } appeal)
                {
                    db.Appeals.Add(AppealRecord.From(record.TrackingCode, agency.Id, appeal));
                }
            }

            db.AnnualReportDrafts.Add(new AnnualReportDraft
            {
                AgencyId = agency.Id,
                Year = today.Year - 1,
                ProactiveJson = """{"regulations":[3,1,25],"normativeDocuments":[12,2,140],"administrativeLicensing":[356],"administrativePenalty":[88],"administrativeCoercion":[5],"administrativeFees":[12.5]}""",
                Overview = $"{today.Year - 1}年，{agency.Name}坚持以公开为常态、不公开为例外，依法做好政府信息主动公开和依申请公开工作。",
                Problems = "依申请公开答复文书的规范性有待提高。下一步将加强业务培训，统一答复文书格式。",
            });
            await db.SaveChangesAsync().ConfigureAwait(false);
            foreach (var (year, last) in numbers)
            {
                await db.Database.ExecuteSqlAsync(
                    $"INSERT INTO letter_number_series (agency_id, year, last_number) VALUES ({agency.Id}, {year}, {last})").ConfigureAwait(false);
            }
        }

        await db.SaveChangesAsync().ConfigureAwait(false);
    }

    private static (string Prefix, string ReviewBody, string Court) LetterSettingsOf(Agency agency) => agency.Level switch
    {
        AgencyLevel.City => ("示范市政府公开", "示范省人民政府", "示范市中级人民法院"),
        AgencyLevel.County => ("示范县政府公开", "示范市人民政府", "示范市中级人民法院"),
        AgencyLevel.Township => ("城关镇公开", "示范县人民政府", "示范县人民法院"),
        _ => (agency.Name + "公开", "示范市人民政府", "示范市示范区人民法院"),
    };

    private static Agency Add(GongkaiDb db, string name, AgencyLevel level, Agency? parent)
    {
        var agency = new Agency { Name = name, Level = level, Parent = parent };
        db.Agencies.Add(agency);
        return agency;
    }
}
