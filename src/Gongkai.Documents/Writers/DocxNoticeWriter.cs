using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Gongkai.Documents.Writers;

/// <summary>One group of a 通报: a heading (a unit's name) and its numbered items.</summary>
public sealed record NoticeGroup(string Heading, IReadOnlyList<string> Items);

/// <summary>
/// Writes a 通报 as a Word document in the 公文 layout of <see cref="DocxReportWriter"/>: the title in 小标宋 二号,
/// the opening paragraphs in 仿宋 三号, each group under a 黑体 heading numbered 一、二、…, its items numbered
/// （一）（二）…, and the closing paragraphs.
/// </summary>
public static class DocxNoticeWriter
{

    public static byte[] Write(string title, IReadOnlyList<string> opening, IReadOnlyList<NoticeGroup> groups, IReadOnlyList<string> closing)
    {
        ArgumentNullException.ThrowIfNull(title);
        ArgumentNullException.ThrowIfNull(opening);
        ArgumentNullException.ThrowIfNull(groups);
        ArgumentNullException.ThrowIfNull(closing);
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, DocumentFormat.OpenXml.WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            DocxStyles.Add(main);
            var body = new Body();
            body.Append(DocxStyles.Paragraph(title, DocxStyles.TitleFont, 44, bold: false, center: true, indent: false));
            body.Append(DocxStyles.Paragraph("", DocxStyles.BodyFont, 32, bold: false, center: false, indent: false));
            foreach (var text in opening)
            {
                body.Append(DocxStyles.Paragraph(text, DocxStyles.BodyFont, 32, bold: false, center: false, indent: true));
            }

            for (var g = 0; g < groups.Count; g++)
            {
                body.Append(DocxStyles.Paragraph($"{ChineseNumber(g + 1)}、{groups[g].Heading}", DocxStyles.HeadingFont, 32, bold: false, center: false, indent: true));
                for (var i = 0; i < groups[g].Items.Count; i++)
                {
                    body.Append(DocxStyles.Paragraph($"（{ChineseNumber(i + 1)}）{groups[g].Items[i]}", DocxStyles.BodyFont, 32, bold: false, center: false, indent: true));
                }
            }

            foreach (var text in closing)
            {
                body.Append(DocxStyles.Paragraph(text, DocxStyles.BodyFont, 32, bold: false, center: false, indent: true));
            }

            body.Append(DocxStyles.GongwenPage());
            main.Document = new Document(body);
            main.Document.Save();
        }

        return stream.ToArray();
    }

    /// <summary>一 … 九十九, then the digits: the numbering of 公文 headings.</summary>
    public static string ChineseNumber(int n)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(n, 1);
        const string digits = "零一二三四五六七八九";
        string Digit(int d) => digits[d..(d + 1)];
        return n switch
        {
            < 10 => Digit(n),
            10 => "十",
            < 20 => "十" + Digit(n % 10),
            < 100 => Digit(n / 10) + "十" + (n % 10 == 0 ? "" : Digit(n % 10)),
            _ => n.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
    }
}
