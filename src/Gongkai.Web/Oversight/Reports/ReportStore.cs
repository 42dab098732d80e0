using System.Globalization;
using System.Reflection;
using System.Security.Cryptography;
using Gongkai.Data;
using Gongkai.Data.Oversight;
using Gongkai.Documents;
using Gongkai.Documents.Json;
using Gongkai.Domain.Reports;
using Gongkai.Domain.Reports.Rules;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Oversight.Reports;

/// <summary>
/// The reports store: original files kept once by their SHA-256, each report (unit + year) with its versions, the
/// engine's reading of each, and the reviewers' corrections applied on top. Nothing here saves: callers save once,
/// so a file's version and its queue item are written in one transaction.
/// </summary>
internal static class ReportStore
{
    /// <summary>The version of the reader, stored with every reading so that a better engine can read them again.</summary>
    public static string EngineVersion { get; } =
        typeof(ReportReader).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown";

    public static string Sha256(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    /// <summary>Adds the file unless a file with the same bytes is stored; returns its hash.</summary>
    public static async Task<string> StoreFileAsync(GongkaiDb db, byte[] bytes, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var sha = Sha256(bytes);
        if (db.StoredFiles.Local.All(f => f.Sha256 != sha) && !await db.StoredFiles.AnyAsync(f => f.Sha256 == sha, cancellationToken).ConfigureAwait(false))
        {
            db.StoredFiles.Add(new StoredFile { Sha256 = sha, Length = bytes.LongLength, Content = bytes, StoredAt = now });
        }

        return sha;
    }

    /// <summary>The bytes of a stored file.</summary>
    public static Task<byte[]> FileAsync(GongkaiDb db, string sha256, CancellationToken cancellationToken) =>
        db.StoredFiles.Where(f => f.Sha256 == sha256).Select(f => f.Content).SingleAsync(cancellationToken);

    public static string ToJson(AnnualReport report) => ReportJson.Serialize(report, indented: false);

    /// <summary>A stored reading; a reading that no longer parses is a bug of the store, not of the file.</summary>
    public static AnnualReport FromJson(string json) =>
        ReportJson.Parse(json, out var error) ?? throw new InvalidOperationException("Stored reading does not parse: " + error);

    /// <summary>
    /// Adds a file's reading as the newest version of the unit's report for the year, creating the report if it is
    /// the first. Returns null when the same file is already a version of that report (重复).
    /// </summary>
    public static async Task<PublishedReport?> AddOriginalAsync(
        GongkaiDb db, int agencyId, int year, FileOrigin origin, AnnualReport reading, string by, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var report = db.PublishedReports.Local.FirstOrDefault(r => r.AgencyId == agencyId && r.Year == year)
            ?? await db.PublishedReports.SingleOrDefaultAsync(r => r.AgencyId == agencyId && r.Year == year, cancellationToken).ConfigureAwait(false);
        var versions = new List<ReportVersion>();
        if (report is null)
        {
            report = new PublishedReport { AgencyId = agencyId, Year = year, UpdatedAt = now };
            db.PublishedReports.Add(report);
        }
        else
        {
            versions = await db.ReportVersions.Where(v => v.ReportId == report.Id).ToListAsync(cancellationToken).ConfigureAwait(false);
            if (versions.Any(v => v.FileSha256 == origin.Sha256))
            {
                return null;
            }
        }

        var version = NewVersion(versions.Count == 0 ? 1 : versions.Max(v => v.Number) + 1, ReportVersionKind.Original, origin, reading, by, now);
        await AttachAsync(db, report, version, cancellationToken).ConfigureAwait(false);
        report.PublishedOn = origin.PublishedOn ?? report.PublishedOn;
        report.SourceUrl = origin.SourceUrl ?? report.SourceUrl;
        return report;
    }

    /// <summary>Sets <paramref name="version"/> as the report's current one and the report's summary from it.</summary>
    public static async Task AttachAsync(GongkaiDb db, PublishedReport report, ReportVersion version, CancellationToken cancellationToken)
    {
        if (report.Id == 0)
        {
            // The version needs the report's id: the report is saved first, in the caller's transaction.
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }

        version.ReportId = report.Id;
        db.ReportVersions.Add(version);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        report.CurrentVersionId = version.Id;
        report.Template = version.Template;
        await SummariseAsync(db, report, version, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Errors and warnings of the current version, leaving out findings a reviewer marked 已核实无误.</summary>
    public static async Task SummariseAsync(GongkaiDb db, PublishedReport report, ReportVersion version, CancellationToken cancellationToken)
    {
        var verified = report.Id == 0 ? [] : await db.FindingReviews
            .Where(r => r.ReportId == report.Id && r.Decision == ReviewDecision.Verified)
            .Select(r => r.FindingKey).ToListAsync(cancellationToken).ConfigureAwait(false);
        var findings = FromJson(version.ReadingJson).Findings.Where(f => !verified.Contains(f.Key)).ToList();
        report.Errors = findings.Count(f => f.Severity == Severity.Error);
        report.Warnings = findings.Count(f => f.Severity == Severity.Warning);
        report.UpdatedAt = version.ReadAt;
        report.Version++;
    }

    public static ReportVersion NewVersion(int number, ReportVersionKind kind, FileOrigin origin, AnnualReport reading, string by, DateTimeOffset now) => new()
    {
        Number = number,
        Kind = kind,
        FileSha256 = origin.Sha256,
        FileName = origin.FileName,
        SourceUrl = origin.SourceUrl,
        PublishedOn = origin.PublishedOn,
        ReadingJson = ToJson(reading),
        Template = reading.Template.Code,
        EngineVersion = EngineVersion,
        Errors = reading.Findings.Count(f => f.Severity == Severity.Error),
        Warnings = reading.Findings.Count(f => f.Severity == Severity.Warning),
        ReadAt = now,
        CreatedBy = by,
    };

    /// <summary>
    /// The reading with the reviewers' corrections applied: each corrected cell set, the reader's findings on a
    /// corrected row dropped (a person has read it), the rules run again, and one info per correction.
    /// </summary>
    public static AnnualReport Corrected(AnnualReport reading, IReadOnlyList<CellCorrection> corrections)
    {
        var report = reading;
        var said = new List<Finding>();
        foreach (var c in corrections)
        {
            if (TableIds.FromJsonKey(c.TableKey) is not { } id || report.Table(id) is not { } table || table[c.RowKey] is not { } row
                || c.ColumnIndex < 0 || c.ColumnIndex >= row.Length)
            {
                continue;
            }

            var values = row.ToArray();
            values[c.ColumnIndex] = c.AfterValue is null ? null : decimal.Parse(c.AfterValue, CultureInfo.InvariantCulture);
            report = With(report, id, table.With(c.RowKey, values));
            said.Add(Finding.Info("review.corrected", id, c.RowKey, c.ColumnIndex,
                $"{table.Spec.CellName(c.RowKey, c.ColumnIndex)}经人工更正为{c.AfterValue ?? "空"}（原读作{c.BeforeValue ?? "空"}），{c.CorrectedBy}更正"));
        }

        var correctedRows = corrections.Select(c => (c.TableKey, c.RowKey)).ToHashSet();
        var ruleCodes = ReportRules.All.Concat(ReportRules.Narrative).Select(r => r.Code).ToHashSet(StringComparer.Ordinal);
        var kept = reading.Findings.Where(f => !ruleCodes.Contains(f.Code) && f.Code != "review.corrected"
            && !(f.Code.StartsWith("parse.", StringComparison.Ordinal) && f.Table is { } t && f.Row is { } r && correctedRows.Contains((t.JsonKey(), r))));
        return report with { Findings = [.. kept, .. said, .. ReportRules.Check(report)] };
    }

    private static AnnualReport With(AnnualReport report, TableId id, ReportTable table) => id switch
    {
        TableId.Proactive => report with { Proactive = table },
        TableId.Applications => report with { Applications = table },
        _ => report with { ReviewLitigation = table },
    };
}

/// <summary>Where a stored file came from: its hash, name, web address and publication date when known.</summary>
internal sealed record FileOrigin(string Sha256, string FileName, string? SourceUrl, DateOnly? PublishedOn);
