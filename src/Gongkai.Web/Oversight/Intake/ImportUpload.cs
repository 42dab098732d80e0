using System.Globalization;
using System.IO.Compression;
using System.Text;
using Gongkai.Data;
using Gongkai.Data.Oversight;
using Gongkai.Web.Oversight.Reports;
using MiniExcelLibs;

namespace Gongkai.Web.Oversight.Intake;

/// <summary>One file of an upload: its name and bytes.</summary>
internal sealed record UploadedFile(string Name, byte[] Bytes)
{
    /// <summary>A file of a form post, read whole (the request's size limit bounds it).</summary>
    public static async Task<UploadedFile> ReadAsync(IFormFile file, CancellationToken cancellationToken)
    {
        await using var stream = file.OpenReadStream();
        using var buffer = new MemoryStream();
        await stream.CopyToAsync(buffer, cancellationToken).ConfigureAwait(false);
        return new UploadedFile(file.FileName, buffer.ToArray());
    }
}

/// <summary>What an upload queued: the batch, how many files, and every file or entry refused with why.</summary>
internal sealed record QueuedUpload(int BatchId, int Queued, IReadOnlyList<string> Refused);

/// <summary>
/// Takes an upload of report files and ZIPs into the queue: ZIPs are opened in memory within <see cref="ImportLimits"/>
/// (never written to disk, so an entry's path cannot reach outside), each file is stored once by its hash, and one
/// queue item per file is written with the batch in one transaction. A 清单.csv (文件名, 网址, 发布日期) in the upload
/// gives each file its web address and publication date.
/// </summary>
internal static class ImportUpload
{
    private static readonly string[] ManifestNames = ["清单.csv", "manifest.csv"];

