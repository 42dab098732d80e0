using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Gongkai.Data;

/// <summary>Who is making the changes a <see cref="GongkaiDb"/> saves: a staff user name, <c>portal</c> or <c>system</c>.</summary>
public interface IAuditActor
{
    string Name { get; }
}

/// <summary>A fixed actor, for the portal, start-up tasks, tools and tests.</summary>
public sealed record FixedActor(string Name) : IAuditActor
{
    public static readonly FixedActor System = new("system");
}

/// <summary>
/// Writes one <see cref="AuditEntry"/> per added, changed or deleted row in the same transaction as the change:
/// who, when, which row, and the values before and after, with personal data masked and secrets left out.
/// </summary>
internal static class Auditor
{
    private static readonly HashSet<string> Secret =
        [nameof(StaffAccount.PasswordHash), nameof(StaffAccount.SecurityStamp), nameof(AttachmentRecord.Content), nameof(Oversight.ReportVersion.ReadingJson)];

    // The import queue's bookkeeping and the content-addressed files are not changes anyone makes to the record:
    // what an import did is audited on the reports and versions it writes.
    // Failed attempts are counted for the limits, not changes to the record.
    private static readonly HashSet<Type> Unaudited = [typeof(Oversight.ImportItem), typeof(Oversight.StoredFile), typeof(FailedAttempt)];

    /// <summary>The changes to audit, read before the save: what changed, and the values before and after it.</summary>
    public static List<PendingAudit> Collect(ChangeTracker tracker) =>
        [.. tracker.Entries()
            .Where(e => e.Entity is not AuditEntry && !Unaudited.Contains(e.Entity.GetType()) && e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            .Select(entry =>
            {
                var changed = entry.Properties.Where(p => entry.State != EntityState.Modified || p.IsModified).ToList();
                return new PendingAudit(
                    entry,
                    entry.State,
                    entry.State == EntityState.Added ? null : Serialize(entry.Entity, changed, p => p.OriginalValue),
                    entry.State == EntityState.Modified ? Serialize(entry.Entity, changed, p => p.CurrentValue) : null,
                    KeyOf(entry));
            })];

    /// <summary>
    /// The audit entries of changes just saved: an inserted row's id and values are read after the save, when the
    /// database has given it its key.
    /// </summary>
    public static IEnumerable<AuditEntry> Entries(IEnumerable<PendingAudit> saved, string actor, DateTimeOffset now) =>
        saved.Select(p => new AuditEntry
        {
            At = now,
            Actor = actor,
            Action = p.State switch { EntityState.Added => "insert", EntityState.Deleted => "delete", _ => "update" },
            Entity = p.Entry.Metadata.ClrType.Name,
            EntityId = p.State == EntityState.Added ? KeyOf(p.Entry) : p.Key,
            Before = p.Before,
            After = p.State == EntityState.Added ? Serialize(p.Entry.Entity, p.Entry.Properties, x => x.CurrentValue) : p.After,
        });

    private static string KeyOf(EntityEntry entry) =>
        string.Join(",", entry.Metadata.FindPrimaryKey()!.Properties.Select(p => Format(entry.Property(p.Name).CurrentValue)));

    private static string Serialize(object entity, IEnumerable<PropertyEntry> properties, Func<PropertyEntry, object?> value)
    {
        // The 登记 event repeats the applicant's identity proof and contact; its columns are audited masked instead.
        var secretData = entity is RequestEventRecord { Kind: "Registered" };
        var values = new SortedDictionary<string, string?>(StringComparer.Ordinal);
        foreach (var p in properties)
        {
            var name = p.Metadata.Name;
            values[name] = Secret.Contains(name) || (secretData && name == nameof(RequestEventRecord.Data)) ? "(略)" : Masked(name, Format(value(p)));
        }

        return JsonSerializer.Serialize(values, AuditJson.Options);
    }

    private static string? Format(object? value) => value switch
    {
        null => null,
        DateOnly d => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        DateTimeOffset t => t.ToString("O", System.Globalization.CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, System.Globalization.CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };

    private static string? Masked(string property, string? value) => value is null ? null : property switch
    {
        nameof(RequestRecord.ApplicantName) => PersonalData.MaskNameShort(value),
        nameof(RequestRecord.ApplicantIdNumber) => PersonalData.MaskIdNumber(value),
        nameof(RequestRecord.ApplicantPhone) => PersonalData.MaskPhone(value),
        nameof(RequestRecord.ApplicantAddress) => PersonalData.MaskAddress(value),
        nameof(RequestRecord.ApplicantEmail) => PersonalData.MaskEmail(value),
        _ => value,
    };
}

/// <summary>A change read before the save, audited once it is saved.</summary>
internal sealed record PendingAudit(EntityEntry Entry, EntityState State, string? Before, string? After, string Key);

internal static class AuditJson
{
    public static readonly JsonSerializerOptions Options = new()
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };
}
