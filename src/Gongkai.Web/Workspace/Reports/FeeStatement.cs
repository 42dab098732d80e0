using Gongkai.Data;
using Gongkai.Domain;
using Gongkai.Domain.Requests;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Workspace.Reports;

/// <summary>
/// 收取信息处理费的情况 for section 六 (国办函〔2020〕109号): 收费通知 issued in the year, and the 信息处理费 actually
/// paid in the year, each payment at the amount of the notice it answers.
/// </summary>
internal sealed record FeeStatement(int NoticesIssued, int Payments, decimal AmountPaid)
{
    /// <summary>The generated sentence of section 六, amounts in 元.</summary>
    public string Sentence => NoticesIssued == 0 && Payments == 0
        ? "本年度未发出收费通知，未收取信息处理费。"
        : $"依据《政府信息公开信息处理费管理办法》（国办函〔2020〕109号），本年度共发出收费通知{NoticesIssued}件，"
            + (Payments == 0 ? "本年度未实际收取信息处理费。" : $"实际收取信息处理费{Payments}件、共计{Yuan(AmountPaid)}元。");

    public static async Task<FeeStatement> ForYearAsync(GongkaiDb db, int agencyId, int year, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var yearEnd = new DateOnly(year, 12, 31);
        const string notice = nameof(FeeNoticeIssued), paid = nameof(FeePaid);
        var events = await (
                from e in db.RequestEvents
                join r in db.Requests on e.TrackingCode equals r.TrackingCode
                where r.AgencyId == agencyId && (e.Kind == notice || e.Kind == paid) && e.On <= yearEnd
                select e)
            .AsNoTracking()
            .ToListAsync(cancellationToken);

        int notices = 0, payments = 0;
        var amount = 0m;
        foreach (var log in events.GroupBy(e => e.TrackingCode))
        {
            FeeNoticeIssued? last = null;
            foreach (var stored in log.OrderBy(e => e.Sequence))
            {
                switch (RequestLog.ToEvent(stored))
                {
                    case FeeNoticeIssued issued:
                        last = issued;
                        notices += issued.On.Year == year ? 1 : 0;
                        break;
                    case FeePaid when stored.On.Year == year && last is not null:
                        payments++;
                        amount += last.Charge.Amount;
                        break;
                }
            }
        }

        return new FeeStatement(notices, payments, amount);
    }

    private static string Yuan(decimal amount) => ChineseNumbers.Yuan(amount);
}
