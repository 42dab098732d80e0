using System.Text;

namespace Gongkai.Documents.Text;

/// <summary>A number as printed in a cell, or several cells printed without a gap ("633000066").</summary>
internal readonly record struct NumberToken(string Text, int Line, bool Blank = false)
{
    /// <summary>A cell known to be blank (<see cref="BlankFields"/>): zero, one cell, never split.</summary>
    public static NumberToken BlankCell(int line) => new("0", line, Blank: true);

    /// <summary>Whole numbers can be split into several cells; decimals and numbers printed with a plus are one cell.</summary>
    public bool IsSplittable => (Text.StartsWith('-') ? Text[1..] : Text) is { Length: > 1 } digits && digits.All(char.IsAsciiDigit);

    /// <summary>The digits of a printed number without its sign ("-1942", "+19").</summary>
    public static string Unsigned(string text) => text.Length > 0 && text[0] is '-' or '+' ? text[1..] : text;

    /// <summary>The cell as the reader's messages show it: a blank cell as 空.</summary>
    public string Shown => Blank ? "空" : Text;
}

/// <summary>
/// A stretch of the report: the text between two runs of numbers, joined without its spaces and line breaks so
/// that labels broken across lines ("结果 维持", "三 、本 年 度办 理 结果") read whole, then the numbers after it.
/// </summary>
/// <param name="Text">The label text before the numbers.</param>
/// <param name="Numbers">The numbers after it.</param>
/// <param name="Line">The line the label starts on.</param>
/// <param name="Prose">The numbers sit inside a sentence, not in a table: "其中,予以公开2件,部分公开2件" (武汉市汉阳区 2022
/// tells its 表三 in words above the table), "2022年,区政府办公室共收到8份".</param>
internal sealed record Segment(string Text, List<NumberToken> Numbers, int Line, bool Prose = false);

/// <summary>Splits normalised text into <see cref="Segment"/>s.</summary>
internal static class Tokenizer
{
    public static List<Segment> Segments(string text)
    {
        var segments = new List<Segment>();
        var label = new StringBuilder();
        var numbers = new List<NumberToken>();
        var line = 1;
        var labelLine = 1;

        var afterNumber = -1;
        var counted = false;

        void Close(bool prose = false)
        {
            segments.Add(new Segment(label.ToString(), numbers, labelLine, prose));
            label.Clear();
            numbers = [];
            labelLine = line;
        }

        var i = 0;
        while (i < text.Length)
        {
            var ch = text[i];
            if (char.IsWhiteSpace(ch))
            {
                if (ch == '\n')
                {
                    line++;
                }

                i++;
                continue;
            }

            if (ch == BlankFields.Marker)
            {
                numbers.Add(NumberToken.BlankCell(line));
                i++;
                continue;
            }

            // "本年(2023)制发件数" (绍兴市越城区 2023): digits in brackets are part of a label, never a cell.
            if (ch != '-' && InBrackets(text, i) is var close and > 0)
            {
                if (numbers.Count > 0)
                {
                    Close();
                }

                label.Append(text, i, close - i);
                i = close;
                continue;
            }

            // 2019 表二 本年增/减 printed in words before the number, "减4" (a 2019 report in the trial format): a
            // signed number when it stands among a row's numbers.
            if (ch is '增' or '减' && numbers.Count > 0 && i + 1 < text.Length && char.IsAsciiDigit(text[i + 1]))
            {
                var from = ++i;
                while (i < text.Length && char.IsAsciiDigit(text[i]))
                {
                    i++;
                }

                numbers.Add(new NumberToken((ch == '减' ? "-" : "+") + text[from..i], line));
                afterNumber = i;
                counted = false;
                continue;
            }

            if (IsNumberStart(text, i))
            {
                var start = i;
                i++;
                while (i < text.Length && (char.IsAsciiDigit(text[i]) || IsThousandsComma(text, i)))
                {
                    i++;
                }

                // A digit run followed by "." or "、" and a label ("00000005.属于三类内部事务信息", a whole report on
                // one line) ends with the item number of the next row: that digit goes to the label.
                if (text[start] is not ('-' or '+') && IsItemNumberEnd(text, i))
                {
                    if (i - 1 > start)
                    {
                        numbers.Add(new NumberToken(text[start..(i - 1)].Replace(",", "", StringComparison.Ordinal), line));
                    }

                    if (numbers.Count > 0)
                    {
                        Close();
                    }

                    label.Append(text[i - 1]);
                    continue;
                }

                if (i + 1 < text.Length && text[i] == '.' && char.IsAsciiDigit(text[i + 1]))
                {
                    i++;
                    while (i < text.Length && char.IsAsciiDigit(text[i]))
                    {
                        i++;
                    }
                }

                numbers.Add(new NumberToken(text[start..i].Replace(",", "", StringComparison.Ordinal), line));
                afterNumber = i;
                counted = false;
                continue;
            }

            if (numbers.Count > 0)
            {
                if (IsUnit(text, i))
                {
                    i++;
                    afterNumber = i;
                    counted = text[i - 1] == '件';
                    continue;
                }

                // "其他1件(申请人自主撤销)": a count in 件 with words straight after it is a sentence's.
                Close(prose: i == afterNumber && (IsProseFollower(ch) || counted));
            }

            if (label.Length == 0)
            {
                labelLine = line;
            }

            label.Append(ch);
            i++;
        }

        Close();
        return segments;
    }

