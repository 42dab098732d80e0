using Gongkai.Domain.Calendar;
using Gongkai.Domain.Reports;

namespace Gongkai.Domain.Requests;

/// <summary>救济途径 (条例第五十一条): the three groups of 表四.</summary>
public enum AppealKind
{
    /// <summary>行政复议 (表四 <c>reconsideration</c>).</summary>
    Reconsideration,

    /// <summary>行政诉讼·未经复议直接起诉 (表四 <c>litigationWithoutReconsideration</c>).</summary>
    LitigationWithoutReconsideration,

    /// <summary>行政诉讼·复议后起诉 (表四 <c>litigationAfterReconsideration</c>).</summary>
    LitigationAfterReconsideration,
}

/// <summary>审理结果: the concluded results of 表四; an appeal without one is 尚未审结.</summary>
public enum AppealResult
{
    /// <summary>结果维持 (column 0).</summary>
    Upheld,

    /// <summary>结果纠正 (column 1).</summary>
    Corrected,

    /// <summary>其他结果 (column 2).</summary>
    Other,
}

/// <summary>
/// 行政复议 or 行政诉讼 brought against an agency's handling of a request (条例第五十一条), with its result once
/// concluded. Counted in 表四 of each year in which it was concluded or still pending at 31 December.
/// </summary>
public sealed record Appeal
{
    /// <summary>尚未审结: 表四's column for appeals still pending at year end.</summary>
    public const int PendingColumn = 3;

    private Appeal(string requestId, AppealKind kind, DateOnly filedOn, AppealResult? result, DateOnly? concludedOn)
    {
        RequestId = requestId;
        Kind = kind;
        FiledOn = filedOn;
        Result = result;
        ConcludedOn = concludedOn;
    }

    /// <summary>The request the appeal is about.</summary>
    public string RequestId { get; }

    public AppealKind Kind { get; }

    /// <summary>The day the 复议申请 or 起诉 was accepted.</summary>
    public DateOnly FiledOn { get; }

    public AppealResult? Result { get; }

    public DateOnly? ConcludedOn { get; }

    /// <summary>表四 row key of the appeal's group.</summary>
    public string RowKey => Kind switch
    {
        AppealKind.Reconsideration => RowKeys.Reconsideration,
        AppealKind.LitigationWithoutReconsideration => RowKeys.LitigationWithoutReconsideration,
        AppealKind.LitigationAfterReconsideration => RowKeys.LitigationAfterReconsideration,
        _ => throw new InvalidOperationException(),
    };

    public static Appeal File(string requestId, AppealKind kind, DateOnly filedOn)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(requestId);
        return Enum.IsDefined(kind) ? new Appeal(requestId, kind, filedOn, null, null) : throw new ArgumentOutOfRangeException(nameof(kind));
    }

    /// <summary>Records the result, or says why it cannot be recorded.</summary>
    public Result<Appeal> Conclude(AppealResult result, DateOnly on)
    {
        if (!Enum.IsDefined(result))
        {
            throw new ArgumentOutOfRangeException(nameof(result));
        }

        if (Result is not null)
        {
            return Domain.Result.Fail<Appeal>($"该{GroupName}已于{ChineseDates.Format(ConcludedOn!.Value)}审结，不能再记录结果");
        }

        return on < FiledOn
            ? Domain.Result.Fail<Appeal>($"审结日期{ChineseDates.Format(on)}早于受理日期{ChineseDates.Format(FiledOn)}")
            : Domain.Result.Ok(new Appeal(RequestId, Kind, FiledOn, result, on));
    }

    /// <summary>
    /// The 表四 column the appeal is counted in for <paramref name="year"/>: its result when concluded that year,
    /// 尚未审结 when filed by and still pending at 31 December, or null when it does not belong to that year.
    /// </summary>
    public int? ColumnIn(int year)
    {
        var yearEnd = new DateOnly(year, 12, 31);
        if (FiledOn > yearEnd)
        {
            return null;
        }

        if (ConcludedOn is not { } concluded || concluded > yearEnd)
        {
            return PendingColumn;
        }

        return concluded.Year == year ? (int)Result!.Value : null;
    }

    private string GroupName => Kind == AppealKind.Reconsideration ? "行政复议" : "行政诉讼";
}
