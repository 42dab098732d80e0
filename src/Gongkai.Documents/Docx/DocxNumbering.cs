using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Gongkai.Domain.Reports;

namespace Gongkai.Documents.Docx;

/// <summary>
/// The labels Word draws in front of numbered paragraphs. Reports typed in Word often number their headings with
/// automatic numbering, so 「一、总体情况」 is stored as 「总体情况」 with a numbering reference; without the label the
/// text reader would not see the section headings. Counters follow document order, one set per list (numId).
/// </summary>
internal sealed class DocxNumbering
{
    private readonly Dictionary<int, Dictionary<int, Level>> _levelsByNumId = [];
    private readonly Dictionary<string, (int NumId, int Level)> _styleNumbering = new(StringComparer.Ordinal);
    private readonly Dictionary<int, int[]> _counters = [];

    private sealed record Level(NumberFormatValues Format, string Text, int Start);

    private readonly List<Domain.Reports.Finding> _findings;

    private bool _damageSaid;

    /// <summary>
    /// The document's numbering, or none with a finding when its definitions hold a value that is not one (a
    /// numbering part whose bytes were damaged): the paragraphs are then read without their labels.
    /// </summary>
    public static DocxNumbering TryCreate(MainDocumentPart main, List<Domain.Reports.Finding> findings)
    {
        try
        {
            return new DocxNumbering(main, findings);
        }
        catch (FormatException)
        {
            findings.Add(Domain.Reports.Finding.Warning(FindingCodes.DocxInvalidNumbering, null, null, null,
                "文档的自动编号定义中有无效的值，段落编号（如「一、」「（三）」）未读出；若表格未能读取，请核对原件"));
            return new DocxNumbering(findings);
        }
    }

    private DocxNumbering(List<Domain.Reports.Finding> findings)
    {
        _findings = findings;
        _damageSaid = true;
    }

    private DocxNumbering(MainDocumentPart main, List<Domain.Reports.Finding> findings)
    {
        ArgumentNullException.ThrowIfNull(main);
        _findings = findings;
        if (main.NumberingDefinitionsPart?.Numbering is { } numbering)
        {
            var abstracts = numbering.Elements<AbstractNum>()
                .Where(a => a.AbstractNumberId?.Value is not null)
                .GroupBy(a => a.AbstractNumberId!.Value)
                .ToDictionary(g => g.Key, g => g.First());
            foreach (var instance in numbering.Elements<NumberingInstance>())
            {
                if (instance.NumberID?.Value is not { } numId || instance.AbstractNumId?.Val?.Value is not { } abstractId
                    || !abstracts.TryGetValue(abstractId, out var abstractNum))
                {
                    continue;
                }

                _levelsByNumId[numId] = abstractNum.Elements<DocumentFormat.OpenXml.Wordprocessing.Level>()
                    .Where(l => l.LevelIndex?.Value is not null)
                    .GroupBy(l => l.LevelIndex!.Value)
                    .ToDictionary(g => g.Key, g => new Level(
                        g.First().NumberingFormat?.Val?.Value ?? NumberFormatValues.Decimal,
                        g.First().LevelText?.Val?.Value ?? "",
                        g.First().StartNumberingValue?.Val?.Value ?? 1));
            }
        }

        foreach (var style in main.StyleDefinitionsPart?.Styles?.Elements<Style>() ?? [])
        {
            if (style.StyleId?.Value is { } id && style.StyleParagraphProperties?.NumberingProperties is { } num
                && num.NumberingId?.Val?.Value is { } numId)
            {
                _styleNumbering[id] = (numId, num.NumberingLevelReference?.Val?.Value ?? 0);
            }
        }
    }

    /// <summary>
    /// The label of a paragraph ("一、", "（三）", "1."), advancing its list's counters; null when not numbered, or
    /// when its numbering reference is no number (said once per document).
    /// </summary>
    public string? Next(Paragraph paragraph)
    {
        try
        {
            return NextLabel(paragraph);
        }
        catch (FormatException)
        {
            if (!_damageSaid)
            {
                _damageSaid = true;
                _findings.Add(Domain.Reports.Finding.Warning(FindingCodes.DocxInvalidNumbering, null, null, null,
                    "有段落的自动编号引用是无效的值，这些段落的编号（如「一、」「（三）」）未读出；若表格未能读取，请核对原件"));
            }

            return null;
        }
    }

