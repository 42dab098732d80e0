using Gongkai.Domain.Reports;

namespace Gongkai.Documents.Xlsx;

/// <summary>
/// How Gongkai lays a report out in a workbook, shared by its writer and reader: a 报告信息 sheet (title, agency,
/// year, template), one sheet per table (分组 | 项目 | values…, and a hidden last column with each row's JSON key so
/// the workbook reads back exactly even after a person re-labels rows), and a 检查结果 sheet of findings.
/// </summary>
internal static class XlsxLayout
{
    public const string InfoSheet = "报告信息";
    public const string FindingsSheet = "检查结果";
    public const string KeyHeader = "键";
    public const string TemplateLabel = "格式";
    public const string TitleLabel = "标题";
    public const string AgencyLabel = "机关";
    public const string YearLabel = "年度";
    public const string SourceLabel = "来源";

    /// <summary>Value columns start at C (A is 分组, B is 项目).</summary>
    public const int FirstValueColumn = 3;

    /// <summary>The key column: after the widest row of any table (表四 and 表三 have 7 or 5, 表二 3).</summary>
    public const int KeyColumn = FirstValueColumn + 7;

    public static string SheetName(TableId id) => id switch
    {
        TableId.Proactive => "表二 主动公开政府信息情况",
        TableId.Applications => "表三 收到和处理申请情况",
        TableId.ReviewLitigation => "表四 行政复议、行政诉讼情况",
        _ => throw new ArgumentOutOfRangeException(nameof(id)),
    };

    /// <summary>"A", "B", … "AA": the letters of a 1-based column.</summary>
    public static string ColumnName(int column)
    {
        var name = "";
        for (; column > 0; column = (column - 1) / 26)
        {
            name = (char)('A' + ((column - 1) % 26)) + name;
        }

        return name;
    }

    /// <summary>The 1-based column of a cell reference ("C12" → 3), or 0 when it has none.</summary>
    public static int ColumnOf(string? reference)
    {
        var column = 0;
        foreach (var ch in reference ?? "")
        {
            if (ch is < 'A' or > 'Z')
            {
                break;
            }

            column = (column * 26) + (ch - 'A' + 1);
        }

        return column;
    }
}
