using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Gongkai.Domain;

namespace Gongkai.Documents.Writers;

/// <summary>
/// A letter to one person as it is printed: the issuing agency and title, the 文号 (null on an unsigned draft), the
/// addressee, the paragraphs of the body, and the agency and date it is signed with.
/// </summary>
public sealed record OfficialLetter(
    string Agency, string Title, string? DocumentNumber, string Addressee, IReadOnlyList<string> Paragraphs, string Date);

/// <summary>
/// Writes an <see cref="OfficialLetter"/> as a Word document in the 公文 layout of <see cref="DocxReportWriter"/>:
/// agency and title in 小标宋 二号, the 文号 centred and the body in 仿宋 三号 on a 28.95-point line, the agency and
/// the date to the right. A PDF is made from it by <see cref="PdfConversion"/>.
/// </summary>
public static class DocxLetterWriter
{

    public static byte[] Write(OfficialLetter letter)
    {
        ArgumentNullException.ThrowIfNull(letter);
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, DocumentFormat.OpenXml.WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            DocxStyles.Add(main);
            var body = new Body();
            body.Append(DocxStyles.Paragraph(letter.Agency, DocxStyles.TitleFont, 44, bold: false, center: true, indent: false));
            body.Append(DocxStyles.Paragraph(letter.Title, DocxStyles.TitleFont, 44, bold: false, center: true, indent: false));
            if (letter.DocumentNumber is { } number)
            {
                body.Append(DocxStyles.Paragraph(number, DocxStyles.BodyFont, 32, bold: false, center: true, indent: false));
            }

            body.Append(DocxStyles.Paragraph("", DocxStyles.BodyFont, 32, bold: false, center: false, indent: false));
            body.Append(DocxStyles.Paragraph(letter.Addressee + "：", DocxStyles.BodyFont, 32, bold: false, center: false, indent: false));
            foreach (var text in letter.Paragraphs)
            {
                body.Append(DocxStyles.Paragraph(text, DocxStyles.BodyFont, 32, bold: false, center: false, indent: true));
            }

            body.Append(DocxStyles.Paragraph("", DocxStyles.BodyFont, 32, bold: false, center: false, indent: false));
            body.Append(Right(DocxStyles.Paragraph(letter.Agency, DocxStyles.BodyFont, 32, bold: false, center: false, indent: false)));
            body.Append(Right(DocxStyles.Paragraph(letter.Date, DocxStyles.BodyFont, 32, bold: false, center: false, indent: false)));
            body.Append(DocxStyles.GongwenPage());
            main.Document = new Document(body);
            main.Document.Save();
        }

        return stream.ToArray();
    }

    // 成文日期 and the agency's name stand to the right, four characters in (《党政机关公文格式》7.3.5.1).
    private static Paragraph Right(Paragraph paragraph)
    {
        var props = paragraph.ParagraphProperties!;
        props.RemoveAllChildren<Justification>();
        props.Append(new Justification { Val = JustificationValues.Right });
        props.Append(new Indentation { Right = "1280" });
        return paragraph;
    }
}
