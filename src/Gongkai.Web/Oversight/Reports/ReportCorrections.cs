using System.Globalization;
using Gongkai.Data;
using Gongkai.Data.Oversight;
using Gongkai.Domain;
using Gongkai.Domain.Reports;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Oversight.Reports;

/// <summary>
/// A reviewer's work on a stored report: marking a finding 属实 / 读取有误 / 已核实无误, and correcting a misread cell,
/// which makes a new version marked 人工更正 with the rules run again. The audit log keeps who, when, before and after.
/// </summary>
internal static class ReportCorrections
{
    /// <summary>Records (or changes) the review of one finding of the report's current version, or says why not.</summary>
    public static async Task<Result<FindingReview>> ReviewAsync(
        GongkaiDb db, PublishedReport report, string findingKey, ReviewDecision decision, string? comment, string by, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var version = await db.ReportVersions.SingleAsync(v => v.Id == report.CurrentVersionId, cancellationToken).ConfigureAwait(false);
        if (!await HasAsync(db, report, version, findingKey, cancellationToken).ConfigureAwait(false))
        {
            return Result.Fail<FindingReview>("该问题已不在报告的当前版本中，请刷新页面");
        }

        var review = await db.FindingReviews.SingleOrDefaultAsync(r => r.ReportId == report.Id && r.FindingKey == findingKey, cancellationToken).ConfigureAwait(false);
        if (review is null)
        {
            review = new FindingReview { ReportId = report.Id, FindingKey = findingKey, ReviewedBy = by };
            db.FindingReviews.Add(review);
        }

        review.Decision = decision;
        review.Comment = (comment ?? "").Trim();
        review.ReviewedBy = by;
        review.ReviewedAt = now;
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        await ReportStore.SummariseAsync(db, report, version, cancellationToken).ConfigureAwait(false);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return Result.Ok(review);
    }

    /// <summary>
    /// Records where the correction of a finding confirmed as 属实 stands; 已更正 and 已销号 only once the current
    /// version no longer has the finding (a corrected report was imported). Returns a Chinese reason when refused.
    /// </summary>
    public static async Task<Result<FindingReview>> RectifyAsync(
        GongkaiDb db, PublishedReport report, string findingKey, Rectification state, string? note, string by, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var review = await db.FindingReviews.SingleOrDefaultAsync(r => r.ReportId == report.Id && r.FindingKey == findingKey, cancellationToken).ConfigureAwait(false);
        if (review is not { Decision: ReviewDecision.Confirmed })
        {
            return Result.Fail<FindingReview>("只有审核为「属实」的问题需要整改");
        }

        if (state is Rectification.Corrected or Rectification.Closed)
        {
            var version = await db.ReportVersions.SingleAsync(v => v.Id == report.CurrentVersionId, cancellationToken).ConfigureAwait(false);
            if (await HasAsync(db, report, version, findingKey, cancellationToken).ConfigureAwait(false))
            {
                return Result.Fail<FindingReview>($"当前版本中仍有该问题，导入更正后的报告后才能标记为「{state.Label()}」");
            }
        }

        review.Rectification = state;
        review.RectificationNote = (note ?? "").Trim();
        review.RectifiedBy = by;
        review.RectifiedAt = now;
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return Result.Ok(review);
    }

    /// <summary>Whether the current version has the finding, of its own or against the stored report of the year before.</summary>
    private static async Task<bool> HasAsync(GongkaiDb db, PublishedReport report, ReportVersion version, string findingKey, CancellationToken cancellationToken)
    {
        var reading = ReportStore.FromJson(version.ReadingJson);
        return reading.Findings.Any(f => f.Key == findingKey)
            || (await AcrossYears.OfAsync(db, report, reading, cancellationToken).ConfigureAwait(false)).Has(findingKey);
    }

    /// <summary>整改情况 of a report in one line: the findings confirmed as 属实 and where their correction stands.</summary>
    public static string Summary(IEnumerable<FindingReview> reviews)
    {
        var confirmed = reviews.Where(r => r.Decision == ReviewDecision.Confirmed).ToList();
        if (confirmed.Count == 0)
        {
            return "";
        }

        var states = confirmed.GroupBy(r => r.Rectification).OrderBy(g => g.Key.HasValue).ThenBy(g => g.Key)
            .Select(g => $"{(g.Key is { } k ? k.Label() : "未交办")}{g.Count()}项");
        return $"属实{confirmed.Count}项：{string.Join("，", states)}";
    }

