namespace Gongkai.Testing;

/// <summary>
/// The deadline vectors of statutory-rules §4: a request received on a day, the 工作日 allowed (条例第三十条 7,
/// 第三十二条 15, 第三十三条 20 and 20+20), the day the reply is due; the day of receipt is not counted. The
/// calendar and the <c>gongkai deadline</c> command are both held to them.
/// </summary>
public static class DeadlineVectors
{
    public static IReadOnlyList<(string Received, int WorkingDays, string Due)> All { get; } =
    [
        ("2024-09-27", 20, "2024-10-30"),
        ("2024-09-27", 40, "2024-11-27"),
        ("2025-01-20", 7, "2025-02-05"),
        ("2025-01-20", 20, "2025-02-21"),
        ("2019-12-25", 20, "2020-01-22"),
        ("2020-01-20", 20, "2020-02-25"),
        ("2023-09-28", 15, "2023-10-25"),
        ("2026-02-10", 20, "2026-03-16"),
        ("2026-09-18", 20, "2026-10-22"),
    ];

    /// <summary>The vectors as theory rows: <c>[MemberData(nameof(DeadlineVectors.Rows), MemberType = typeof(DeadlineVectors))]</c>.</summary>
    public static IEnumerable<object[]> Rows => All.Select(v => new object[] { v.Received, v.WorkingDays, v.Due });
}
