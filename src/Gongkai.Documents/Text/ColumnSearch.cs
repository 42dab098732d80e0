using Gongkai.Domain.Reports;
namespace Gongkai.Documents.Text;

/// <summary>
/// The search behind <see cref="TableSolver.SolveApplications"/>: one candidate reading per row of 表三 such that,
/// per column, 一+二 = 三（七）+四 and the result rows add up to 三（七）. Rows are taken 三（七）, 一, 二, 四 first,
/// then the result rows with the fewest candidates first; partial column sums are cut off as soon as the rows left
/// can no longer reach 三（七）. <see cref="Cheapest"/> finds the choice of least cost; <see cref="Supports"/> then
/// asks, for every other candidate of every row, whether some choice keeps it. Both are bounded in work, and a
/// question left unanswered leaves its row in doubt rather than settled.
/// </summary>
internal sealed class ColumnSearch
{
    private const int CheapestBudget = 200_000;
    private const int SupportBudget = 20_000;
    private const int TotalBudget = 400_000;

    private static readonly string[] Head = [RowKeys.OutcomeTotal, RowKeys.NewlyReceived, RowKeys.CarriedOver, RowKeys.CarriedForward];

    private readonly List<RowReading>[] candidates;
    private readonly int width;
    private readonly int headCount;
    private readonly int outcomeEnd;
    private readonly bool balance;
    private readonly bool outcomes;
    private readonly bool prune;
    private readonly int[] choice;
    private readonly decimal[] sums;
    private readonly decimal[,] suffixMin;
    private readonly decimal[,] suffixMax;
    private readonly int[] suffixCost;
    private int restrictRow = -1;
    private int restrictTo;
    private bool cheapest;
    private int[]? found;
    private int foundCost;
    private int nodes;
    private int budget;
    private int spent;
    private bool aborted;

    public ColumnSearch(Dictionary<string, List<RowReading>> lists, IReadOnlyList<string> outcomeKeys)
    {
        var head = Head.Where(lists.ContainsKey).ToList();
        var outcomeRows = outcomeKeys.Where(lists.ContainsKey).OrderBy(k => lists[k].Count).ToList();
        var others = lists.Keys.Where(k => !head.Contains(k) && !outcomeRows.Contains(k));
        Keys = [.. head, .. outcomeRows, .. others];
        candidates = [.. Keys.Select(k => lists[k])];
        headCount = head.Count;
        outcomeEnd = head.Count + outcomeRows.Count;
        balance = head.Count == Head.Length;
        outcomes = head.Contains(RowKeys.OutcomeTotal) && outcomeKeys.All(lists.ContainsKey);
        width = candidates.Length > 0 ? candidates[0][0].Values.Length : 0;
        choice = new int[Keys.Count];
        sums = new decimal[width];
        // A table printed in full has one candidate per row: one path, nothing to cut off.
        prune = candidates.Any(c => c.Count > 1);
        suffixMin = new decimal[prune ? Keys.Count + 1 : 0, width];
        suffixMax = new decimal[prune ? Keys.Count + 1 : 0, width];
        suffixCost = new int[Keys.Count + 1];
    }

    /// <summary>The rows in search order.</summary>
    public IReadOnlyList<string> Keys { get; }

    /// <summary>True when a search stopped at its bound before it could answer.</summary>
    public bool Exhausted { get; private set; }

    public List<RowReading> Candidates(int row) => candidates[row];

    /// <summary>The choice (candidate index per row, in <see cref="Keys"/> order) of least total cost, or null.</summary>
    public int[]? Cheapest()
    {
        if (Keys.Count == 0)
        {
            return null;
        }

        Run(-1, 0, findCheapest: true, CheapestBudget);
        return found;
    }

    /// <summary>For each row, the candidates some choice keeps, and whether any candidate was left unanswered.</summary>
    public (List<int>[] Supported, bool[] Doubtful) Supports(int[] best)
    {
        var supported = candidates.Select(c => new bool[c.Count]).ToArray();
        var doubtful = new bool[Keys.Count];
        void Mark(int[] solution)
        {
            for (var i = 0; i < solution.Length; i++)
            {
                supported[i][solution[i]] = true;
            }
        }

        Mark(best);
        for (var i = 0; i < Keys.Count; i++)
        {
            for (var k = 0; k < candidates[i].Count; k++)
            {
                if (supported[i][k])
                {
                    continue;
                }

                if (spent >= TotalBudget)
                {
                    doubtful[i] = true;
                    break;
                }

                Run(i, k, findCheapest: false, SupportBudget);
                if (found is not null)
                {
                    Mark(found);
                }
                else if (aborted)
                {
                    doubtful[i] = true;
                }
            }
        }

        return ([.. supported.Select(s => Enumerable.Range(0, s.Length).Where(k => s[k]).ToList())], doubtful);
    }

