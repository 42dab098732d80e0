using Gongkai.Domain;
using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;

namespace Gongkai.Web.Portal;

/// <summary>
/// The SMTP server the platform sends from (<c>Gongkai:Smtp:*</c>): host, port, sender, optional user name and
/// password, and how the connection is secured (<c>None</c>, <c>StartTls</c>, <c>SslOnConnect</c>, <c>Auto</c>). No host:
/// no mail is sent and the receipt says so.
/// </summary>
public sealed record SmtpSettings(string? Host, int Port, string From, string? UserName, string? Password, SecureSocketOptions Security)
{
    public static SmtpSettings Read(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var section = configuration.GetSection("Gongkai:Smtp");
        return new(
            section["Host"] is { Length: > 0 } host ? host : null,
            section.GetValue("Port", 25),
            section["From"] is { Length: > 0 } from ? from : "noreply@gongkai.invalid",
            section["UserName"],
            section["Password"],
            Enum.TryParse<SecureSocketOptions>(section["Security"], ignoreCase: true, out var security) ? security : SecureSocketOptions.Auto);
    }
}

/// <summary>What the mail about a registered application says: where and when it was received, its code and due date.</summary>
public sealed record CodeMailContent(string To, string ApplicantName, string AgencyName, string TrackingCode, DateOnly ReceivedOn, DateOnly? DueOn);

/// <summary>
/// Sends the applicant the 查询码 of a registered application by email (MailKit over SMTP). A failure never undoes the
/// registration: it is returned as a Chinese reason for the receipt to show.
/// </summary>
public sealed class CodeMail(SmtpSettings settings)
{
    public bool Configured => settings.Host is not null;

    /// <summary>The content as sent, or why it was not.</summary>
    public async Task<Result<CodeMailContent>> SendAsync(CodeMailContent content, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (settings.Host is not { } host)
        {
            return Result.Fail<CodeMailContent>("本平台未配置邮件服务，查询码未通过电子邮件发送，请妥善保存本回执");
        }

        var message = new MimeMessage();
        message.From.Add(MailboxAddress.Parse(settings.From));
        if (!MailboxAddress.TryParse(content.To, out var to))
        {
            return Result.Fail<CodeMailContent>($"电子邮箱「{content.To}」格式不正确，查询码未发送");
        }

        message.To.Add(to);
        message.Subject = $"政府信息公开申请查询码 {content.TrackingCode}";
        var due = content.DueOn is { } d ? $"答复期限：{Date(d)}（收到申请之日起20个工作日，条例第三十三条）。" : "";
        message.Body = new TextPart("plain")
        {
            Text = $"{content.ApplicantName}：\n\n{content.AgencyName}已于{Date(content.ReceivedOn)}收到您的政府信息公开申请。\n"
                + $"查询码：{content.TrackingCode}\n{due}\n"
                + "请凭查询码和申请时所留联系电话的后四位，在政府信息公开平台的“申请查询”页面查询办理进度、在线补正和下载答复。\n",
        };
        using var client = new SmtpClient { Timeout = 30_000 };
        try
        {
            await client.ConnectAsync(host, settings.Port, settings.Security, cancellationToken);
            if (!string.IsNullOrEmpty(settings.UserName))
            {
                await client.AuthenticateAsync(settings.UserName, settings.Password ?? "", cancellationToken);
            }

            await client.SendAsync(message, cancellationToken);
            await client.DisconnectAsync(quit: true, cancellationToken);
            return Result.Ok(content);
        }
        catch (Exception ex) when (ex is IOException or System.Net.Sockets.SocketException or SmtpCommandException or SmtpProtocolException or AuthenticationException or TimeoutException or SslHandshakeException)
        {
            return Result.Fail<CodeMailContent>("查询码邮件未能发送（邮件服务暂时不可用），请妥善保存本回执");
        }
    }

    private static string Date(DateOnly d) => Domain.Calendar.ChineseDates.Format(d);
}
