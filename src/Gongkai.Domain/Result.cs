using System.Collections.Immutable;

namespace Gongkai.Domain;

/// <summary>
/// The one shape of failure across Gongkai: a value, or a reason in Chinese (citing the rule where there is one) with,
/// where a form was at fault, the reason per field. Readers, roll-ups, JSON, case steps and every web handler answer
/// with it; exceptions stay at the boundaries (a file reading, a command, a request).
/// </summary>
public sealed record Result<T>
    where T : class
{
    private static readonly ImmutableDictionary<string, string[]> NoFields = ImmutableDictionary<string, string[]>.Empty;

    internal Result(T? value, string? error, FailureKind kind, IReadOnlyDictionary<string, string[]>? fieldErrors)
    {
        Value = value;
        Error = error;
        Kind = kind;
        FieldErrors = fieldErrors ?? NoFields;
    }

    /// <summary>The value when the action or reading succeeded.</summary>
    public T? Value { get; }

    /// <summary>Why it failed (中文, citing the provision where one applies), or null.</summary>
    public string? Error { get; }

    /// <summary>What kind of failure it was, so a boundary can answer with the right status.</summary>
    public FailureKind Kind { get; }

    /// <summary>The reasons per form field (field name → messages); empty unless a form was at fault.</summary>
    public IReadOnlyDictionary<string, string[]> FieldErrors { get; }

    public bool IsSuccess => Error is null;

    /// <summary>Every reason one by one: the field messages (in field order), or the one reason; empty on success.</summary>
    public IReadOnlyList<string> Messages =>
        FieldErrors.Count > 0 ? [.. FieldErrors.Values.SelectMany(m => m)] : Error is null ? [] : [Error];

    /// <summary>This failure as a failure of another value type; throws on a success.</summary>
    public Result<TOther> As<TOther>()
        where TOther : class =>
        IsSuccess ? throw new InvalidOperationException("A success has no failure to pass on.") : new(null, Error, Kind, FieldErrors);

    /// <summary>The value passed through <paramref name="map"/> on a success; the same failure otherwise.</summary>
    public Result<TOther> Map<TOther>(Func<T, TOther> map)
        where TOther : class
    {
        ArgumentNullException.ThrowIfNull(map);
        return IsSuccess ? Result.Ok(map(Value!)) : As<TOther>();
    }
}

/// <summary>What kind of failure a <see cref="Result{T}"/> carries.</summary>
public enum FailureKind
{
    /// <summary>The input or the rules refuse it (the reason says which); the default.</summary>
    Invalid,

    /// <summary>What it names does not exist (or is not visible to the caller).</summary>
    NotFound,

    /// <summary>The caller may not do it.</summary>
    Forbidden,

    /// <summary>Someone else changed it first; reload and try again.</summary>
    Conflict,

    /// <summary>Too many attempts in a short time; wait and try again.</summary>
    TooMany,
}

/// <summary>Makes <see cref="Result{T}"/> values.</summary>
public static class Result
{
    public static Result<T> Ok<T>(T value)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(value);
        return new(value, null, FailureKind.Invalid, null);
    }

    public static Result<T> Fail<T>(string error, FailureKind kind = FailureKind.Invalid)
        where T : class
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(error);
        return new(null, error, kind, null);
    }

    /// <summary>A form refused field by field; the reason is the fields' messages joined.</summary>
    public static Result<T> Fail<T>(IReadOnlyDictionary<string, string[]> fieldErrors)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(fieldErrors);
        var messages = fieldErrors.Values.SelectMany(m => m).ToList();
        if (messages.Count == 0)
        {
            throw new ArgumentException("A failed form names at least one field error.", nameof(fieldErrors));
        }

        return new(null, string.Join("；", messages), FailureKind.Invalid, fieldErrors);
    }

    /// <summary>
    /// Several reasons at once for a form whose fields are not named: kept under the empty field name, as ASP.NET keeps
    /// errors of the whole form.
    /// </summary>
    public static Result<T> Fail<T>(IReadOnlyCollection<string> errors)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(errors);
        return Fail<T>(new Dictionary<string, string[]> { [""] = [.. errors] });
    }
}
