using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Gongkai.Documents.Writers;

/// <summary>
/// Fonts, default styles and paragraph building for <see cref="DocxReportWriter"/>. The 公文 fonts (方正小标宋简体,
/// 黑体, 仿宋_GB2312, 宋体) are named as Chinese offices expect them; the font table gives each an alternative that a
/// Linux desktop has (Noto Serif/Sans CJK SC), so LibreOffice renders serif text in a serif CJK face.
/// </summary>
internal static class DocxStyles
{
    // A4 with the 公文 margins (《党政机关公文格式》5.2.1), in twentieths of a point.
    private const int PageWidth = 11906, PageHeight = 16838, MarginTop = 2098, MarginBottom = 1984, MarginLeft = 1587, MarginRight = 1474;

    internal const int TextWidth = PageWidth - MarginLeft - MarginRight;

    internal static SectionProperties GongwenPage() => new(
        new PageSize { Width = PageWidth, Height = PageHeight },
        new PageMargin { Top = MarginTop, Bottom = MarginBottom, Left = (uint)MarginLeft, Right = (uint)MarginRight, Header = 851, Footer = 992, Gutter = 0 });

    public const string TitleFont = "方正小标宋简体";
    public const string HeadingFont = "黑体";
    public const string BodyFont = "仿宋_GB2312";
    public const string TableFont = "宋体";

    private const string LatinFont = "Times New Roman";

    private static readonly (string Name, string Alternative, FontFamilyValues Family)[] Fonts =
    [
        (TitleFont, "Noto Serif CJK SC", FontFamilyValues.Roman),
        (HeadingFont, "Noto Sans CJK SC", FontFamilyValues.Swiss),
        (BodyFont, "Noto Serif CJK SC", FontFamilyValues.Roman),
        (TableFont, "Noto Serif CJK SC", FontFamilyValues.Roman),
    ];

    public static void Add(MainDocumentPart main)
    {
        var styles = main.AddNewPart<StyleDefinitionsPart>();
        styles.Styles = new Styles(new DocDefaults(
            new RunPropertiesDefault(new RunPropertiesBaseStyle(
                new RunFonts { Ascii = LatinFont, HighAnsi = LatinFont, EastAsia = BodyFont, ComplexScript = LatinFont },
                new FontSize { Val = "32" }, new Languages { Val = "en-US", EastAsia = "zh-CN" })),
            new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(new SpacingBetweenLines { After = "0", Before = "0" }))));
        styles.Styles.Save();

        var fonts = main.AddNewPart<FontTablePart>();
        fonts.Fonts = new DocumentFormat.OpenXml.Wordprocessing.Fonts(Fonts.Select(f => new Font(
            new AltName { Val = f.Alternative },
            new FontCharSet { Val = "86" },
            new FontFamily { Val = f.Family },
            new Pitch { Val = FontPitchValues.Variable })
        { Name = f.Name }));
        fonts.Fonts.Save();
    }

    /// <summary>
    /// One paragraph in one font: <paramref name="size"/> in half-points (44 = 二号, 32 = 三号, 21 = 五号, 18 = 小五);
    /// body text indented two characters with the fixed 28-point line of 公文.
    /// </summary>
    public static Paragraph Paragraph(string text, string font, int size, bool bold, bool center, bool indent, bool exactLine = true)
    {
        var props = new ParagraphProperties();
        if (exactLine)
        {
            props.Append(new SpacingBetweenLines { Line = "560", LineRule = LineSpacingRuleValues.Exact, Before = "0", After = "0" });
        }

        if (indent)
        {
            props.Append(new Indentation { FirstLineChars = 200, FirstLine = (size * 20).ToString(System.Globalization.CultureInfo.InvariantCulture) });
        }

        props.Append(new Justification { Val = center ? JustificationValues.Center : (indent ? JustificationValues.Both : JustificationValues.Left) });
        var runProps = new RunProperties(new RunFonts { Ascii = LatinFont, HighAnsi = LatinFont, EastAsia = font, Hint = FontTypeHintValues.EastAsia }, new FontSize { Val = size.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        if (bold)
        {
            runProps.Append(new Bold());
        }

        var paragraph = new Paragraph(props);
        if (text.Length > 0)
        {
            paragraph.Append(new Run(runProps, new DocumentFormat.OpenXml.Wordprocessing.Text(text) { Space = DocumentFormat.OpenXml.SpaceProcessingModeValues.Preserve }));
        }

        return paragraph;
    }
}
