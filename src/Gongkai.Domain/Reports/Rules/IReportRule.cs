namespace Gongkai.Domain.Reports.Rules;

/// <summary>
/// One consistency rule of the annual report. A rule never throws on a bad report: it says what is wrong as
/// findings. Cells that are null (unreadable) are skipped, since the reader has already said so.
/// </summary>
public interface IReportRule
{
    /// <summary>Stable code of the findings it makes, e.g. <c>applications.balance</c>.</summary>
    string Code { get; }

    /// <summary>What the rule requires, in Chinese, as the workspace and the command line name it.</summary>
    string Name { get; }

    IEnumerable<Finding> Check(AnnualReport report, AnnualReport? previous);
}
