namespace Gongkai.Documents.Text;

/// <summary>
/// The readings chosen for a table's printed rows. <see cref="Alternatives"/> holds, for a row that can be read in
/// more than one way that keeps every rule, all those ways (the chosen one first); <see cref="Unsettled"/> the rows
/// whose other readings could not all be tried or ruled out within the work allowed; <see cref="Unresolved"/> the
/// rows no reading of which keeps the row's own identity. <see cref="Broken"/> is true when no choice of readings
/// keeps the identities across rows: each row is then read by its own identity alone.
/// </summary>
internal sealed record TableSolution(
    Dictionary<string, RowReading> Chosen,
    Dictionary<string, List<RowReading>> Alternatives,
    HashSet<string> Unresolved,
    HashSet<string> Unsettled,
    bool Broken = false);

/// <summary>
/// Chooses one reading per printed row so that the table's identities across rows hold too. For 表三 these are,
/// per column, 一+二 = 三（七）+四 (the printed 勾稽 note) and 三（七） = the sum of the result rows.
/// </summary>
internal static class TableSolver
{
    /// <summary>Rows are solved alone (表二, 表四): the row's own identities decide.</summary>
    public static TableSolution SolveRows(Dictionary<string, RowReadingSet> rows)
    {
        var chosen = new Dictionary<string, RowReading>();
        var alternatives = new Dictionary<string, List<RowReading>>();
        var unresolved = new HashSet<string>();
        var unsettled = new HashSet<string>();
        foreach (var (key, set) in rows)
        {
            var fitting = set.Fitting();
            if (fitting.Count == 0)
            {
                if (set.Readings.Count == 0)
                {
                    unresolved.Add(key);
                    continue;
                }

                chosen[key] = set.Readings[0];
                if (set.Readings[0].Inferred)
                {
                    unresolved.Add(key);
                }

                continue;
            }

            chosen[key] = fitting[0];
            if (fitting.Count > 1)
            {
                alternatives[key] = fitting;
            }

            if (!set.Complete)
            {
                unsettled.Add(key);
            }
        }

        return new TableSolution(chosen, alternatives, unresolved, unsettled);
    }

    /// <summary>
    /// 表三: rows joined by the column identities. The cheapest choice that keeps them all is taken; a row is left
    /// without doubt only when every other reading of it has been shown to break some identity.
    /// </summary>
    public static TableSolution SolveApplications(Dictionary<string, RowReadingSet> rows, IReadOnlyList<string> outcomeKeys)
    {
        var unresolved = new HashSet<string>();
        var unsettled = new HashSet<string>();
        var lists = new Dictionary<string, List<RowReading>>();
        foreach (var (key, set) in rows)
        {
            var fitting = set.Fitting();
            if (fitting.Count == 0 && set.Readings.Count > 0)
            {
                fitting = [set.Readings[0]];
                if (set.Readings[0].Inferred)
                {
                    unresolved.Add(key);
                }
            }

            if (fitting.Count > 0)
            {
                lists[key] = fitting;
            }
            else
            {
                unresolved.Add(key);
            }

            if (!set.Complete)
            {
                unsettled.Add(key);
            }
        }

        var search = new ColumnSearch(lists, outcomeKeys);
        if (search.Cheapest() is not { } best)
        {
            // No choice keeps every identity (a misprinted total), or too many choices to find one: each row is
            // read by its own identity, and a row with several such readings says so.
            var fallback = SolveRows(rows);
            fallback.Unresolved.UnionWith(unresolved);
            if (search.Exhausted)
            {
                fallback.Unsettled.UnionWith(lists.Where(l => l.Value.Count > 1).Select(l => l.Key));
                return fallback;
            }

            return fallback with { Broken = true };
        }

        var (supported, doubtful) = search.Supports(best);
        var chosen = new Dictionary<string, RowReading>();
        var alternatives = new Dictionary<string, List<RowReading>>();
        for (var i = 0; i < search.Keys.Count; i++)
        {
            var key = search.Keys[i];
            var candidates = search.Candidates(i);
            chosen[key] = candidates[best[i]];
            if (supported[i].Count > 1)
            {
                alternatives[key] = [chosen[key], .. supported[i].Where(k => k != best[i]).Select(k => candidates[k])];
            }

            if (doubtful[i])
            {
                unsettled.Add(key);
            }
        }

        return new TableSolution(chosen, alternatives, unresolved, unsettled);
    }
}
