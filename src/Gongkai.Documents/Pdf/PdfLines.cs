using System.Text.RegularExpressions;

namespace Gongkai.Documents.Pdf;

/// <summary>
/// A run of words on one visual line with no gap between them wider than a space: a table cell's text on that line,
/// or a line of prose. pdftotext cuts CJK runs, digits and quotes into separate words ("危及" "“" "三安全一稳定" "”",
/// "2019" "年" in 上海市人民政府办公厅's 2019 report); they join here again.
/// </summary>
internal sealed record PdfChunk(string Text, double XMin, double XMax, double CenterY)
{
    public double CenterX => (XMin + XMax) / 2;

    /// <summary>
    /// A figure standing alone, as a table cell prints it ("821", "0.5", "251000元" in a 2019 采购总金额 cell), or a
    /// change that went down ("-2" under 本年增/减 in 表二 of the 2021 format).
    /// </summary>
    public bool IsNumber => PdfLines.NumberPattern().IsMatch(Text);

    /// <summary>
    /// The label starts with the numbering of a statutory table row ("一、", "（三）", "5."), so it opens a new
    /// row; a label line without one continues the label above it.
    /// </summary>
    public bool Numbered => PdfLines.NumberingPattern().IsMatch(Text.Replace(" ", "", StringComparison.Ordinal));
}

/// <summary>One visual line of a page: its chunks from left to right.</summary>
internal sealed record PdfLine(IReadOnlyList<PdfChunk> Chunks, double CenterY)
{
    /// <summary>
    /// A table row: figures, and after the first of them nothing but figures. A line of prose has words after its
    /// figures ("起至 2024 年 12 月 31 日止" in 淮安市洪泽区's 2024 report, whose justified lines space figures apart).
    /// </summary>
    public bool HasNumbers
    {
        get
        {
            var first = Chunks.ToList().FindIndex(c => c.IsNumber);
            return first >= 0 && Chunks.Skip(first).All(c => c.IsNumber);
        }
    }

    public override string ToString() => string.Join(" ", Chunks.Select(c => c.Text));
}

/// <summary>Groups a page's words into visual lines and chunks.</summary>
internal static partial class PdfLines
{
    // A minus sign as ASCII, U+2212 or full-width: 表二's 本年增/减 prints a decrease as "-2" (generated PDFs of the
    // accuracy bench, gen-1-190: 「行政许可 -2 10」, whose row and the one under it lost their columns while "-2" was
    // taken for a label).
    [GeneratedRegex(@"^[-−－]?\d+(\.\d+)?(元|万元)?$")]
    internal static partial Regex NumberPattern();

    [GeneratedRegex(@"^(（[一二三四五六七八九十]{1,3}）|\([一二三四五六七八九十]{1,3}\)|[一二三四五六七八九十]{1,3}、|\d{1,2}[.、．])")]
    internal static partial Regex NumberingPattern();

    // A page number alone on its line at the top or bottom of the page: "-3-" in 淮安市洪泽区's reports, and the
    // footers of the generated PDFs (tests/corpus/generated): "— 5 —", "第4页 共6页", also "第4页/共6页" and "4/6".
    [GeneratedRegex(@"^[-—–\s]*(第?\s*\d{1,3}\s*页?\s*([/／，,]?\s*共\s*\d{1,3}\s*页)?|\d{1,3}\s*[/／]\s*\d{1,3})[-—–\s]*$")]
    private static partial Regex PageNumberPattern();

    /// <summary>
    /// The height of a figure's box: CJK words get boxes of the font's full ascent and descent (31 pt for 12 pt
    /// text in Chromium's print of a report page), digits a tight one (13 pt), so distances are measured in this.
    /// </summary>
    public static double FigureHeight(IEnumerable<PdfPage> pages)
    {
        var figures = pages.SelectMany(p => p.Words).Where(w => w.Text.All(char.IsAsciiDigit)).ToList();
        if (figures.Count == 0)
        {
            return 12;
        }

        var height = figures.Select(w => w.Height).Order().ElementAt(figures.Count / 2);
        // Some fonts give digits the box of the whole CJK line (23 pt for 9 pt figures in Noto Serif CJK, printed by
        // Chromium in the generated PDFs of tests/corpus/generated), taller than the 12 pt between the lines of a
        // wrapped label: there the height is taken from the digits' width, about half an em each.
        var width = figures.Select(w => (w.XMax - w.XMin) / w.Text.Length).Order().ElementAt(figures.Count / 2);
        return Math.Max(4, Math.Min(height, 2.2 * width));
    }