    static ImportUpload() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static async Task<QueuedUpload> QueueAsync(
        GongkaiDb db, OversightScope scope, IReadOnlyList<UploadedFile> upload, string by, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var refused = new List<string>();
        var files = new List<UploadedFile>();
        foreach (var file in upload)
        {
            if (Path.GetExtension(file.Name).Equals(".zip", StringComparison.OrdinalIgnoreCase))
            {
                Expand(file, files, refused);
            }
            else
            {
                files.Add(file);
            }
        }

        var manifest = Manifest(files, refused);
        var accepted = new List<UploadedFile>();
        foreach (var file in files.Where(f => !IsManifest(f.Name)))
        {
            var ext = Path.GetExtension(file.Name);
            if (!ImportLimits.Extensions.Contains(ext))
            {
                refused.Add($"{file.Name}：不支持的文件类型「{(ext.Length > 0 ? ext : "无扩展名")}」，可导入 txt、md、html、docx、pdf、xlsx 和 zip");
            }
            else if (file.Bytes.LongLength > ImportLimits.FileBytes)
            {
                refused.Add($"{file.Name}：文件大小 {file.Bytes.LongLength / 1048576} MB，超过单个文件 {ImportLimits.FileBytes / 1048576} MB 的上限");
            }
            else
            {
                accepted.Add(file);
            }
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var batch = new ImportBatch
        {
            ScopeAgencyId = scope.AgencyId,
            CreatedBy = by,
            CreatedAt = now,
            FileCount = accepted.Count,
            Note = string.Join("\n", refused),
        };
        db.ImportBatches.Add(batch);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        var hashes = await ReportStore.StoreFilesAsync(db, [.. accepted.Select(f => f.Bytes)], now, cancellationToken).ConfigureAwait(false);
        foreach (var (file, sha) in accepted.Zip(hashes))
        {
            var source = manifest.GetValueOrDefault(Path.GetFileName(file.Name));
            db.ImportItems.Add(new ImportItem
            {
                BatchId = batch.Id,
                Kind = ImportKind.Import,
                FileName = Path.GetFileName(file.Name),
                FileSha256 = sha,
                SourceUrl = source.Url,
                PublishedOn = source.PublishedOn,
                State = ImportState.Queued,
            });
        }

        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return new QueuedUpload(batch.Id, accepted.Count, refused);
    }

    private static void Expand(UploadedFile zip, List<UploadedFile> files, List<string> refused)
    {
        try
        {
            // ZIPs made on Chinese Windows name their entries in GBK without the UTF-8 flag; entries with the flag
            // are read as UTF-8 whatever this says.
            using var archive = new ZipArchive(new MemoryStream(zip.Bytes), ZipArchiveMode.Read, false, Encoding.GetEncoding("GB18030"));
            var entries = archive.Entries.Where(e => !e.FullName.EndsWith('/')).ToList();
            if (entries.Count > ImportLimits.ZipEntries)
            {
                refused.Add($"{zip.Name}：压缩包内有 {entries.Count} 个文件，超过 {ImportLimits.ZipEntries} 个的上限，请分批导入");
                return;
            }

            long expanded = 0;
            foreach (var entry in entries)
            {
                var where = $"{zip.Name} 中的 {entry.FullName}";
                if (entry.FullName.Split('/', '\\').Any(p => p == "..") || Path.IsPathRooted(entry.FullName))
                {
                    refused.Add($"{where}：路径指向压缩包以外，已拒绝");
                    continue;
                }

                if (Path.GetExtension(entry.Name).Equals(".zip", StringComparison.OrdinalIgnoreCase))
                {
                    refused.Add($"{where}：压缩包内又是压缩包，请先解开");
                    continue;
                }

                if (entry.Length > ImportLimits.FileBytes)
                {
                    refused.Add($"{where}：解压后 {entry.Length / 1048576} MB，超过单个文件 {ImportLimits.FileBytes / 1048576} MB 的上限");
                    continue;
                }

                if (entry.CompressedLength > 0 && entry.Length / entry.CompressedLength > ImportLimits.CompressionRatio)
                {
                    refused.Add($"{where}：压缩比 {entry.Length / entry.CompressedLength}:1 异常（疑似压缩炸弹），已拒绝");
                    continue;
                }

                expanded += entry.Length;
                if (expanded > ImportLimits.ZipExpandedBytes)
                {
                    refused.Add($"{zip.Name}：解压后总大小超过 {ImportLimits.ZipExpandedBytes / 1048576} MB 的上限，其余文件未导入");
                    return;
                }

                if (Bounded(entry) is { } bytes)
                {
                    files.Add(new UploadedFile(entry.Name, bytes));
                }
                else
                {
                    refused.Add($"{where}：实际解压大小与声明不符或超过上限，已拒绝");
                }
            }
        }
        catch (InvalidDataException e)
        {
            refused.Add($"{zip.Name}：不是有效的 ZIP 压缩包（{e.Message}）");
        }
    }

    // The declared size can lie; never read more than it says (and the limit allows).
    private static byte[]? Bounded(ZipArchiveEntry entry)
    {
        try
        {
            using var stream = entry.Open();
            using var buffer = new MemoryStream((int)Math.Min(entry.Length, ImportLimits.FileBytes));
            var chunk = new byte[81920];
            int n;
            while ((n = stream.Read(chunk)) > 0)
            {
                buffer.Write(chunk, 0, n);
                if (buffer.Length > entry.Length || buffer.Length > ImportLimits.FileBytes)
                {
                    return null;
                }
            }

            return buffer.ToArray();
        }
        catch (InvalidDataException)
        {
            return null;
        }
    }

    private static bool IsManifest(string name) => ManifestNames.Contains(Path.GetFileName(name), StringComparer.OrdinalIgnoreCase);

    /// <summary>File name → (web address, publication date) from a 清单.csv, UTF-8 or GBK.</summary>
    private static Dictionary<string, (string? Url, DateOnly? PublishedOn)> Manifest(List<UploadedFile> files, List<string> refused)
    {
        var map = new Dictionary<string, (string?, DateOnly?)>(StringComparer.Ordinal);
        foreach (var file in files.Where(f => IsManifest(f.Name)))
        {
            var line = 1;
            foreach (var row in UnitTextDecoding.CsvRows(file.Bytes))
            {
                line++;
                var name = row.GetValueOrDefault("文件名")?.Trim();
                if (string.IsNullOrEmpty(name))
                {
                    continue;
                }

                var url = row.GetValueOrDefault("网址")?.Trim();
                var dateText = row.GetValueOrDefault("发布日期")?.Trim();
                DateOnly? date = null;
                if (!string.IsNullOrEmpty(dateText))
                {
                    if (DateOnly.TryParseExact(dateText, ["yyyy-MM-dd", "yyyy/M/d", "yyyy-M-d", "yyyy年M月d日"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
                    {
                        date = d;
                    }
                    else
                    {
                        refused.Add($"{file.Name} 第{line}行：发布日期「{dateText}」无法识别（应为 2024-01-31），该文件按无发布日期导入");
                    }
                }

                map[name] = (string.IsNullOrEmpty(url) ? null : url, date);
            }
        }

        return map;
    }
}

/// <summary>Files people make in Excel or Notepad: UTF-8 (with or without BOM), else GBK.</summary>
internal static class UnitTextDecoding
{
    /// <summary>The rows of a CSV file with a header row, as column → text.</summary>
    public static List<Dictionary<string, string>> CsvRows(byte[] bytes)
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(Decode(bytes)));
        return [.. MiniExcel.Query(stream, useHeaderRow: true, excelType: ExcelType.CSV)
            .Cast<IDictionary<string, object?>>()
            .Select(r => r.ToDictionary(kv => kv.Key.Trim(), kv => Convert.ToString(kv.Value, CultureInfo.InvariantCulture)?.Trim() ?? ""))];
    }

    private static readonly UTF8Encoding StrictUtf8 = new(false, true);

    public static string Decode(byte[] bytes)
    {
        try
        {
            return StrictUtf8.GetString(bytes).TrimStart('\uFEFF');
        }
        catch (DecoderFallbackException)
        {
            Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
            return Encoding.GetEncoding("GB18030").GetString(bytes);
        }
    }
}