    // "1.属于国家秘密", "2. 其他法律行政法规禁止公开" (沈阳市瀋河区 2023), "3、其他": a dot or 、 then, after any spaces, a label.
    private static bool IsItemNumberEnd(string text, int i)
    {
        if (i >= text.Length || text[i] is not ('.' or '、'))
        {
            return false;
        }

        var j = i + 1;
        while (j < text.Length && text[j] is ' ' or '\t')
        {
            j++;
        }

        return j < text.Length && text[j] >= '\u4e00' && text[j] <= '\u9fff';
    }

    // The end of a run of digits at i that stands alone in brackets, "(2023)", or 0.
    private static int InBrackets(string text, int i)
    {
        if (i == 0 || text[i - 1] != '(' || !char.IsAsciiDigit(text[i]))
        {
            return 0;
        }

        var j = i;
        while (j < text.Length && char.IsAsciiDigit(text[j]))
        {
            j++;
        }

        return j < text.Length && text[j] == ')' ? j : 0;
    }

    // What follows a number in a sentence and never in a table cell: punctuation, or a counter or date word
    // ("共收到8份", "2022年,").
    private static bool IsProseFollower(char ch) => ch is ',' or '。' or ';' or '、' or '年' or '月' or '日' or '份' or '个' or '次' or '人' or '家';

    // Text right after a number that belongs to it, not to the next label: "251000元" (上海 2019 采购总金额), "0.5万元".
    private static bool IsUnit(string text, int i) =>
        text[i] is '元' or '件' or '%' || (text[i] == '万' && i + 1 < text.Length && text[i + 1] == '元');

    private static bool IsNumberStart(string text, int i)
    {
        if (char.IsAsciiDigit(text[i]))
        {
            return true;
        }

        // A minus or plus sign before digits after a gap: 2019 表二 本年增/减 may be negative, and is often printed
        // with its sign either way ("21 +19 40", "8249 -1942 6307").
        return text[i] is '-' or '+' && i + 1 < text.Length && char.IsAsciiDigit(text[i + 1]) && (i == 0 || char.IsWhiteSpace(text[i - 1]) || char.IsAsciiDigit(text[i - 1]));
    }

    // "1,584": a comma between a digit and exactly three digits is a thousands separator.
    private static bool IsThousandsComma(string text, int i) =>
        text[i] == ',' && i > 0 && char.IsAsciiDigit(text[i - 1])
        && i + 3 < text.Length && char.IsAsciiDigit(text[i + 1]) && char.IsAsciiDigit(text[i + 2]) && char.IsAsciiDigit(text[i + 3])
        && (i + 4 >= text.Length || !char.IsAsciiDigit(text[i + 4]));
}
