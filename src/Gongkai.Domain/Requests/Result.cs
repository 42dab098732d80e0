namespace Gongkai.Domain.Requests;

/// <summary>
/// The outcome of a user action on a case: the new value, or why the action is not allowed, in Chinese, citing the
/// rule. A refused action leaves the case as it was.
/// </summary>
public sealed record Result<T>
    where T : class
{
    internal Result(T? value, string? error)
    {
        Value = value;
        Error = error;
    }

    /// <summary>The new value when the action was allowed.</summary>
    public T? Value { get; }

    /// <summary>Why the action was refused (中文, citing the provision), or null.</summary>
    public string? Error { get; }

    public bool IsSuccess => Error is null;
}

/// <summary>Makes <see cref="Result{T}"/> values.</summary>
public static class Result
{
    public static Result<T> Ok<T>(T value)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(value);
        return new(value, null);
    }

    public static Result<T> Fail<T>(string error)
        where T : class
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(error);
        return new(null, error);
    }
}
