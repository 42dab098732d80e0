using Gongkai.Domain.Reports;
using Gongkai.Domain.Reports.Rules;
using Gongkai.Domain.Reports.Figures;
using Gongkai.Web.Oversight.Reports;

namespace Gongkai.Web.Tests.Oversight;

public sealed class DigestCacheTests
{
    private static readonly DateTimeOffset FirstRead = new(2026, 3, 1, 9, 0, 0, TimeSpan.FromHours(8));

    [Fact]
    public void A_version_read_again_is_not_answered_from_its_old_entry()
    {
        var cache = new DigestCache();
        var digest = Digest(7);
        cache.Keep(42, FirstRead, digest);

        Assert.Same(digest, cache.Find(42, FirstRead));
        Assert.Null(cache.Find(42, FirstRead.AddMinutes(5)));
        Assert.Null(cache.Find(43, FirstRead));

        var reread = Digest(8);
        cache.Keep(42, FirstRead.AddMinutes(5), reread);
        Assert.Same(reread, cache.Find(42, FirstRead.AddMinutes(5)));
        Assert.Null(cache.Find(42, FirstRead));
    }

    private static ReportDigest Digest(decimal provided) =>
        new(ReportScope.Unit, ReportTemplate.Format2021.Code, ReportFigures.FromValues(new decimal?[2 * ReportFigures.Definitions.Length]), null, null,
            [provided, 0, 0, 0, 0, 0]);
}
