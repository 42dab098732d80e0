using System.CommandLine;
using Gongkai.Domain;
using Gongkai.Domain.Requests;

namespace Gongkai.Cli.Commands;

/// <summary>
/// <c>gongkai fee --pages N | --applications N [--format text|json]</c>: the 信息处理费 in 元 (国办函〔2020〕109号),
/// by the pages of one application (按量) or by the applicant's cumulative applications in a calendar month (按件).
/// Exit 0 with the amount; 2 when neither or both methods, or a negative number, are given.
/// </summary>
internal static class FeeCommand
{
    public static Command Create()
    {
        var pages = new Option<int?>("--pages", "-p") { Description = "按量计收：本件申请提供的页数（109号第五条）" };
        var applications = new Option<int?>("--applications", "-a") { Description = "按件计收：申请人本自然月累计申请件数（109号第四条）" };
        var format = new Option<string>("--format", "-f") { Description = "输出格式：text（默认）、json", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        var command = new Command("fee", "计算政府信息公开信息处理费（国办函〔2020〕109号）") { pages, applications, format };
        command.SetAction(r => Run(r.GetValue(pages), r.GetValue(applications), r.GetValue(format)!, Console.Out, Console.Error));
        return command;
    }

    internal static int Run(int? pages, int? applications, string format, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        if (pages is null == applications is null)
        {
            error.WriteLine("gongkai: 请指定 --pages 或 --applications 其中之一：每件申请只能按量或按件一种方式计收（国办函〔2020〕109号第三条）");
            return 2;
        }

        var quantity = pages ?? applications!.Value;
        if (quantity is < 0 or > InformationProcessingFee.MaxQuantity)
        {
            error.WriteLine($"gongkai: {(pages is null ? "件数" : "页数")}须在0至{InformationProcessingFee.MaxQuantity}之间，收到 {quantity}");
            return 2;
        }

        var charge = pages is { } p ? InformationProcessingFee.ByVolume(p) : InformationProcessingFee.ByCount(0, quantity);
        if (format == "json")
        {
            CliJson.Write(output, w =>
            {
                w.WriteString("method", charge.Method == FeeMethod.ByVolume ? "pages" : "applications");
                w.WriteNumber("quantity", charge.Quantity);
                w.WriteNumber("amount", charge.Amount);
                w.WriteString("currency", "CNY");
                w.WriteStartArray("bands");
                foreach (var line in charge.Lines)
                {
                    w.WriteStartObject();
                    w.WriteNumber("from", line.From);
                    w.WriteNumber("to", line.To);
                    w.WriteNumber("unitPrice", line.UnitPrice);
                    w.WriteNumber("amount", line.Amount);
                    w.WriteEndObject();
                }

                w.WriteEndArray();
            });
            return 0;
        }

        var unit = charge.Method == FeeMethod.ByVolume ? "页" : "件";
        output.WriteLine(charge.Method == FeeMethod.ByVolume
            ? $"按量计收（国办函〔2020〕109号第五条），共{quantity}页："
            : $"按件计收（国办函〔2020〕109号第四条），本自然月累计{quantity}件：");
        foreach (var line in charge.Lines)
        {
            output.WriteLine($"  第{line.From}–{line.To}{unit}：{line.Quantity}{unit} × {Yuan(line.UnitPrice)}元 = {Yuan(line.Amount)}元");
        }

        output.WriteLine($"信息处理费合计：{Yuan(charge.Amount)}元");
        return 0;
    }

    private static string Yuan(decimal amount) => ChineseNumbers.Yuan(amount, grouped: true);
}
