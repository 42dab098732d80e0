using Gongkai.Domain;

namespace Gongkai.Web.Portal;

/// <summary>
/// The optional scan of the 身份证明 handed in with an online application: at most 5 MB, and only PDF, JPEG or PNG
/// as its first bytes show (the name and the browser's content type are not trusted).
/// </summary>
internal sealed record IdentityProofFile(string FileName, string ContentType, byte[] Content)
{
    public const int MaxBytes = 5 * 1024 * 1024;

    private const int MaxFileName = 120;

    /// <summary>The file, or a Chinese message saying why it is refused.</summary>
    public static async Task<Result<IdentityProofFile>> ReadAsync(string? fileName, long length, Stream content, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (length > MaxBytes)
        {
            return Result.Fail<IdentityProofFile>("身份证明附件不能超过5MB");
        }

        if (length == 0)
        {
            return Result.Fail<IdentityProofFile>("身份证明附件是空文件");
        }

        using var buffer = new MemoryStream();
        await content.CopyToAsync(buffer, cancellationToken);
        if (buffer.Length > MaxBytes)
        {
            return Result.Fail<IdentityProofFile>("身份证明附件不能超过5MB");
        }

        var bytes = buffer.ToArray();
        if (Detect(bytes) is not { } type)
        {
            return Result.Fail<IdentityProofFile>("身份证明附件只接受PDF、JPEG或PNG文件");
        }

        var name = Path.GetFileName(new string((fileName ?? "").Where(c => !char.IsControl(c)).ToArray()).Replace('\\', '/')).Trim();
        if (name.Length == 0)
        {
            name = "身份证明" + type.Extension;
        }

        return Result.Ok(new IdentityProofFile(name.Length > MaxFileName ? name[^MaxFileName..] : name, type.ContentType, bytes));
    }

    private static (string ContentType, string Extension)? Detect(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith("%PDF-"u8))
        {
            return ("application/pdf", ".pdf");
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]))
        {
            return ("image/jpeg", ".jpg");
        }

        return bytes.StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) ? ("image/png", ".png") : null;
    }
}
