using Gongkai.Data;
using Gongkai.Domain;

namespace Gongkai.Web.Workspace.Reports;

/// <summary>Sections 一、五、六 of the report as the 管理员 writes them (条例第五十条).</summary>
internal sealed record NarrativeCommand(string? Overview, string? Problems, string? OtherMatters, int Version);

/// <summary>Saves the narrative of a year's report; each section at most <see cref="MaxLength"/> characters.</summary>
internal static class SaveNarrative
{
    public const int MaxLength = 20_000;

    /// <summary>The saved draft, or the reasons in Chinese.</summary>
    public static async Task<Result<AnnualReportDraft>> RunAsync(GongkaiDb db, int agencyId, int year, NarrativeCommand command, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(command);
        var overview = Clean(command.Overview);
        var problems = Clean(command.Problems);
        var other = Clean(command.OtherMatters);
        var errors = new List<string>();
        foreach (var (heading, text) in new[] { (LoadAnnualReport.OverviewHeading, overview), (LoadAnnualReport.ProblemsHeading, problems), (LoadAnnualReport.OtherMattersHeading, other) })
        {
            if (text.Length > MaxLength)
            {
                errors.Add($"“{heading}”不能超过{MaxLength}字（现有{text.Length}字）。");
            }
        }

        if (errors.Count > 0)
        {
            return Result.Fail<AnnualReportDraft>(errors);
        }

        return await SaveDraft.RunAsync(db, agencyId, year, command.Version, d =>
        {
            d.Overview = overview;
            d.Problems = problems;
            d.OtherMatters = other;
        }, cancellationToken);
    }

    // Paragraphs are lines; Windows line ends from a form are folded.
    private static string Clean(string? text) => (text ?? "").Replace("\r\n", "\n", StringComparison.Ordinal).Trim();
}