    /// <summary>Corrects one cell (the correction as recorded), or says why the cell or the value is not acceptable.</summary>
    public static async Task<Result<CellCorrection>> CorrectAsync(
        GongkaiDb db, PublishedReport report, string tableKey, string rowKey, int column, string? value, string? comment, string by, DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        var current = await db.ReportVersions.SingleAsync(v => v.Id == report.CurrentVersionId, cancellationToken).ConfigureAwait(false);
        var reading = ReportStore.FromJson(current.ReadingJson);
        if (TableIds.FromJsonKey(tableKey) is not { } id || reading.Table(id) is not { } table || table[rowKey] is not { } row || column < 0 || column >= row.Length)
        {
            return Result.Fail<CellCorrection>("没有这个单元格");
        }

        decimal? after = null;
        var text = (value ?? "").Trim();
        if (text.Length > 0)
        {
            if (!decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var parsed) || parsed < 0)
            {
                return Result.Fail<CellCorrection>($"「{text}」不是有效的数值，请填写非负数；单元格为空白时留空");
            }

            var kind = table.Spec.Row(rowKey)!.Columns[column].Kind;
            if (kind == CellKind.Count && parsed != decimal.Truncate(parsed))
            {
                return Result.Fail<CellCorrection>($"{table.Spec.CellName(rowKey, column)}是件数，应为整数");
            }

            after = parsed;
        }

        var printed = reading.Findings.FirstOrDefault(f => f.Table == id && f.Row == rowKey && f.Printed is not null)?.Printed;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var correction = new CellCorrection
        {
            ReportId = report.Id,
            FileSha256 = current.FileSha256,
            TableKey = tableKey,
            RowKey = rowKey,
            ColumnIndex = column,
            Printed = printed,
            BeforeValue = Text(row[column]),
            AfterValue = Text(after),
            Comment = (comment ?? "").Trim(),
            CorrectedBy = by,
            CorrectedAt = now,
        };
        db.CellCorrections.Add(correction);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        var original = await db.ReportVersions
            .Where(v => v.ReportId == report.Id && v.Kind == ReportVersionKind.Original && v.FileSha256 == current.FileSha256)
            .OrderByDescending(v => v.Number).FirstAsync(cancellationToken).ConfigureAwait(false);
        await RebuildAsync(db, report, original, ReportStore.FromJson(original.ReadingJson), by, now, cancellationToken).ConfigureAwait(false);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return Result.Ok(correction);
    }

    /// <summary>
    /// Makes the report's current version from <paramref name="original"/>: the reading itself when no cell of that
    /// file was corrected, else a new 人工更正 version with every correction of the file applied in order.
    /// </summary>
    public static async Task RebuildAsync(
        GongkaiDb db, PublishedReport report, ReportVersion original, AnnualReport reading, string by, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var corrections = await db.CellCorrections.Where(c => c.ReportId == report.Id && c.FileSha256 == original.FileSha256)
            .OrderBy(c => c.Id).ToListAsync(cancellationToken).ConfigureAwait(false);
        if (corrections.Count == 0)
        {
            report.CurrentVersionId = original.Id;
            report.Template = original.Template;
            await ReportStore.SummariseAsync(db, report, original, cancellationToken).ConfigureAwait(false);
            return;
        }

        var number = await db.ReportVersions.Where(v => v.ReportId == report.Id).MaxAsync(v => v.Number, cancellationToken).ConfigureAwait(false);
        var corrected = ReportStore.NewVersion(number + 1, ReportVersionKind.Corrected,
            new FileOrigin(original.FileSha256, original.FileName, original.SourceUrl, original.PublishedOn),
            ReportStore.Corrected(reading, corrections), by, now);
        await ReportStore.AttachAsync(db, report, corrected, cancellationToken).ConfigureAwait(false);
    }

    private static string? Text(decimal? value) => value?.ToString(CultureInfo.InvariantCulture);
}
