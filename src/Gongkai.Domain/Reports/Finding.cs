namespace Gongkai.Domain.Reports;

/// <summary>How serious a <see cref="Finding"/> is.</summary>
public enum Severity
{
    /// <summary>Something the reader inferred with certainty, worth knowing.</summary>
    Info,

    /// <summary>A doubtful value or a departure from the format: a person should look.</summary>
    Warning,

    /// <summary>A rule of the format is broken or a value could not be read.</summary>
    Error,
}

/// <summary>
/// One statement about a report: a broken 勾稽关系, a cell the reader had to infer, a missing table.
/// Points at the table, row (JSON key) and 0-based column it is about; the message is Chinese and names them
/// the way the printed report does.
/// </summary>
public sealed record Finding(string Code, Severity Severity, TableId? Table, string? Row, int? Column, string Message)
{
    /// <summary>The 1-based line of the text the reader worked on (after extraction) the finding is about, when known.</summary>
    public int? Line { get; init; }

    /// <summary>The printed text a value was read from (e.g. <c>623129</c>), when known.</summary>
    public string? Printed { get; init; }

    /// <summary>What the finding is about, as a key that stays the same when the report is read again: code, table, row, column.</summary>
    public string Key => $"{Code}|{Table?.ToString() ?? ""}|{Row ?? ""}|{Column?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? ""}";

    public static Finding Error(string code, TableId? table, string? row, int? column, string message) =>
        new(code, Severity.Error, table, row, column, message);

    public static Finding Warning(string code, TableId? table, string? row, int? column, string message) =>
        new(code, Severity.Warning, table, row, column, message);

    public static Finding Info(string code, TableId? table, string? row, int? column, string message) =>
        new(code, Severity.Info, table, row, column, message);
}

/// <summary>JSON names of <see cref="Severity"/>.</summary>
public static class Severities
{
    public static string JsonName(this Severity severity) => severity switch
    {
        Severity.Info => "info",
        Severity.Warning => "warning",
        Severity.Error => "error",
        _ => throw new ArgumentOutOfRangeException(nameof(severity)),
    };

    public static Severity? FromJsonName(string? name) => name switch
    {
        "info" => Severity.Info,
        "warning" => Severity.Warning,
        "error" => Severity.Error,
        _ => null,
    };
}
