using System.Globalization;

namespace Gongkai.Domain;

/// <summary>
/// Numbers as the reports, letters and pages print them: the one home of the format for the domain, the readers and
/// writers, the web and the CLI (dates: <see cref="Calendar.ChineseDates"/>).
/// </summary>
public static class ChineseNumbers
{
    /// <summary>
    /// A figure of the report tables as printed: a count (12) or an amount in 万元 with the decimals it has (12.5,
    /// 0.0345), never a trailing zero or a thousands separator.
    /// </summary>
    public static string Figure(decimal value) => value.ToString("0.####", CultureInfo.InvariantCulture);

    /// <summary>A figure, or <paramref name="unknown"/> for a cell not read.</summary>
    public static string Figure(decimal? value, string unknown) => value is { } v ? Figure(v) : unknown;

    /// <summary>
    /// An amount in 元 as a 收费通知 prints it: at most two decimals (信息处理费 is charged to the 分 or in whole 元,
    /// 国办函〔2020〕109号), with thousands separated when <paramref name="grouped"/> (a table on the command line).
    /// </summary>
    public static string Yuan(decimal amount, bool grouped = false) =>
        amount.ToString(grouped ? "#,0.##" : "0.##", CultureInfo.InvariantCulture);
}
