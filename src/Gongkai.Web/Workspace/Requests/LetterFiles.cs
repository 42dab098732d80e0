using Gongkai.Documents.Writers;

namespace Gongkai.Web.Workspace.Requests;

/// <summary>File names of the letter downloads.</summary>
public static class LetterFiles
{
    public const string DocxType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    /// <summary>"答复告知书-示政公开〔2026〕第3号.docx", or with the 查询码 while it has no 文号.</summary>
    public static string Name(string trackingCode, OfficialLetter letter, string extension)
    {
        ArgumentNullException.ThrowIfNull(letter);
        var title = letter.Title.Replace("政府信息公开申请", "", StringComparison.Ordinal);
        var unnumbered = title == "答复告知书" ? "（未签发）" : "（无文号）";
        return $"{title}-{letter.DocumentNumber ?? trackingCode + unnumbered}.{extension}";
    }
}