    /// <summary>
    /// The page's lines from top to bottom. Words belong to one line when their vertical centres are close: a
    /// number and its label sit on one line although their boxes differ in height.
    /// </summary>
    public static List<PdfLine> Lines(PdfPage page, double figureHeight)
    {
        var tolerance = 0.45 * figureHeight;
        var lines = new List<PdfLine>();
        var current = new List<PdfWord>();
        var sum = 0d;
        foreach (var word in page.Words.OrderBy(w => w.CenterY))
        {
            // Against the mean of the line so far: a label's numbering sits 6 pt lower than its CJK text and its
            // figures between the two (「（五）不予处理 / 4.无正当理由大量反复申请」 printed by Chromium).
            if (current.Count > 0 && word.CenterY - sum / current.Count > tolerance)
            {
                lines.Add(Line(current, figureHeight));
                current = [];
                sum = 0;
            }

            sum += word.CenterY;
            current.Add(word);
        }

        if (current.Count > 0)
        {
            lines.Add(Line(current, figureHeight));
        }

        lines.RemoveAll(l => IsPageNumber(l, page.Height));
        return lines;
    }

    private static bool IsPageNumber(PdfLine line, double pageHeight) =>
        line.Chunks.Count <= 3 && PageNumberPattern().IsMatch(string.Join(" ", line.Chunks.Select(c => c.Text)))
        && pageHeight > 0 && (line.CenterY > pageHeight * 0.88 || line.CenterY < pageHeight * 0.06);

    private static PdfLine Line(List<PdfWord> words, double figureHeight)
    {
        // Wider than a space of body text (3 pt at 12 pt): cells of a table are padded further apart (4.5 pt between
        // 「其他对外管理服务事项」 and its figure in 上海市人民政府办公厅's 2019 表二).
        var gap = 0.25 * figureHeight;
        var chunks = new List<PdfChunk>();
        var sorted = words.OrderBy(w => w.XMin).ToList();
        var text = new System.Text.StringBuilder();
        PdfWord? first = null;
        PdfWord? last = null;
        foreach (var word in sorted)
        {
            // Between CJK text and anything else even a narrow gap parts two cells: CJK runs have none inside a cell
            // (「行政规范性文件」 and its figure 564 are 3 pt apart in a borderless table, as are its headings).
            // Words that overlap and stand at different heights are cells of two header rows drawn into one line
            // (「未经复议直接起诉」 over 「结果 / 维持」 in a 表四 whose taller cells centre their text).
            if (last is not null && (word.XMin - last.XMax > gap || (word.XMin - last.XMax > 0.1 * figureHeight && (IsCjk(text[^1]) || IsCjk(word.Text[0])))
                || (word.XMin < last.XMax - 1 && Math.Abs(word.CenterY - last.CenterY) > 0.2 * figureHeight)))
            {
                chunks.Add(Chunk(text.ToString(), first!, last, words));
                text.Clear();
                first = null;
            }

            if (last is not null && first is not null && word.XMin - last.XMax > 1 && !IsCjk(text[^1]) && !IsCjk(word.Text[0]))
            {
                text.Append(' ');
            }

            first ??= word;
            text.Append(word.Text);
            last = word;
        }

        if (first is not null && last is not null)
        {
            chunks.Add(Chunk(text.ToString(), first, last, words));
        }

        return new PdfLine(chunks, words.Average(w => w.CenterY));
    }

    private static PdfChunk Chunk(string text, PdfWord first, PdfWord last, List<PdfWord> line)
    {
        var members = line.Where(w => w.XMin >= first.XMin && w.XMax <= last.XMax);
        var center = members.Any() ? members.Average(w => w.CenterY) : first.CenterY;
        return new PdfChunk(text, first.XMin, Math.Max(first.XMax, last.XMax), center);
    }

    private static bool IsCjk(char c) => c >= '\u2E80' || c is '“' or '”';
}
