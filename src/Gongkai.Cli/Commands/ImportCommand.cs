using System.CommandLine;
using Spectre.Console;

namespace Gongkai.Cli.Commands;

/// <summary>
/// <c>gongkai import PATH... --server URL [--user NAME] [--password-env VAR]</c>: uploads folders of published reports
/// to the platform's reports store, follows the background reading to its end and prints what became of each file.
/// Exit 0 when every file was stored (or was already there), 1 when some wait in 待确认, failed or were not taken,
/// 2 when nothing could be sent (no files, a wrong address, a refused sign-in).
/// </summary>
internal static class ImportCommand
{
    public const string DefaultPasswordVariable = "GONGKAI_PASSWORD";

    public const string UserVariable = "GONGKAI_USER";

    public static Command Create()
    {
        var paths = new Argument<string[]>("paths") { Description = "报告文件或目录（可多个；目录中的 清单.csv 一并上传）", Arity = ArgumentArity.OneOrMore };
        var server = new Option<string>("--server", "-s") { Description = "平台地址，如 http://127.0.0.1:5080", Required = true };
        var user = new Option<string?>("--user", "-u") { Description = $"监督员账号（默认取环境变量 {UserVariable}，终端上可输入）" };
        var passwordEnv = new Option<string>("--password-env") { Description = "存放密码的环境变量名（终端上未设置时提示输入）", DefaultValueFactory = _ => DefaultPasswordVariable };
        var command = new Command("import", "把年度报告文件批量导入平台的报告库，并等待读取完成") { paths, server, user, passwordEnv };
        command.SetAction((result, cancellationToken) =>
            RunAsync(result.GetValue(paths)!, result.GetValue(server)!, result.GetValue(user), result.GetValue(passwordEnv)!, cancellationToken));
        return command;
    }

    internal static async Task<int> RunAsync(IReadOnlyList<string> arguments, string server, string? user, string passwordVariable, CancellationToken cancellationToken)
    {
        if (!Uri.TryCreate(server.EndsWith('/') ? server : server + "/", UriKind.Absolute, out var address) || address.Scheme is not ("http" or "https"))
        {
            return Fail($"平台地址「{server}」不正确，应为 http://主机:端口，如 http://127.0.0.1:5080");
        }

        var (files, refused) = ImportFiles.Expand(arguments);
        var summary = new ImportSummary(refused.Select(r => $"{r.Path}：{r.Reason}"));
        if (files.Count == 0)
        {
            summary.WriteRefused(ReportConsole.Stdout());
            return Fail("没有可导入的文件（可导入 txt、md、html、docx、pdf、xlsx 和 zip）");
        }

        if (Credentials(user, passwordVariable) is not var (userName, password))
        {
            return 2;
        }

        using var client = new ImportClient(address);
        try
        {
            await client.SignInAsync(userName, password, cancellationToken);
        }
        catch (ImportServerException e)
        {
            return Fail(e.Message);
        }

        var batches = ImportFiles.Batches(files);
        var sent = await ImportRun.UploadAndFollowAsync(client, batches, summary, cancellationToken);
        summary.Write(ReportConsole.Stdout());
        if (sent == 0)
        {
            return 2;
        }

        return summary.AllStored ? 0 : 1;
    }

    private static (string User, string Password)? Credentials(string? user, string passwordVariable)
    {
        var interactive = !Console.IsInputRedirected && !Console.IsOutputRedirected;
        user ??= Environment.GetEnvironmentVariable(UserVariable);
        if (string.IsNullOrWhiteSpace(user))
        {
            if (!interactive)
            {
                Fail($"未指定账号：请用 --user 或环境变量 {UserVariable} 给出监督员账号");
                return null;
            }

            user = AnsiConsole.Prompt(new TextPrompt<string>("账号："));
        }

        var password = Environment.GetEnvironmentVariable(passwordVariable);
        if (string.IsNullOrEmpty(password))
        {
            if (!interactive)
            {
                Fail($"未提供密码：请把密码放在环境变量 {passwordVariable} 中（或用 --password-env 指定变量名）");
                return null;
            }

            password = AnsiConsole.Prompt(new TextPrompt<string>("密码：").Secret());
        }

        return (user.Trim(), password);
    }

    private static int Fail(string message)
    {
        Console.Error.WriteLine($"gongkai: {message}");
        return 2;
    }
}
