using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Gongkai.Cli.Commands;

/// <summary>The platform refused or could not be reached; the message is for the user, in Chinese.</summary>
internal sealed class ImportServerException(string message) : Exception(message);

/// <summary>What <c>POST /api/oversight/imports</c> answers.</summary>
internal sealed record UploadAnswer(int BatchId, int Queued, IReadOnlyList<string> Refused);

/// <summary>One file of a batch in <c>GET /api/oversight/imports/{id}</c>.</summary>
internal sealed record ProgressFile(int Id, string FileName, string State, string StateLabel, string? Error, string? Agency, int? Year, int? ReportId);

/// <summary>A batch's progress: files by state (<c>stored</c>, <c>duplicate</c>, <c>unplaced</c>, <c>failed</c>, <c>queued</c>, <c>reading</c>).</summary>
internal sealed record ProgressAnswer(int BatchId, int Total, int Finished, bool Done, Dictionary<string, int> Counts, IReadOnlyList<string> Refused, IReadOnlyList<ProgressFile> Items);

/// <summary>
/// The reports store's API as <c>gongkai import</c> uses it: signs in with <c>POST /api/session</c> (the staff cookie
/// kept in a <see cref="CookieContainer"/>), uploads with <c>POST /api/oversight/imports</c> and follows each batch.
/// Every failure becomes an <see cref="ImportServerException"/> whose message says what to do.
/// </summary>
internal sealed class ImportClient : IDisposable
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { NumberHandling = JsonNumberHandling.AllowReadingFromString };

    private readonly HttpClient _http;
    private readonly Uri _server;

    public ImportClient(Uri server, HttpMessageHandler? handler = null)
    {
        _server = server;
        _http = new HttpClient(handler ?? new SocketsHttpHandler { CookieContainer = new CookieContainer(), UseCookies = true, ConnectTimeout = TimeSpan.FromSeconds(15) })
        {
            BaseAddress = server,
            Timeout = TimeSpan.FromMinutes(10),
        };
    }

    public async Task SignInAsync(string userName, string password, CancellationToken cancellationToken)
    {
        using var response = await SendAsync(() => _http.PostAsJsonAsync("api/session", new { userName, password }, Json, cancellationToken));
        if (response.StatusCode == HttpStatusCode.Unauthorized)
        {
            throw new ImportServerException($"登录失败：{await DetailAsync(response, cancellationToken) ?? "用户名或密码不正确"}");
        }

        await EnsureAsync(response, "登录", cancellationToken);
    }

    public async Task<UploadAnswer> UploadAsync(ImportRequestBatch batch, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(batch);
        var streams = new List<Stream>();
        try
        {
            using var form = new MultipartFormDataContent();
            foreach (var path in batch.Files.Select(f => f.Path).Concat(batch.Manifests))
            {
                var stream = File.OpenRead(path);
                streams.Add(stream);
                var part = new StreamContent(stream);
                part.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
                form.Add(part, "files", Path.GetFileName(path));
            }

            using var response = await SendAsync(() => _http.PostAsync("api/oversight/imports", form, cancellationToken));
            if (response.StatusCode == HttpStatusCode.Forbidden)
            {
                throw new ImportServerException("该账号没有导入权限：导入年度报告需要监督员角色");
            }

            await EnsureAsync(response, "上传", cancellationToken);
            return await ReadAsync<UploadAnswer>(response, cancellationToken);
        }
        finally
        {
            foreach (var s in streams)
            {
                await s.DisposeAsync();
            }
        }
    }

    public async Task<ProgressAnswer> ProgressAsync(int batchId, bool items, CancellationToken cancellationToken)
    {
        var path = $"api/oversight/imports/{batchId.ToString(System.Globalization.CultureInfo.InvariantCulture)}?items={(items ? "true" : "false")}";
        using var response = await SendAsync(() => _http.GetAsync(path, cancellationToken));
        await EnsureAsync(response, "查询导入进度", cancellationToken);
        return await ReadAsync<ProgressAnswer>(response, cancellationToken);
    }

    public void Dispose() => _http.Dispose();

    private async Task<HttpResponseMessage> SendAsync(Func<Task<HttpResponseMessage>> send)
    {
        try
        {
            return await send();
        }
        catch (HttpRequestException e)
        {
            throw new ImportServerException($"无法连接平台 {_server}：{Why(e)}");
        }
        catch (TaskCanceledException)
        {
            throw new ImportServerException($"平台 {_server} 长时间没有响应");
        }
    }

    private static string Why(HttpRequestException e) => (e.InnerException as SocketException)?.SocketErrorCode switch
    {
        SocketError.ConnectionRefused => "该地址上没有服务在运行，请检查 --server 的主机和端口",
        SocketError.HostNotFound or SocketError.NoData => "找不到该主机，请检查 --server 的主机名",
        SocketError.TimedOut => "连接超时",
        _ => e.HttpRequestError == HttpRequestError.SecureConnectionError ? "安全连接（HTTPS）建立失败" : e.Message,
    };

    private static async Task EnsureAsync(HttpResponseMessage response, string what, CancellationToken cancellationToken)
    {
        if (response.IsSuccessStatusCode)
        {
            return;
        }

        var detail = await DetailAsync(response, cancellationToken);
        throw new ImportServerException(response.StatusCode switch
        {
            HttpStatusCode.Unauthorized => $"{what}失败：登录已失效，请重新运行",
            HttpStatusCode.NotFound => $"{what}失败：平台上没有这个地址（{response.RequestMessage?.RequestUri}），请检查 --server 是否为 Gongkai 平台",
            HttpStatusCode.RequestEntityTooLarge => $"{what}失败：请求超过平台的大小上限",
            _ => $"{what}失败：平台返回 {(int)response.StatusCode}{(detail is null ? "" : "，" + detail)}",
        });
    }

    // The Chinese detail of a problem+json answer, when there is one.
    private static async Task<string?> DetailAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        if (response.Content.Headers.ContentType?.MediaType is not ("application/problem+json" or "application/json"))
        {
            return null;
        }

        try
        {
            using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync(cancellationToken));
            return doc.RootElement.ValueKind == JsonValueKind.Object && doc.RootElement.TryGetProperty("detail", out var d) && d.ValueKind == JsonValueKind.String ? d.GetString() : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static async Task<T> ReadAsync<T>(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        try
        {
            return await response.Content.ReadFromJsonAsync<T>(Json, cancellationToken)
                ?? throw new ImportServerException("平台的回答为空");
        }
        catch (JsonException)
        {
            throw new ImportServerException("平台的回答不是预期的格式，请检查 --server 是否为 Gongkai 平台");
        }
    }
}
