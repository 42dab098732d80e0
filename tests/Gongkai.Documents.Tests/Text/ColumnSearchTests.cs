using Gongkai.Documents.Text;

namespace Gongkai.Documents.Tests.Text;

/// <summary>
/// 表三's search across rows against trying every choice: the cheapest choice that keeps 一+二 = 三（七）+四 and
/// the result rows' sum, and for every row exactly the readings that some such choice keeps.
/// </summary>
public sealed class ColumnSearchTests
{
    private static readonly string[] Head = ["outcomeTotal", "newlyReceived", "carriedOver", "carriedForward"];
    private static readonly string[] Outcomes = ["disclosed", "partiallyDisclosed", "withheld.stateSecret"];

    [Fact]
    public void Search_keeps_what_trying_every_choice_keeps()
    {
        var random = new Random(3);
        for (var i = 0; i < 400; i++)
        {
            var lists = Table(random);
            var search = new ColumnSearch(lists, Outcomes);
            var solutions = AllChoices(lists).Where(Keeps).ToList();
            var best = search.Cheapest();
            if (solutions.Count == 0)
            {
                Assert.Null(best);
                continue;
            }

            Assert.NotNull(best);
            Assert.Equal(solutions.Min(s => s.Values.Sum(r => r.Cost)), Enumerable.Range(0, best.Length).Sum(r => search.Candidates(r)[best[r]].Cost));
            var (supported, doubtful) = search.Supports(best);
            for (var r = 0; r < search.Keys.Count; r++)
            {
                var key = search.Keys[r];
                var kept = solutions.Select(s => s[key]).Distinct().ToHashSet();
                Assert.Equal(kept, supported[r].Select(k => search.Candidates(r)[k]).ToHashSet());
                Assert.False(doubtful[r]);
            }
        }
    }

    // A table that balances, with wrong readings mixed into some rows' candidates.
    private static Dictionary<string, List<RowReading>> Table(Random random)
    {
        var outcomes = Outcomes.ToDictionary(k => k, _ => Row(random.Next(3), random.Next(3)));
        var total = Row(outcomes.Values.Sum(r => r.Values[0]), outcomes.Values.Sum(r => r.Values[1]));
        var carried = Row(random.Next(2), random.Next(2));
        var forward = Row(random.Next(2), random.Next(2));
        var received = Row(total.Values[0] + forward.Values[0] - carried.Values[0], total.Values[1] + forward.Values[1] - carried.Values[1]);
        var truth = new Dictionary<string, RowReading>(outcomes) { ["outcomeTotal"] = total, ["carriedOver"] = carried, ["carriedForward"] = forward, ["newlyReceived"] = received };
        return truth.ToDictionary(t => t.Key, t =>
        {
            List<RowReading> candidates = [t.Value with { Cost = random.Next(3) }];
            for (var extra = random.Next(3); extra > 0; extra--)
            {
                candidates.Add(Row(random.Next(4), random.Next(4)) with { Cost = random.Next(3) });
            }

            return candidates.OrderBy(c => c.Cost).ToList();
        });
    }

    private static RowReading Row(decimal a, decimal b) => new([a, b], 0, true, true);

    private static IEnumerable<Dictionary<string, RowReading>> AllChoices(Dictionary<string, List<RowReading>> lists)
    {
        IEnumerable<Dictionary<string, RowReading>> choices = [[]];
        foreach (var (key, candidates) in lists)
        {
            choices = choices.SelectMany(c => candidates.Select(r => new Dictionary<string, RowReading>(c) { [key] = r }));
        }

        return choices;
    }

    private static bool Keeps(Dictionary<string, RowReading> choice) => Enumerable.Range(0, 2).All(c =>
        choice["newlyReceived"].Values[c] + choice["carriedOver"].Values[c] == choice["outcomeTotal"].Values[c] + choice["carriedForward"].Values[c]
        && Outcomes.Sum(k => choice[k].Values[c]) == choice["outcomeTotal"].Values[c]);
}
