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

return parsed.Invoke();
