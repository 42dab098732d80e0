using System.CommandLine;
using Gongkai.Cli.Commands;

var root = new RootCommand("公开 Gongkai：政府信息公开年度报告的读取、检查、导入与依申请公开期限计算")
{
    ParseCommand.Create(),
    CheckCommand.Create(),
    ConvertCommand.Create(),
    RollupCommand.Create(),
    DeadlineCommand.Create(),
    FeeCommand.Create(),
    ImportCommand.Create(),
    AdminCommand.Create(),
};

var parsed = root.Parse(args);
if (parsed.Errors.Count > 0)
{
    foreach (var error in parsed.Errors)
    {
        Console.Error.WriteLine($"gongkai: {error.Message}");
    }

    Console.Error.WriteLine("用法见 gongkai --help");
    return 2;
}

// The one boundary of a command: whatever a command lets out is said in one line and the exit status is 2, as for
// a bad argument; files are read behind their own boundary (ReportReader.Read), so no file reaches here.
try
{
    return parsed.Invoke(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
}
#pragma warning disable CA1031 // The program's top-level boundary: every failure becomes a message and exit status 2.
catch (Exception e)
#pragma warning restore CA1031
{
    Console.Error.WriteLine($"gongkai: 出错（{e.GetType().Name}）：{e.Message}");
    return 2;
}