    private string? NextLabel(Paragraph paragraph)
    {
        var props = paragraph.ParagraphProperties;
        int numId, level;
        if (props?.NumberingProperties is { NumberingId.Val.Value: var direct } numPr)
        {
            numId = direct;
            level = numPr.NumberingLevelReference?.Val?.Value ?? 0;
        }
        else if (props?.ParagraphStyleId?.Val?.Value is { } styleId && _styleNumbering.TryGetValue(styleId, out var byStyle))
        {
            (numId, level) = byStyle;
        }
        else
        {
            return null;
        }

        if (numId == 0 || !_levelsByNumId.TryGetValue(numId, out var levels) || !levels.TryGetValue(level, out var spec) || level is < 0 or > 8)
        {
            return null;
        }

        if (!_counters.TryGetValue(numId, out var counters))
        {
            counters = new int[9];
            _counters[numId] = counters;
        }

        counters[level] = counters[level] == 0 ? spec.Start : counters[level] + 1;
        for (var deeper = level + 1; deeper < 9; deeper++)
        {
            counters[deeper] = 0;
        }

        if (spec.Format == NumberFormatValues.Bullet || spec.Format == NumberFormatValues.None)
        {
            return null;
        }

        var text = spec.Text;
        for (var l = 0; l <= level; l++)
        {
            var format = levels.TryGetValue(l, out var ls) ? ls.Format : NumberFormatValues.Decimal;
            var value = l == level ? counters[l] : Math.Max(counters[l], levels.TryGetValue(l, out var s) ? s.Start : 1);
            text = text.Replace("%" + (l + 1).ToString(CultureInfo.InvariantCulture), Format(value, format), StringComparison.Ordinal);
        }

        return text;
    }

    internal static string Format(int n, NumberFormatValues format)
    {
        if (format == NumberFormatValues.ChineseCounting || format == NumberFormatValues.ChineseCountingThousand
            || format == NumberFormatValues.JapaneseCounting || format == NumberFormatValues.TaiwaneseCounting
            || format == NumberFormatValues.IdeographDigital)
        {
            return Chinese(n);
        }

        if (format == NumberFormatValues.ChineseLegalSimplified)
        {
            return string.Concat(Chinese(n).Select(c => "零壹贰叁肆伍陆柒捌玖拾"["〇一二三四五六七八九十".IndexOf(c, StringComparison.Ordinal) is var i and >= 0 ? i : 0]));
        }

        if (format == NumberFormatValues.IdeographTraditional && n is >= 1 and <= 10)
        {
            return "甲乙丙丁戊己庚辛壬癸"[n - 1].ToString();
        }

        if ((format == NumberFormatValues.DecimalEnclosedCircle || format == NumberFormatValues.DecimalEnclosedCircleChinese) && n is >= 1 and <= 20)
        {
            return ((char)('①' + n - 1)).ToString();
        }

        if (format == NumberFormatValues.DecimalFullWidth || format == NumberFormatValues.DecimalFullWidth2)
        {
            return string.Concat(n.ToString(CultureInfo.InvariantCulture).Select(c => (char)(c - '0' + '０')));
        }

        if ((format == NumberFormatValues.UpperLetter || format == NumberFormatValues.LowerLetter) && n is >= 1 and <= 26)
        {
            return ((char)((format == NumberFormatValues.UpperLetter ? 'A' : 'a') + n - 1)).ToString();
        }

        if (format == NumberFormatValues.UpperRoman || format == NumberFormatValues.LowerRoman)
        {
            var roman = Roman(n);
            return format == NumberFormatValues.LowerRoman ? roman.ToLowerInvariant() : roman;
        }

        return n.ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>一 … 九十九, as Word's chineseCounting writes them (十一, 二十, 二十一).</summary>
    private static string Chinese(int n)
    {
        const string digits = "〇一二三四五六七八九";
        if (n is < 0 or > 99)
        {
            return n.ToString(CultureInfo.InvariantCulture);
        }

        if (n < 10)
        {
            return digits[n].ToString();
        }

        var tens = n / 10;
        var ones = n % 10;
        return (tens == 1 ? "" : digits[tens].ToString()) + "十" + (ones == 0 ? "" : digits[ones].ToString());
    }

    private static string Roman(int n)
    {
        if (n is < 1 or > 3999)
        {
            return n.ToString(CultureInfo.InvariantCulture);
        }

        (int Value, string Symbol)[] table = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")];
        var sb = new System.Text.StringBuilder();
        foreach (var (value, symbol) in table)
        {
            for (; n >= value; n -= value)
            {
                sb.Append(symbol);
            }
        }

        return sb.ToString();
    }
}
