using Gongkai.Documents.Text;

namespace Gongkai.Documents.Tests.Text;

/// <summary>The readings of one printed row of 表三 (seven columns, the last the total of the other six).</summary>
public sealed class RowReadingsTests
{
    private static readonly RowEquation[] Total = [new([0, 1, 2, 3, 4, 5], 6)];

    [Theory]
    // 朝阳市 2021: all seven cells ran together.
    [InlineData("633000066", "63,3,0,0,0,0,66")]
    // 朝阳市 2021: two cells left blank; the blank 总计 is the sum of the rest.
    [InlineData("8 0 0 0 0", "8,0,0,0,0,0,8")]
    // A blank that an identity asks for may stand before the total as well as be it.
    [InlineData("1 1 1 100", "1,1,1,97,0,0,100")]
    // 朝阳市 2021: "016" can only be 0|16, and the blanks between are empty cells.
    [InlineData("15 1 016", "15,1,0,0,0,0,16")]
    public void Row_has_the_reading(string printed, string expected)
    {
        var set = RowReadings.Enumerate([.. printed.Split(' ').Select(t => new NumberToken(t, 1))], 7, Total);
        Assert.True(set.Complete);
        Assert.Contains(set.Fitting(), r => string.Join(",", r.Values) == expected);
    }

    [Fact]
    public void Row_printed_in_full_has_one_reading_and_needs_no_search()
    {
        var set = RowReadings.Enumerate([.. "1 0 0 0 0 0 2".Split(' ').Select(t => new NumberToken(t, 1))], 7, Total);
        var reading = Assert.Single(set.Readings);
        Assert.False(reading.SatisfiesRow);
        Assert.False(reading.Inferred);
    }

    [Theory]
    [InlineData(3, 4, 4)]
    [InlineData(7, 4, 4)]
    [InlineData(7, 1, 12)]
    [InlineData(15, 4, 2)]
    public void The_search_finds_exactly_what_trying_every_reading_finds(int width, int mostNumbers, int longest)
    {
        // The search cuts off branches (identities checked early, partial sums held to a total read first, dead
        // states remembered); trying every split and every placement of blanks must give the same readings, for
        // rows of a few numbers and for one long run of digits.
        RowEquation[] equations = width switch
        {
            7 => Total,
            15 => [new([0, 1, 2, 3], 4), new([5, 6, 7, 8], 9), new([10, 11, 12, 13], 14)],
            _ => [],
        };
        var random = new Random(width * 100 + longest);
        for (var i = 0; i < 300; i++)
        {
            var tokens = Enumerable.Range(0, random.Next(1, mostNumbers + 1)).Select(_ => Digits(random, longest)).ToArray();
            var set = RowReadings.Enumerate([.. tokens.Select(t => new NumberToken(t, 1))], width, equations);
            var found = set.Fitting().ToDictionary(r => string.Join(",", r.Values), r => r.Cost);
            Assert.True(set.Complete);
            Assert.Equal(BruteForce.Readings(tokens, width, equations).OrderBy(r => r.Key), found.OrderBy(r => r.Key));
        }
    }

    // Mostly zeros and small counts, as in the generated and the published reports.
    private static string Digits(Random random, int longest)
    {
        var length = random.Next(1, longest + 1);
        var digits = new char[length];
        for (var i = 0; i < length; i++)
        {
            digits[i] = random.Next(3) == 0 ? (char)('0' + random.Next(10)) : '0';
        }

        if (length > 1 && digits[0] == '0' && random.Next(2) == 0)
        {
            digits[0] = '1';
        }

        return new string(digits);
    }
}
