using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;
using MimeKit;

namespace Gongkai.Web.Tests.Infrastructure;

/// <summary>
/// A small SMTP server on 127.0.0.1 for tests: it speaks the commands a plain MailKit client sends (EHLO/HELO, MAIL,
/// RCPT, DATA, RSET, NOOP, QUIT), keeps each message it receives, and is bounded: at most 20 messages of 1 MB each,
/// 30 seconds of silence per connection, and everything stopped on dispose.
/// </summary>
public sealed class TestSmtpServer : IAsyncDisposable
{
    private const int MaxMessages = 20;
    private const int MaxMessageBytes = 1024 * 1024;
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly ConcurrentQueue<MimeMessage> _messages = new();
    private readonly Task _accepting;

    public TestSmtpServer()
    {
        _listener.Start();
        _accepting = AcceptAsync();
    }

    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    public IReadOnlyCollection<MimeMessage> Messages => _messages;

    /// <summary>The settings that point the app at this server.</summary>
    public void Configure(GongkaiApp app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.Settings["Gongkai:Smtp:Host"] = "127.0.0.1";
        app.Settings["Gongkai:Smtp:Port"] = Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        app.Settings["Gongkai:Smtp:Security"] = "None";
        app.Settings["Gongkai:Smtp:From"] = "gongkai@example.gov.cn";
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        try
        {
            await _accepting;
        }
        catch (OperationCanceledException)
        {
        }

        _stop.Dispose();
    }

    private async Task AcceptAsync()
    {
        var sessions = new List<Task>();
        try
        {
            while (!_stop.IsCancellationRequested)
            {
                var client = await _listener.AcceptTcpClientAsync(_stop.Token);
                sessions.Add(ServeAsync(client));
            }
        }
        catch (Exception ex) when (ex is OperationCanceledException or SocketException or ObjectDisposedException)
        {
        }

        await Task.WhenAll(sessions);
    }

    private async Task ServeAsync(TcpClient client)
    {
        using var _ = client;
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(_stop.Token);
        var stream = client.GetStream();
        var reader = new StreamReader(stream, Encoding.UTF8, false, 4096, leaveOpen: true);
        var writer = new StreamWriter(stream, new UTF8Encoding(false), 4096, leaveOpen: true) { NewLine = "\r\n", AutoFlush = true };
        try
        {
            await writer.WriteLineAsync("220 localhost test SMTP");
            while (true)
            {
                timeout.CancelAfter(TimeSpan.FromSeconds(30));
                var line = await reader.ReadLineAsync(timeout.Token);
                if (line is null)
                {
                    return;
                }

                var command = line.Length >= 4 ? line[..4].ToUpperInvariant() : line.ToUpperInvariant();
                switch (command)
                {
                    case "EHLO":
                        await writer.WriteLineAsync("250-localhost");
                        await writer.WriteLineAsync("250 SIZE " + MaxMessageBytes.ToString(System.Globalization.CultureInfo.InvariantCulture));
                        break;
                    case "HELO" or "MAIL" or "RCPT" or "RSET" or "NOOP":
                        await writer.WriteLineAsync("250 OK");
                        break;
                    case "DATA":
                        await writer.WriteLineAsync("354 End data with <CR><LF>.<CR><LF>");
                        var data = new StringBuilder();
                        while (await reader.ReadLineAsync(timeout.Token) is { } body && body != ".")
                        {
                            data.Append(body.StartsWith("..", StringComparison.Ordinal) ? body[1..] : body).Append("\r\n");
                            if (data.Length > MaxMessageBytes)
                            {
                                await writer.WriteLineAsync("552 Message too large");
                                return;
                            }
                        }

                        if (_messages.Count >= MaxMessages)
                        {
                            await writer.WriteLineAsync("452 Too many messages");
                            break;
                        }

                        using (var raw = new MemoryStream(Encoding.UTF8.GetBytes(data.ToString())))
                        {
                            _messages.Enqueue(await MimeMessage.LoadAsync(raw, timeout.Token));
                        }

                        await writer.WriteLineAsync("250 OK queued");
                        break;
                    case "QUIT":
                        await writer.WriteLineAsync("221 Bye");
                        return;
                    default:
                        await writer.WriteLineAsync("502 Command not implemented");
                        break;
                }
            }
        }
        catch (Exception ex) when (ex is OperationCanceledException or IOException or SocketException)
        {
        }
    }
}
