using System.Diagnostics;

namespace Gongkai.Documents.Limits;

/// <summary>
/// The time left for the file being read on this thread (<see cref="ReaderLimits.TimeBudget"/>). The reader loops
/// that can run long on a hostile input call <see cref="Check"/>; past the deadline it throws
/// <see cref="ReadBudgetExceededException"/>, which <see cref="ReportReader.Read(string, byte[])"/> turns into a failure.
/// </summary>
internal static class ReadBudget
{
    [ThreadStatic]
    private static long deadline;

    /// <summary>Starts the budget for one file; dispose the scope when the file is done.</summary>
    public static Scope Start(TimeSpan budget)
    {
        var previous = deadline;
        deadline = Stopwatch.GetTimestamp() + (long)(budget.TotalSeconds * Stopwatch.Frequency);
        return new Scope(previous);
    }

    /// <summary>
    /// Stops the clock while an outside tool works (pdftotext, which has its own limit,
    /// <see cref="ReaderLimits.PdfToolTimeout"/>): on dispose the deadline moves on by the time spent.
    /// </summary>
    public static Pause Paused() => new(Stopwatch.GetTimestamp());

    /// <summary>Throws when the file being read has used up its time. Free when no budget is running.</summary>
    public static void Check()
    {
        if (deadline != 0 && Stopwatch.GetTimestamp() > deadline)
        {
            throw new ReadBudgetExceededException();
        }
    }

    internal readonly struct Scope(long previous) : IDisposable
    {
        public void Dispose() => deadline = previous;
    }

    internal readonly struct Pause(long started) : IDisposable
    {
        public void Dispose()
        {
            if (deadline != 0)
            {
                deadline += Stopwatch.GetTimestamp() - started;
            }
        }
    }
}

/// <summary>A file took longer to read than <see cref="ReaderLimits.TimeBudget"/>.</summary>
internal sealed class ReadBudgetExceededException : Exception
{
    public ReadBudgetExceededException()
        : base("read time budget exceeded")
    {
    }

    public ReadBudgetExceededException(string message)
        : base(message)
    {
    }

    public ReadBudgetExceededException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
