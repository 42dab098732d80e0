namespace Gongkai.Data.Tests;

/// <summary>Dependencies point one way: Domain ← Data ← Web; the database layer knows nothing of the web or the documents.</summary>
public sealed class LayeringTests
{
    [Fact]
    public void Data_references_the_domain_but_not_the_web_or_the_documents()
    {
        var data = typeof(GongkaiDb).Assembly.GetReferencedAssemblies().Select(a => a.Name!).ToList();
        Assert.Contains("Gongkai.Domain", data);
        Assert.DoesNotContain(data, n => n.StartsWith("Gongkai.Web", StringComparison.Ordinal) || n.StartsWith("Gongkai.Documents", StringComparison.Ordinal)
            || n.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal));
    }
}
