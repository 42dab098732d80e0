using System.Net;
using System.Net.Sockets;
using System.Text;
using Gongkai.Cli.Commands;
using Gongkai.Testing;
using Microsoft.EntityFrameworkCore;
using Xunit.Abstractions;

namespace Gongkai.Cli.Tests.Commands;

/// <summary><c>gongkai import</c> against the real platform on a socket, with the seed reports.</summary>
[Collection(ImportTests.Name)]
public sealed class ImportCommandTests(PlatformOnKestrel platform, ITestOutputHelper output) : IDisposable
{
    private static readonly string[] Placeable =
    [
        "000_6936dc3b40e04b6e.txt", "001_b63a0e3bb038d4c3.txt", "002_d1ed69b8ea7b905a.txt", "003_1160e2568716ca2c.txt",
    ];

    private readonly string _folder = Directory.CreateTempSubdirectory("gongkai-import-files-").FullName;

    private static readonly Dictionary<string, string?> WithPassword = new() { ["GONGKAI_PASSWORD"] = PlatformOnKestrel.Password };

    [Fact]
    public async Task Seeds_are_stored_with_their_manifest_and_a_second_import_finds_them_duplicates()
    {
        foreach (var name in Placeable)
        {
            File.Copy(Path.Combine(Corpus.Seeds, name), Path.Combine(_folder, name));
        }

        File.Copy(Corpus.TruthFor(Path.Combine(Corpus.Seeds, Placeable[0])), Path.Combine(_folder, "000.truth.json"));
        File.WriteAllText(Path.Combine(_folder, "清单.csv"), $"文件名,网址,发布日期\n{Placeable[0]},https://www.xihe.gov.cn/2022/nb.html,2022-01-28\n", Encoding.UTF8);

        var (exit, stdout, stderr) = Import(_folder);
        Assert.True(exit == 0, stdout + stderr);
        Assert.Contains("共 4 个文件：已入库 4，重复文件 0，待确认 0，失败 0", stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("未接收", stdout, StringComparison.Ordinal);

        await using (var db = platform.Database())
        {
            var version = await db.ReportVersions.SingleAsync(v => v.FileName == Placeable[0]);
            Assert.Equal(new DateOnly(2022, 1, 28), version.PublishedOn);
            Assert.Equal("https://www.xihe.gov.cn/2022/nb.html", version.SourceUrl);
        }

        (exit, stdout, stderr) = Import(_folder);
        Assert.True(exit == 0, stdout + stderr);
        Assert.Contains("共 4 个文件：已入库 0，重复文件 4，待确认 0，失败 0", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unplaceable_report_waits_and_a_broken_file_fails_with_its_reason()
    {
        File.Copy(Path.Combine(Corpus.Seeds, "004_f719e6107d444fd2.txt"), Path.Combine(_folder, "004_f719e6107d444fd2.txt"));
        File.WriteAllText(Path.Combine(_folder, "坏文件.txt"), "本页面已失效，请返回首页。", Encoding.UTF8);
        File.WriteAllText(Path.Combine(_folder, "说明.doc"), "旧版 Word 文件不在导入之列", Encoding.UTF8);

        var (exit, stdout, stderr) = Import(_folder);
        Assert.True(exit == 1, stdout + stderr);
        Assert.Contains("共 2 个文件：已入库 0，重复文件 0，待确认 1，失败 1", stdout, StringComparison.Ordinal);
        Assert.Contains("004_f719e6107d444fd2.txt：报告单位「朝阳市政府办公室」", stdout, StringComparison.Ordinal);
        Assert.Contains("坏文件.txt：", stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("说明.doc", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void A_wrong_password_exits_2_with_the_platforms_reason_and_no_stack_trace()
    {
        File.Copy(Path.Combine(Corpus.Seeds, Placeable[0]), Path.Combine(_folder, Placeable[0]));
        var (exit, stdout, stderr) = CliProcess.RunWith(new Dictionary<string, string?> { ["GONGKAI_PASSWORD"] = "wrong" },
            "import", _folder, "--server", platform.Address, "--user", PlatformOnKestrel.Supervisor);
        Assert.Equal(2, exit);
        Assert.StartsWith("gongkai: 登录失败：", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", stderr + stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void No_platform_at_the_address_exits_2()
    {
        File.Copy(Path.Combine(Corpus.Seeds, Placeable[0]), Path.Combine(_folder, Placeable[0]));
        var (exit, _, stderr) = CliProcess.RunWith(WithPassword, "import", _folder, "--server", $"http://127.0.0.1:{ClosedPort()}", "--user", "x");
        Assert.Equal(2, exit);
        Assert.Contains("无法连接平台", stderr, StringComparison.Ordinal);
        Assert.Contains("该地址上没有服务在运行", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_a_password_and_a_terminal_it_says_where_to_put_one()
    {
        File.Copy(Path.Combine(Corpus.Seeds, Placeable[0]), Path.Combine(_folder, Placeable[0]));
        var (exit, _, stderr) = CliProcess.RunWith(new Dictionary<string, string?> { ["GONGKAI_PASSWORD"] = null, ["SECRET"] = null },
            "import", _folder, "--server", platform.Address, "--user", PlatformOnKestrel.Supervisor, "--password-env", "SECRET");
        Assert.Equal(2, exit);
        Assert.Contains("未提供密码：请把密码放在环境变量 SECRET 中", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_folder_sends_nothing_and_exits_2()
    {
        var (exit, _, stderr) = CliProcess.RunWith(WithPassword, "import", _folder, "--server", platform.Address, "--user", PlatformOnKestrel.Supervisor);
        Assert.Equal(2, exit);
        Assert.Contains("没有可导入的文件", stderr, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private (int Exit, string Stdout, string Stderr) Import(string path)
    {
        var run = CliProcess.RunWith(WithPassword, "import", path, "--server", platform.Address, "--user", PlatformOnKestrel.Supervisor);
        output.WriteLine($"exit {run.Exit}\n{run.Stdout}{run.Stderr}");
        return run;
    }

    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

/// <summary>How <c>gongkai import</c> finds and cuts its files, without a platform.</summary>
public sealed class ImportFilesTests
{
    [Fact]
    public void Requests_are_cut_at_200_files_or_50_MB()
    {
        var small = Enumerable.Range(0, 450).Select(i => new ImportFile($"{i}.txt", 10_000, null)).ToList();
        Assert.Equal([200, 200, 50], ImportFiles.Batches(small).Select(b => b.Files.Count));

        var large = Enumerable.Range(0, 5).Select(i => new ImportFile($"{i}.pdf", 20L * 1024 * 1024, null)).ToList();
        Assert.Equal([2, 2, 1], ImportFiles.Batches(large).Select(b => b.Files.Count));
    }

    [Fact]
    public void Folders_give_the_kinds_the_store_takes_each_with_its_folders_manifest()
    {
        var root = Directory.CreateTempSubdirectory("gongkai-import-walk-").FullName;
        try
        {
            Directory.CreateDirectory(Path.Combine(root, "2024"));
            foreach (var name in new[] { "a.txt", "b.doc", "清单.csv", "a.truth.json", Path.Combine("2024", "c.PDF"), Path.Combine("2024", "d.zip") })
            {
                File.WriteAllText(Path.Combine(root, name), "x");
            }

            var (files, refused) = ImportFiles.Expand([root, Path.Combine(root, "b.doc"), Path.Combine(root, "无此目录")]);
            Assert.Equal([Path.Combine("2024", "c.PDF"), Path.Combine("2024", "d.zip"), "a.txt"], files.Select(f => Path.GetRelativePath(root, f.Path)));
            Assert.Equal([null, null, Path.Combine(root, "清单.csv")], files.Select(f => f.Manifest));
            Assert.Equal(["不支持的文件类型「.doc」，可导入 txt、md、html、docx、pdf、xlsx 和 zip", "文件或目录不存在"], refused.Select(r => r.Reason));
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Fact]
    public void The_command_talks_to_the_platform_over_HTTP_only()
    {
        var references = typeof(ImportCommand).Assembly.GetReferencedAssemblies().Select(a => a.Name).ToList();
        Assert.DoesNotContain("Gongkai.Web", references);

        // Only `gongkai admin` opens the database itself (it sets up an office before any account exists).
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "Gongkai.slnx")))
        {
            root = root.Parent;
        }

        Assert.NotNull(root);
        var cli = Path.Combine(root.FullName, "src", "Gongkai.Cli");
        var touchingTheDatabase = Directory.EnumerateFiles(cli, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Where(f => File.ReadAllText(f).Contains("Gongkai.Data", StringComparison.Ordinal))
            .Select(Path.GetFileName)
            .ToList();
        Assert.Equal(["AdminCommand.cs"], touchingTheDatabase);
    }
}
