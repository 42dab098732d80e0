using Gongkai.Data;
using Gongkai.Domain.Requests;
using Gongkai.Testing;
using Gongkai.Web.Tests.Infrastructure;
using Gongkai.Web.Workspace.Requests;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Tests.Workspace;

public sealed class ConcurrentSaveTests
{
    // Two people pass the version check at the same moment: the database refuses the second save, and the
    // workspace reports it as a conflict with the first change kept.
    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task A_save_racing_past_the_version_check_is_refused_by_the_database(DatabaseProvider provider)
    {
        await using var app = new GongkaiApp(provider);
        var code = await Requests.AddAsync(app, Requests.City, new DateOnly(2026, 11, 12), "示范市2026年义务教育招生计划");
        var policy = RequestPolicy.Official(app.Clock);

        await using var slow = app.Database("chengban");
        var record = (await LoadRequest.RecordAsync(slow, Requests.City, code, forUpdate: true, CancellationToken.None))!;
        slow.Entry(record).Property(r => r.Version).OriginalValue = record.Version;
        var request = RequestLog.Rebuild(record, policy).Value!;

        await using (var fast = app.Database("fuze"))
        {
            var result = await RecordStep.RunAsync(
                fast, policy, app.Clock, Requests.City, code, new StepInput { Version = record.Version, Type = StepInput.Decided, Outcome = Outcome.Provided },
                "fuze", "负责人", isApprover: true, CancellationToken.None);
            Assert.True(result.IsSuccess, result.Error);
        }

        Assert.True(RequestLog.Append(record, request, new Withdrawn(GongkaiApp.Today), "chengban", app.Clock.GetUtcNow()).IsSuccess);
        await Assert.ThrowsAnyAsync<DbUpdateException>(() => slow.SaveChangesAsync());

        var stored = await Requests.LoadAsync(app, code);
        Assert.Equal(Outcome.Provided, stored.Outcome);
        Assert.Equal(RequestStatus.Decided, stored.Status);
        await using var check = app.Database();
        Assert.Equal(2, await check.RequestEvents.CountAsync(e => e.TrackingCode == code));
    }
}
