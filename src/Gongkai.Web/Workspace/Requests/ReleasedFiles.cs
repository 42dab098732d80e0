namespace Gongkai.Web.Workspace.Requests;

/// <summary>Limits of the files released to an applicant.</summary>
public static class ReleasedFiles
{
    public const long MaxBytes = 20L * 1024 * 1024;
}
