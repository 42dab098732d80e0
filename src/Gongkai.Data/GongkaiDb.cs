using System.Text;
using Gongkai.Data.Oversight;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Data;

/// <summary>
/// The platform's database: SQLite by default, PostgreSQL by configuration. The schema is the SQL under
/// <c>Migrations/</c>, one script per change and provider (<see cref="SchemaMigrator"/>); this model maps onto it
/// with snake_case names, so both providers see the same tables.
/// </summary>
public sealed class GongkaiDb(DbContextOptions<GongkaiDb> options, TimeProvider clock, IAuditActor actor) : DbContext(options)
{
    /// <summary>The clock that dates audit entries.</summary>
    public TimeProvider Clock => clock;

    /// <summary>Who the audit log names for the changes saved through this context.</summary>
    public IAuditActor Actor => actor;

    public DbSet<Agency> Agencies => Set<Agency>();

    public DbSet<StaffAccount> StaffAccounts => Set<StaffAccount>();

    public DbSet<RequestRecord> Requests => Set<RequestRecord>();

    public DbSet<RequestEventRecord> RequestEvents => Set<RequestEventRecord>();

    public DbSet<AttachmentRecord> Attachments => Set<AttachmentRecord>();

    public DbSet<AppealRecord> Appeals => Set<AppealRecord>();

    public DbSet<AnnualReportDraft> AnnualReportDrafts => Set<AnnualReportDraft>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    public DbSet<StoredFile> StoredFiles => Set<StoredFile>();

    public DbSet<PublishedReport> PublishedReports => Set<PublishedReport>();

    public DbSet<ReportVersion> ReportVersions => Set<ReportVersion>();

    public DbSet<FindingReview> FindingReviews => Set<FindingReview>();

    public DbSet<CellCorrection> CellCorrections => Set<CellCorrection>();

    public DbSet<ImportBatch> ImportBatches => Set<ImportBatch>();

    public DbSet<ImportItem> ImportItems => Set<ImportItem>();

    public DbSet<HolidayNoticeRecord> HolidayNotices => Set<HolidayNoticeRecord>();

    public DbSet<Oversight.ScoringSheetRecord> ScoringSheets => Set<Oversight.ScoringSheetRecord>();

    public DbSet<FailedAttempt> FailedAttempts => Set<FailedAttempt>();

    public DbSet<LetterSettingsRecord> LetterSettings => Set<LetterSettingsRecord>();

    public DbSet<ReleasedFileRecord> ReleasedFiles => Set<ReleasedFileRecord>();

    public DbSet<CorrectionReplyRecord> CorrectionReplies => Set<CorrectionReplyRecord>();

    /// <summary>
    /// Saves the changes and their audit entries in one transaction: the changes first, so that each entry names the
    /// row id the database gave (not the temporary key before the save), then the entries.
    /// </summary>
    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        var pending = Auditor.Collect(ChangeTracker);
        if (pending.Count == 0)
        {
            return base.SaveChanges(acceptAllChangesOnSuccess);
        }

