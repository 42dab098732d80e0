namespace Gongkai.Domain.Tests;

/// <summary>The domain is the law as code: it references no database, web or document library.</summary>
public sealed class LayeringTests
{
    [Fact]
    public void Domain_references_only_the_base_class_library()
    {
        var references = typeof(Gongkai.Domain.Reports.AnnualReport).Assembly.GetReferencedAssemblies().Select(a => a.Name!).ToList();
        Assert.DoesNotContain(references, n => n.StartsWith("Microsoft.EntityFrameworkCore", StringComparison.Ordinal)
            || n.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal) || n.StartsWith("Gongkai.", StringComparison.Ordinal));
    }
}
