using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Infrastructure;

/// <summary>
/// The data-protection keys (which sign the staff cookie and the antiforgery tokens) in the platform's database, so
/// that every process behind one load balancer reads the same keys and a sign-in holds on any of them. The table is
/// created by the schema scripts.
/// </summary>
internal sealed class KeysDb(DbContextOptions<KeysDb> options) : DbContext(options), IDataProtectionKeyContext
{
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.Entity<DataProtectionKey>(k =>
        {
            k.ToTable("data_protection_keys");
            k.Property(x => x.Id).HasColumnName("id");
            k.Property(x => x.FriendlyName).HasColumnName("friendly_name");
            k.Property(x => x.Xml).HasColumnName("xml");
        });
}
