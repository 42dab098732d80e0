namespace Gongkai.Web.Infrastructure;

/// <summary>
/// 首次登录须修改密码: while a member's cookie says the password was set by someone else (a new account, a reset),
/// every staff page sends them to <see cref="Page"/> and the staff API answers 403; only that page, signing out and
/// the public portal stay open. Changing the password issues a new cookie without the mark.
/// </summary>
internal static class PasswordChangeFirst
{
    public const string Page = "/workspace/password";

    public static void UsePasswordChangeFirst(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (context.User.HasClaim(c => c.Type == StaffClaims.MustChangePassword) && Blocked(context.Request.Path))
        {
            if (context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase))
            {
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                return;
            }

            context.Response.Redirect(Page);
            return;
        }

        await next(context);
    });

    private static bool Blocked(PathString path) =>
        (path.StartsWithSegments("/workspace", StringComparison.OrdinalIgnoreCase)
            || path.StartsWithSegments("/oversight", StringComparison.OrdinalIgnoreCase)
            || path.StartsWithSegments("/api/workspace", StringComparison.OrdinalIgnoreCase)
            || path.StartsWithSegments("/api/oversight", StringComparison.OrdinalIgnoreCase))
        && !path.StartsWithSegments(Page, StringComparison.OrdinalIgnoreCase)
        && !path.StartsWithSegments("/workspace/signout", StringComparison.OrdinalIgnoreCase)
        && !path.StartsWithSegments("/workspace/signin", StringComparison.OrdinalIgnoreCase)
        && !path.StartsWithSegments("/api/oversight/session", StringComparison.OrdinalIgnoreCase);
}
