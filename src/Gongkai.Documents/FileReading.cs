using Gongkai.Domain;
using Gongkai.Domain.Reports;

namespace Gongkai.Documents;

/// <summary>
/// What reading one file gave: the file's name and the <see cref="Result{T}"/> of reading it — a report (with its
/// findings), or a reason in Chinese why the file gave none (unreadable, unsupported, no report tables).
/// </summary>
public sealed record FileReading(string Source, Result<AnnualReport> Outcome)
{
    public static FileReading Failure(string source, string error) => new(source, Result.Fail<AnnualReport>(error));

    /// <summary>The report read, or null when the file gave none.</summary>
    public AnnualReport? Report => Outcome.Value;

    /// <summary>Why the file gave no report, or null.</summary>
    public string? Error => Outcome.Error;

    public bool Succeeded => Outcome.IsSuccess;

    /// <summary>
    /// The exception a reader let out, caught at <see cref="ReportReader.Read(string, byte[])"/> and turned into this
    /// failure: a bug in a reader, never a property of the file. Null for every other result.
    /// </summary>
    public Exception? Fault { get; init; }
}
