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

/// <summary>
/// Word to PDF through LibreOffice (<c>soffice --headless --convert-to pdf</c>): the one renderer here that lays out
/// Chinese text with the 公文 fonts the DOCX names. The conversion runs in a folder of its own with its own profile,
/// so concurrent conversions do not share LibreOffice's user directory, and everything is deleted afterwards.
/// </summary>
public static class PdfConversion
{
    /// <summary>The PDF, or a Chinese reason why it could not be made.</summary>
    public static async Task<Result<byte[]>> FromDocxAsync(byte[] docx, string? soffice = null, TimeSpan? timeout = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(docx);
        var program = soffice ?? Find();
        if (program is null)
        {
            return Result.Fail<byte[]>("无法生成PDF：本机未安装LibreOffice（找不到soffice），请安装libreoffice-writer-nogui，或下载Word版本");
        }

        var folder = Directory.CreateTempSubdirectory("gongkai-pdf-");
        try
        {
            var input = Path.Combine(folder.FullName, "letter.docx");
            await File.WriteAllBytesAsync(input, docx, cancellationToken).ConfigureAwait(false);
            var start = new System.Diagnostics.ProcessStartInfo(program)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (var arg in new[] { "-env:UserInstallation=" + new Uri(Path.Combine(folder.FullName, "profile")).AbsoluteUri, "--headless", "--norestore", "--convert-to", "pdf", "--outdir", folder.FullName, input })
            {
                start.ArgumentList.Add(arg);
            }

            using var process = System.Diagnostics.Process.Start(start);
            if (process is null)
            {
                return Result.Fail<byte[]>("无法生成PDF：LibreOffice未能启动");
            }

            using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            limit.CancelAfter(timeout ?? TimeSpan.FromSeconds(90));
            var stdout = process.StandardOutput.ReadToEndAsync(limit.Token);
            var stderr = process.StandardError.ReadToEndAsync(limit.Token);
            try
            {
                await process.WaitForExitAsync(limit.Token).ConfigureAwait(false);
                await Task.WhenAll(stdout, stderr).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                await process.WaitForExitAsync(CancellationToken.None).ConfigureAwait(false);
                cancellationToken.ThrowIfCancellationRequested();
                return Result.Fail<byte[]>("无法生成PDF：LibreOffice转换超时");
            }

            var output = Path.Combine(folder.FullName, "letter.pdf");
            return process.ExitCode == 0 && File.Exists(output)
                ? Result.Ok(await File.ReadAllBytesAsync(output, cancellationToken).ConfigureAwait(false))
                : Result.Fail<byte[]>($"无法生成PDF：LibreOffice转换失败（退出码{process.ExitCode}）");
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static string? Find()
    {
        var path = Environment.GetEnvironmentVariable("PATH") ?? "";
        return path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, "soffice"))
            .FirstOrDefault(File.Exists);
    }
}
