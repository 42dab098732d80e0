namespace Gongkai.Web.Infrastructure;

/// <summary>
/// Text as people type it: no control characters but tab and line breaks. NUL in particular cannot be stored by
/// PostgreSQL (it answered 500) and SQLite keeps it silently; the other control characters have no place in a form.
/// Every text field is checked before it reaches the database, and the message names the field.
/// </summary>
internal static class TextInput
{
    /// <summary>Whether <paramref name="value"/> holds a control character (C0, DEL, C1) other than \t, \r and \n.</summary>
    public static bool HasControlCharacter(string? value)
    {
        foreach (var c in value ?? "")
        {
            if (char.IsControl(c) && c is not ('\t' or '\r' or '\n'))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>「姓名或名称」含有不可见的控制字符……</summary>
    public static string ControlCharacterMessage(string label) =>
        $"「{label}」含有不可见的控制字符（如空字符NUL），请删除后重新填写";
}
