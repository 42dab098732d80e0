using Gongkai.Domain;

namespace Gongkai.Documents.Writers;

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
