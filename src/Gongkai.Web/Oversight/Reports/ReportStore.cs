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

    /// <summary>Adds each file unless a file with the same bytes is stored; returns their hashes in order.</summary>
    public static async Task<IReadOnlyList<string>> StoreFilesAsync(GongkaiDb db, IReadOnlyList<byte[]> files, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var hashes = files.Select(Sha256).ToList();
        var known = new HashSet<string>(StringComparer.Ordinal);
        foreach (var chunk in hashes.Distinct(StringComparer.Ordinal).Chunk(500))
        {
            known.UnionWith(await db.StoredFiles.Where(f => chunk.Contains(f.Sha256)).Select(f => f.Sha256).ToListAsync(cancellationToken).ConfigureAwait(false));
        }

        for (var i = 0; i < files.Count; i++)
        {
            if (known.Add(hashes[i]))
            {
                db.StoredFiles.Add(new StoredFile { Sha256 = hashes[i], Length = files[i].LongLength, Content = files[i], StoredAt = now });
            }
        }

        return hashes;
    }

    /// <summary>The bytes of a stored file.</summary>
    public static Task<byte[]> FileAsync(GongkaiDb db, string sha256, CancellationToken cancellationToken) =>
        db.StoredFiles.Where(f => f.Sha256 == sha256).Select(f => f.Content).SingleAsync(cancellationToken);

    public static string ToJson(AnnualReport report) => ReportJson.Serialize(report, indented: false);

    /// <summary>A stored reading; a reading that no longer parses is a bug of the store, not of the file.</summary>
    public static AnnualReport FromJson(string json)
    {
        var parsed = ReportJson.Parse(json);
        return parsed.Value ?? throw new InvalidOperationException("Stored reading does not parse: " + parsed.Error);
    }

    /// <summary>
    /// Adds each file's reading as the newest version of its unit's report for the year, creating the report when it
    /// is the first; a file already a version of that report (or twice in the list) is said to be a duplicate. The
    /// results are in the order of <paramref name="originals"/>; saved within the caller's transaction.
    /// </summary>
    public static async Task<IReadOnlyList<StoredOriginal>> AddOriginalsAsync(
        GongkaiDb db, IReadOnlyList<NewOriginal> originals, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (originals.Count == 0)
        {
            return [];
        }

        var agencyIds = originals.Select(o => o.AgencyId).Distinct().ToList();
        var years = originals.Select(o => o.Year).Distinct().ToList();
        var wanted = originals.Select(o => (o.AgencyId, o.Year)).ToHashSet();
        var reports = (await db.PublishedReports.Where(r => agencyIds.Contains(r.AgencyId) && years.Contains(r.Year))
                .ToListAsync(cancellationToken).ConfigureAwait(false))
            .Where(r => wanted.Contains((r.AgencyId, r.Year)))
            .ToDictionary(r => (r.AgencyId, r.Year), r => new ReportAdditions(r));
        var reportIds = reports.Values.Select(a => a.Report.Id).ToList();
        var byId = reports.Values.ToDictionary(a => a.Report.Id);
        foreach (var v in await db.ReportVersions.Where(v => reportIds.Contains(v.ReportId))
            .Select(v => new { v.ReportId, v.Number, v.FileSha256 }).ToListAsync(cancellationToken).ConfigureAwait(false))
        {
            var known = byId[v.ReportId];
            known.Files.Add(v.FileSha256);
            known.LastNumber = Math.Max(known.LastNumber, v.Number);
        }

        var results = new List<StoredOriginal>(originals.Count);
        foreach (var o in originals)
        {
            if (!reports.TryGetValue((o.AgencyId, o.Year), out var additions))
            {
                var report = new PublishedReport { AgencyId = o.AgencyId, Year = o.Year, UpdatedAt = now };
                db.PublishedReports.Add(report);
                reports[(o.AgencyId, o.Year)] = additions = new ReportAdditions(report);
            }

            if (!additions.Files.Add(o.Origin.Sha256))
            {
                results.Add(new StoredOriginal(additions.Report, Duplicate: true));
                continue;
            }

            additions.Versions.Add((NewVersion(++additions.LastNumber, ReportVersionKind.Original, o.Origin, o.Reading, o.By, now), o.Reading));
            additions.Report.PublishedOn = o.Origin.PublishedOn ?? additions.Report.PublishedOn;
            additions.Report.SourceUrl = o.Origin.SourceUrl ?? additions.Report.SourceUrl;
            results.Add(new StoredOriginal(additions.Report, Duplicate: false));
        }

        var added = reports.Values.Where(a => a.Versions.Count > 0).ToList();
        if (added.Any(a => a.Report.Id == 0))
        {
            // The versions need their reports' ids: new reports are saved first, in the caller's transaction.
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }

        foreach (var a in added)
        {
            foreach (var (version, _) in a.Versions)
            {
                version.ReportId = a.Report.Id;
                db.ReportVersions.Add(version);
            }
        }

        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        var verified = await VerifiedAsync(db, reportIds, cancellationToken).ConfigureAwait(false);
        foreach (var a in added)
        {
            var (newest, reading) = a.Versions[^1];
            a.Report.CurrentVersionId = newest.Id;
            a.Report.Template = newest.Template;
            Summarise(a.Report, newest, reading, verified.GetValueOrDefault(a.Report.Id) ?? []);
        }

        return results;
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
        var verified = await VerifiedAsync(db, report.Id == 0 ? [] : [report.Id], cancellationToken).ConfigureAwait(false);
        Summarise(report, version, FromJson(version.ReadingJson), verified.GetValueOrDefault(report.Id) ?? []);
    }

    private static void Summarise(PublishedReport report, ReportVersion version, AnnualReport reading, HashSet<string> verified)
    {
        var findings = reading.Findings.Where(f => !verified.Contains(f.Key)).ToList();
        report.Errors = findings.Count(f => f.Severity == Severity.Error);
        report.Warnings = findings.Count(f => f.Severity == Severity.Warning);
        report.UpdatedAt = version.ReadAt;
        report.Version++;
    }

    /// <summary>The keys of the findings reviewers marked 已核实无误, by report.</summary>
    private static async Task<Dictionary<int, HashSet<string>>> VerifiedAsync(GongkaiDb db, List<int> reportIds, CancellationToken cancellationToken)
    {
        if (reportIds.Count == 0)
        {
            return [];
        }

        var rows = await db.FindingReviews.Where(r => reportIds.Contains(r.ReportId) && r.Decision == ReviewDecision.Verified)
            .Select(r => new { r.ReportId, r.FindingKey }).ToListAsync(cancellationToken).ConfigureAwait(false);
        return rows.GroupBy(r => r.ReportId).ToDictionary(g => g.Key, g => g.Select(r => r.FindingKey).ToHashSet(StringComparer.Ordinal));
    }

    /// <summary>A report of <see cref="AddOriginalsAsync"/> and what one call adds to it.</summary>
    private sealed class ReportAdditions(PublishedReport report)
    {
        public PublishedReport Report { get; } = report;

        public HashSet<string> Files { get; } = new(StringComparer.Ordinal);

        public int LastNumber { get; set; }

        public List<(ReportVersion Version, AnnualReport Reading)> Versions { get; } = [];
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
        DigestJson = DigestJson.Serialize(reading),
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
            said.Add(Finding.Info(FindingCodes.ReviewCorrected, id, c.RowKey, c.ColumnIndex,
                $"{table.Spec.CellName(c.RowKey, c.ColumnIndex)}经人工更正为{c.AfterValue ?? "空"}（原读作{c.BeforeValue ?? "空"}），{c.CorrectedBy}更正"));
        }

        var correctedRows = corrections.Select(c => (c.TableKey, c.RowKey)).ToHashSet();
        var ruleCodes = ReportRules.All.Concat(ReportRules.Narrative).Select(r => r.Code).ToHashSet(StringComparer.Ordinal);
        var kept = reading.Findings.Where(f => !ruleCodes.Contains(f.Code) && f.Code != FindingCodes.ReviewCorrected
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

/// <summary>A file's reading to be added as a version of the report of a unit and year.</summary>
internal sealed record NewOriginal(int AgencyId, int Year, FileOrigin Origin, AnnualReport Reading, string By);

/// <summary>The report a file was added to, or found already in (<see cref="Duplicate"/>).</summary>
internal sealed record StoredOriginal(PublishedReport Report, bool Duplicate);
