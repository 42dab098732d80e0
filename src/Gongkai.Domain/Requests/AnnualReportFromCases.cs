using Gongkai.Domain.Reports;

namespace Gongkai.Domain.Requests;

/// <summary>
/// 年度报告 from an agency's cases: 表三 from its requests, 表四 from its appeals, 表二 from the proactive-disclosure
/// counts given (statutory-rules §2). The 勾稽关系 hold by construction: every request received by 31 December
/// and not concluded before 1 January is counted once, in its outcome row if concluded in the year, else in
/// 结转下年度继续办理.
/// </summary>
public static class AnnualReportFromCases
{
    /// <summary>
    /// Builds the report of <paramref name="year"/> in the format for that year (2021 from the 2021 report,
    /// the 2019 trial format before). <paramref name="proactive"/> gives 表二 rows by key; rows not given are zero.
    /// </summary>
    public static AnnualReport Build(
        string agency,
        int year,
        IEnumerable<DisclosureRequest> requests,
        IEnumerable<Appeal> appeals,
        IReadOnlyDictionary<string, IReadOnlyList<decimal>>? proactive = null)
    {
        ArgumentNullException.ThrowIfNull(requests);
        return Build(agency, year, requests.Select(CaseFacts.Of), appeals, proactive);
    }

    /// <summary>
    /// The same report from the facts of each case alone, as a database holds them beside the event log, so that a
    /// year of many thousand cases is counted without replaying every log.
    /// </summary>
    public static AnnualReport Build(
        string agency,
        int year,
        IEnumerable<CaseFacts> requests,
        IEnumerable<Appeal> appeals,
        IReadOnlyDictionary<string, IReadOnlyList<decimal>>? proactive = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(agency);
        ArgumentNullException.ThrowIfNull(requests);
        ArgumentNullException.ThrowIfNull(appeals);
        var template = ReportTemplate.ForYear(year);
        return new AnnualReport(template)
        {
            Agency = agency,
            Year = year,
            Title = $"{agency}{year}年政府信息公开工作年度报告",
            Proactive = ProactiveTable(template, proactive),
            Applications = ApplicationsTable(template, year, requests),
            ReviewLitigation = ReviewLitigationTable(template, year, appeals),
        };
    }

    private static ReportTable ProactiveTable(ReportTemplate template, IReadOnlyDictionary<string, IReadOnlyList<decimal>>? given)
    {
        var table = ReportTable.Zero(template.Proactive);
        foreach (var (key, values) in given ?? new Dictionary<string, IReadOnlyList<decimal>>())
        {
            table = table.With(key, [.. values.Select(v => (decimal?)v)]);
        }

        return table;
    }

    // 表三: the year of a request is its 收到申请之日 (条例第三十一条); its outcome counts in the year it was reached.
    private static ReportTable ApplicationsTable(ReportTemplate template, int year, IEnumerable<CaseFacts> requests)
    {
        var spec = template.Applications;
        var counts = spec.Rows.ToDictionary(r => r.Key, _ => new decimal[ReportTemplate.ApplicantColumns.Length]);
        var yearStart = new DateOnly(year, 1, 1);
        var yearEnd = new DateOnly(year, 12, 31);
        foreach (var request in requests)
        {
            if (request.ReceivedOn > yearEnd || (request.ReceivedOn < yearStart && !request.IsPendingOn(yearStart.AddDays(-1))))
            {
                continue;
            }

            var column = request.Kind.Column();
            Count(counts[request.ReceivedOn >= yearStart ? RowKeys.NewlyReceived : RowKeys.CarriedOver], column);
            if (request.IsPendingOn(yearEnd))
            {
                Count(counts[RowKeys.CarriedForward], column);
            }
            else
            {
                Count(counts[request.Outcome!.Value.RowKey(template)], column);
                Count(counts[RowKeys.OutcomeTotal], column);
            }
        }

        return ReportTable.Create(spec, counts.ToDictionary(kv => kv.Key, kv => (IReadOnlyList<decimal?>?)[.. kv.Value.Select(v => (decimal?)v)]));
    }

    // 表四: appeals concluded in the year by their result, and those pending at 31 December as 尚未审结.
    private static ReportTable ReviewLitigationTable(ReportTemplate template, int year, IEnumerable<Appeal> appeals)
    {
        var spec = template.ReviewLitigation;
        var counts = spec.Rows.ToDictionary(r => r.Key, _ => new decimal[ReportTemplate.ResultColumns.Length]);
        foreach (var appeal in appeals)
        {
            ArgumentNullException.ThrowIfNull(appeal);
            if (appeal.ColumnIn(year) is { } column)
            {
                counts[appeal.RowKey][column]++;
                counts[appeal.RowKey][^1]++;
            }
        }

        return ReportTable.Create(spec, counts.ToDictionary(kv => kv.Key, kv => (IReadOnlyList<decimal?>?)[.. kv.Value.Select(v => (decimal?)v)]));
    }

    private static void Count(decimal[] row, int column)
    {
        row[column]++;
        row[^1]++;
    }
}

/// <summary>
/// What 表三 needs of one request: 收到申请之日, the day and kind of its final outcome, and the applicant's kind.
/// </summary>
public readonly record struct CaseFacts(DateOnly ReceivedOn, DateOnly? ConcludedOn, Outcome? Outcome, ApplicantKind Kind)
{
    /// <summary>The facts of <paramref name="request"/> as its events now stand.</summary>
    public static CaseFacts Of(DisclosureRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return new CaseFacts(request.ReceivedOn, request.ConcludedOn, request.Outcome, request.Applicant.Kind);
    }

    /// <summary>Whether the request was received by the end of <paramref name="day"/> and had no final outcome yet.</summary>
    public bool IsPendingOn(DateOnly day) => ReceivedOn <= day && (ConcludedOn is not { } c || c > day);
}
