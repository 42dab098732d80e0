namespace Gongkai.Documents.Tests;

/// <summary>Dependencies point one way: the document readers and writers know nothing of the database or the web.</summary>
public sealed class LayeringTests
{
    [Fact]
    public void Documents_reference_neither_the_database_nor_the_web()
    {
        var documents = typeof(ReportReader).Assembly.GetReferencedAssemblies().Select(a => a.Name!).ToList();
        Assert.Contains("Gongkai.Domain", documents);
        Assert.DoesNotContain(documents, n => n.StartsWith("Gongkai.Data", StringComparison.Ordinal) || n.StartsWith("Gongkai.Web", StringComparison.Ordinal)
            || n.StartsWith("Microsoft.EntityFrameworkCore", StringComparison.Ordinal) || n.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal));
    }
}