    private void Run(int row, int only, bool findCheapest, int limit)
    {
        restrictRow = row;
        restrictTo = only;
        cheapest = findCheapest;
        found = null;
        foundCost = int.MaxValue;
        nodes = 0;
        budget = Math.Min(limit, TotalBudget - spent);
        aborted = false;
        Array.Clear(sums);
        for (var i = Keys.Count - 1; i >= 0 && prune; i--)
        {
            var first = i == restrictRow ? restrictTo : 0;
            var last = i == restrictRow ? restrictTo : candidates[i].Count - 1;
            var outcome = i >= headCount && i < outcomeEnd;
            var cheapestCost = int.MaxValue;
            for (var c = 0; c < width; c++)
            {
                suffixMin[i, c] = decimal.MaxValue;
                suffixMax[i, c] = decimal.MinValue;
            }

            for (var k = first; k <= last; k++)
            {
                var reading = candidates[i][k];
                cheapestCost = Math.Min(cheapestCost, reading.Cost);
                for (var c = 0; c < width && outcome; c++)
                {
                    suffixMin[i, c] = Math.Min(suffixMin[i, c], reading.Values[c]);
                    suffixMax[i, c] = Math.Max(suffixMax[i, c], reading.Values[c]);
                }
            }

            suffixCost[i] = suffixCost[i + 1] + cheapestCost;
            for (var c = 0; c < width; c++)
            {
                suffixMin[i, c] = suffixMin[i + 1, c] + (outcome ? suffixMin[i, c] : 0);
                suffixMax[i, c] = suffixMax[i + 1, c] + (outcome ? suffixMax[i, c] : 0);
            }
        }

        Search(0, 0);
        spent += nodes;
        if (aborted)
        {
            Exhausted = true;
        }
    }

    // Returns true to stop: a choice was found and any will do, or the bound was reached.
    private bool Search(int i, int cost)
    {
        if (++nodes > budget)
        {
            aborted = true;
            return true;
        }

        if (cheapest && prune && cost + suffixCost[i] >= foundCost)
        {
            return false;
        }

        if (i == Keys.Count)
        {
            if (outcomes && !OutcomesAddUp())
            {
                return false;
            }

            found = (int[])choice.Clone();
            foundCost = cost;
            return !cheapest;
        }

        Limits.ReadBudget.Check();
        var first = i == restrictRow ? restrictTo : 0;
        var last = i == restrictRow ? restrictTo : candidates[i].Count - 1;
        for (var k = first; k <= last; k++)
        {
            choice[i] = k;
            var reading = candidates[i][k];
            if (i < headCount || i >= outcomeEnd)
            {
                if (i == headCount - 1 && balance && !BalanceHolds())
                {
                    continue;
                }

                if (Search(i + 1, cost + reading.Cost))
                {
                    return true;
                }

                continue;
            }

            var v = reading.Values;
            var reachable = true;
            for (var c = 0; c < width; c++)
            {
                sums[c] += v[c];
                if (outcomes && prune && (sums[c] + suffixMin[i + 1, c] > Total(c) || sums[c] + suffixMax[i + 1, c] < Total(c)))
                {
                    reachable = false;
                }
            }

            var stop = reachable && Search(i + 1, cost + reading.Cost);
            for (var c = 0; c < width; c++)
            {
                sums[c] -= v[c];
            }

            if (stop)
            {
                return true;
            }
        }

        return false;
    }

    // 三（七）总计 is the first row whenever the result rows are checked against it.
    private decimal Total(int c) => candidates[0][choice[0]].Values[c];

    private bool OutcomesAddUp()
    {
        for (var c = 0; c < width; c++)
        {
            if (sums[c] != Total(c))
            {
                return false;
            }
        }

        return true;
    }

    // 一+二 = 三（七）+四, column by column; the head rows are in the order of Head.
    private bool BalanceHolds()
    {
        for (var c = 0; c < width; c++)
        {
            if (candidates[1][choice[1]].Values[c] + candidates[2][choice[2]].Values[c] != Total(c) + candidates[3][choice[3]].Values[c])
            {
                return false;
            }
        }

        return true;
    }
}