        using var transaction = Database.CurrentTransaction is null ? Database.BeginTransaction() : null;
        var saved = base.SaveChanges(acceptAllChangesOnSuccess: true);
        AuditEntries.AddRange(Auditor.Entries(pending, actor.Name, clock.GetUtcNow()));
        base.SaveChanges(acceptAllChangesOnSuccess: true);
        transaction?.Commit();
        return saved;
    }

    /// <inheritdoc cref="SaveChanges(bool)"/>
    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        var pending = Auditor.Collect(ChangeTracker);
        if (pending.Count == 0)
        {
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken).ConfigureAwait(false);
        }

        await using var transaction = Database.CurrentTransaction is null
            ? await Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false)
            : null;
        var saved = await base.SaveChangesAsync(acceptAllChangesOnSuccess: true, cancellationToken).ConfigureAwait(false);
        AuditEntries.AddRange(Auditor.Entries(pending, actor.Name, clock.GetUtcNow()));
        await base.SaveChangesAsync(acceptAllChangesOnSuccess: true, cancellationToken).ConfigureAwait(false);
        if (transaction is not null)
        {
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        }

        return saved;
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.Entity<Agency>(a =>
        {
            a.Property(x => x.Name).HasMaxLength(200);
            a.HasOne(x => x.Parent).WithMany().HasForeignKey(x => x.ParentId).OnDelete(DeleteBehavior.Restrict);
        });
        modelBuilder.Entity<StaffAccount>(s =>
        {
            s.HasIndex(x => x.UserName).IsUnique();
            s.HasOne(x => x.Agency).WithMany().HasForeignKey(x => x.AgencyId).OnDelete(DeleteBehavior.Restrict);
        });
        modelBuilder.Entity<RequestRecord>(r =>
        {
            r.ToTable("requests");
            r.HasKey(x => x.TrackingCode);
            r.Property(x => x.Version).IsConcurrencyToken();
            r.HasOne(x => x.Agency).WithMany().HasForeignKey(x => x.AgencyId).OnDelete(DeleteBehavior.Restrict);
            r.HasMany(x => x.Events).WithOne().HasForeignKey(x => x.TrackingCode).OnDelete(DeleteBehavior.Cascade);
            r.HasMany(x => x.Attachments).WithOne().HasForeignKey(x => x.TrackingCode).OnDelete(DeleteBehavior.Cascade);
            r.Navigation(x => x.Events).UsePropertyAccessMode(PropertyAccessMode.Property);
        });
        modelBuilder.Entity<RequestEventRecord>(e => e.HasIndex(x => new { x.TrackingCode, x.Sequence }).IsUnique());
        modelBuilder.Entity<AppealRecord>(a => a.Property(x => x.Version).IsConcurrencyToken());
        modelBuilder.Entity<AnnualReportDraft>(d =>
        {
            d.HasKey(x => new { x.AgencyId, x.Year });
            d.Property(x => x.Version).IsConcurrencyToken();
        });

        modelBuilder.Entity<StoredFile>(f => f.HasKey(x => x.Sha256));
        modelBuilder.Entity<PublishedReport>(r =>
        {
            r.HasIndex(x => new { x.AgencyId, x.Year }).IsUnique();
            r.HasOne(x => x.Agency).WithMany().HasForeignKey(x => x.AgencyId).OnDelete(DeleteBehavior.Restrict);
            r.Property(x => x.Version).IsConcurrencyToken();
        });
        modelBuilder.Entity<ReportVersion>(v => v.HasIndex(x => new { x.ReportId, x.Number }).IsUnique());
        modelBuilder.Entity<FindingReview>(v => v.HasIndex(x => new { x.ReportId, x.FindingKey }).IsUnique());

        modelBuilder.Entity<HolidayNoticeRecord>(n =>
        {
            n.ToTable("holiday_notices");
            n.HasKey(x => x.Year);
            n.Property(x => x.Year).ValueGeneratedNever();
        });

        modelBuilder.Entity<Oversight.ScoringSheetRecord>(n =>
        {
            n.ToTable("scoring_sheets");
            n.HasKey(x => x.AgencyId);
            n.Property(x => x.AgencyId).ValueGeneratedNever();
        });

        modelBuilder.Entity<LetterSettingsRecord>(n =>
        {
            n.ToTable("letter_settings");
            n.HasKey(x => x.AgencyId);
            n.Property(x => x.AgencyId).ValueGeneratedNever();
        });
        modelBuilder.Entity<ReleasedFileRecord>(n =>
        {
            n.ToTable("released_files");
            n.HasIndex(x => x.TrackingCode);
        });
        modelBuilder.Entity<CorrectionReplyRecord>(n =>
        {
            n.ToTable("correction_replies");
            n.HasIndex(x => x.TrackingCode);
        });

        foreach (var entity in modelBuilder.Model.GetEntityTypes())
        {
            if (entity.GetTableName() is { } table)
            {
                entity.SetTableName(SnakeCase(table));
            }

            foreach (var property in entity.GetProperties())
            {
                property.SetColumnName(SnakeCase(property.Name));
            }
        }
    }

    /// <summary><c>TrackingCode</c> → <c>tracking_code</c>, the naming both SQL dialects read without quotes.</summary>
    internal static string SnakeCase(string name)
    {
        var b = new StringBuilder(name.Length + 8);
        for (var i = 0; i < name.Length; i++)
        {
            if (char.IsUpper(name[i]) && i > 0)
            {
                b.Append('_');
            }

            b.Append(char.ToLowerInvariant(name[i]));
        }

        return b.ToString();
    }
}
