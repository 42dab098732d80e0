namespace Gongkai.Documents.Text;

/// <summary>The readings chosen for a table's printed rows, and what else would have fitted.</summary>
internal sealed record TableSolution(
    Dictionary<string, RowReading> Chosen,
    Dictionary<string, List<RowReading>> Alternatives,
    HashSet<string> Unresolved,
    bool Consistent);

/// <summary>
/// Chooses one reading per printed row so that the table's identities across rows hold too. For 表三 these are,
/// per column, 一+二 = 三（七）+四 (the printed 勾稽 note) and 三（七） = the sum of the result rows. A depth-first
/// search in an order that checks those sums early, bounded in the work it does.
/// </summary>
internal static class TableSolver
{
    private const int NodeBudget = 100_000;
    private const int MaxSolutions = 64;

    /// <summary>Rows are solved alone (表二, 表四): the row's own identities decide.</summary>
    public static TableSolution SolveRows(Dictionary<string, List<RowReading>> rows)
    {
        var chosen = new Dictionary<string, RowReading>();
        var alternatives = new Dictionary<string, List<RowReading>>();
        var unresolved = new HashSet<string>();
        foreach (var (key, readings) in rows)
        {
            var fitting = readings.Where(r => r.SatisfiesRow).ToList();
            if (fitting.Count == 0)
            {
                if (readings.Count == 0)
                {
                    unresolved.Add(key);
                    continue;
                }

                chosen[key] = readings[0];
                if (readings[0].Inferred)
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
        }

        return new TableSolution(chosen, alternatives, unresolved, unresolved.Count == 0);
    }

    /// <summary>表三: rows joined by the column identities.</summary>
    public static TableSolution SolveApplications(Dictionary<string, List<RowReading>> rows, IReadOnlyList<string> outcomeKeys)
    {
        var unresolved = new HashSet<string>();
        var lists = new Dictionary<string, List<RowReading>>();
        foreach (var (key, readings) in rows)
        {
            var fitting = readings.Where(r => r.SatisfiesRow).ToList();
            if (fitting.Count == 0 && readings.Count > 0)
            {
                fitting = [readings[0]];
                if (readings[0].Inferred)
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
        }

        string[] head = ["outcomeTotal", "newlyReceived", "carriedOver", "carriedForward"];
        var order = head.Where(lists.ContainsKey)
            .Concat(outcomeKeys.Where(lists.ContainsKey).OrderBy(k => lists[k].Count))
            .ToArray();
        var balanceChecked = head.All(lists.ContainsKey);
        var outcomesComplete = outcomeKeys.All(lists.ContainsKey) && lists.ContainsKey("outcomeTotal");
        var width = lists.Values.FirstOrDefault()?[0].Values.Length ?? 7;
        var choice = new int[order.Length];
        var sums = new decimal[width];
        var solutions = new List<int[]>();
        var nodes = 0;
        var headCount = head.Count(lists.ContainsKey);

        RowReading Pick(int i) => lists[order[i]][choice[i]];

        bool BalanceHolds()
        {
            var total = Pick(Array.IndexOf(order, "outcomeTotal")).Values;
            var received = Pick(Array.IndexOf(order, "newlyReceived")).Values;
            var carried = Pick(Array.IndexOf(order, "carriedOver")).Values;
            var forward = Pick(Array.IndexOf(order, "carriedForward")).Values;
            for (var c = 0; c < width; c++)
            {
                if (received[c] + carried[c] != total[c] + forward[c])
                {
                    return false;
                }
            }

            return true;
        }

        void Search(int i)
        {
            if (solutions.Count >= MaxSolutions || ++nodes > NodeBudget)
            {
                return;
            }

            if (i == order.Length)
            {
                if (outcomesComplete)
                {
                    var total = lists["outcomeTotal"][choice[0]].Values;
                    for (var c = 0; c < width; c++)
                    {
                        if (sums[c] != total[c])
                        {
                            return;
                        }
                    }
                }

                solutions.Add((int[])choice.Clone());
                return;
            }

            var candidates = lists[order[i]];
            for (var k = 0; k < candidates.Count; k++)
            {
                choice[i] = k;
                if (i == headCount - 1 && balanceChecked && !BalanceHolds())
                {
                    continue;
                }

                if (i >= headCount)
                {
                    var v = candidates[k].Values;
                    var fits = true;
                    for (var c = 0; c < width; c++)
                    {
                        sums[c] += v[c];
                        if (outcomesComplete && sums[c] > lists["outcomeTotal"][choice[0]].Values[c])
                        {
                            fits = false;
                        }
                    }

                    if (fits)
                    {
                        Search(i + 1);
                    }

                    for (var c = 0; c < width; c++)
                    {
                        sums[c] -= v[c];
                    }
                }
                else
                {
                    Search(i + 1);
                }
            }
        }

        if (order.Length > 0)
        {
            Search(0);
        }

        if (nodes > NodeBudget)
        {
            // Too many ways to read the table to try them all: nothing that needed a choice can be called certain.
            var partial = SolveRows(rows);
            foreach (var (key, readings) in lists.Where(l => l.Value.Count > 1))
            {
                partial.Alternatives[key] = readings;
            }

            partial.Unresolved.UnionWith(unresolved);
            return partial with { Consistent = false };
        }

        if (solutions.Count == 0)
        {
            var fallback = SolveRows(rows);
            fallback.Unresolved.UnionWith(unresolved);
            return fallback with { Consistent = false };
        }

        var best = solutions.MinBy(s => s.Select((k, i) => lists[order[i]][k].Cost).Sum())!;
        var chosen = new Dictionary<string, RowReading>();
        var alternatives = new Dictionary<string, List<RowReading>>();
        for (var i = 0; i < order.Length; i++)
        {
            chosen[order[i]] = lists[order[i]][best[i]];
            var distinct = solutions.Select(s => s[i]).Distinct().Select(k => lists[order[i]][k]).ToList();
            if (distinct.Count > 1)
            {
                alternatives[order[i]] = [chosen[order[i]], .. distinct.Where(r => r != chosen[order[i]])];
            }
        }

        return new TableSolution(chosen, alternatives, unresolved, unresolved.Count == 0);
    }
}
