using Gongkai.Domain.Reports;

namespace Gongkai.Documents;

/// <summary>
/// What reading one file gave: a report (with its findings), or a reason in Chinese why the file gave none
/// (unreadable, unsupported, no report tables). Never both.
/// </summary>
public sealed record ReadResult(string Source, AnnualReport? Report, string? Error)
{
    public static ReadResult Success(string source, AnnualReport report) => new(source, report, null);

    public static ReadResult Failure(string source, string error) => new(source, null, error);

    public bool Succeeded => Report is not null;

    /// <summary>
    /// The exception a reader let out, caught at <see cref="ReportReader.Read(string, byte[])"/> and turned into this
    /// failure: a bug in a reader, never a property of the file. Null for every other result.
    /// </summary>
    public Exception? Fault { get; init; }
}
