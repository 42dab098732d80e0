using System.Globalization;
using System.Xml;

namespace Gongkai.Documents.Pdf;

/// <summary>One word of a PDF page as <c>pdftotext -bbox-layout</c> places it, in points from the top-left corner.</summary>
internal sealed record PdfWord(string Text, double XMin, double YMin, double XMax, double YMax)
{
    public double CenterY => (YMin + YMax) / 2;

    public double Height => YMax - YMin;
}

/// <summary>One page's words in the order pdftotext gives them.</summary>
internal sealed record PdfPage(double Height, IReadOnlyList<PdfWord> Words);

/// <summary>Reads the XHTML of <c>pdftotext -bbox-layout</c> (poppler-utils): &lt;page&gt; elements holding &lt;word&gt; boxes.</summary>
internal static class PdfWords
{
    /// <summary>The pages and their words, or null when the text is not the XHTML pdftotext writes.</summary>
    public static IReadOnlyList<PdfPage>? Parse(string xhtml)
    {
        ArgumentNullException.ThrowIfNull(xhtml);
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore, XmlResolver = null, IgnoreWhitespace = true };
        var pages = new List<PdfPage>();
        List<PdfWord>? words = null;
        var height = 0d;
        try
        {
            using var reader = XmlReader.Create(new StringReader(Sanitize(xhtml)), settings);
            // ReadElementContentAsString leaves the reader on the node after the word: read on only where it did not.
            var advanced = false;
            while (advanced || reader.Read())
            {
                advanced = false;
                if (reader.NodeType != XmlNodeType.Element)
                {
                    continue;
                }

                if (reader.LocalName == "page")
                {
                    if (words is not null)
                    {
                        pages.Add(new PdfPage(height, words));
                    }

                    words = [];
                    height = Number(reader.GetAttribute("height"));
                }
                else if (reader.LocalName == "word" && words is not null)
                {
                    var (x0, y0, x1, y1) = (Number(reader.GetAttribute("xMin")), Number(reader.GetAttribute("yMin")),
                        Number(reader.GetAttribute("xMax")), Number(reader.GetAttribute("yMax")));
                    var text = reader.ReadElementContentAsString().Trim();
                    advanced = true;
                    if (text.Length > 0 && x1 >= x0 && y1 >= y0)
                    {
                        words.Add(new PdfWord(text, x0, y0, x1, y1));
                    }
                }
            }
        }
        catch (XmlException)
        {
            return null;
        }

        if (words is not null)
        {
            pages.Add(new PdfPage(height, words));
        }

        return pages;
    }

    /// <summary>
    /// pdftotext writes control characters as it finds them (the title of 淮安市洪泽区's 2023 report is a garbled
    /// metadata string), which XML does not allow: they become spaces.
    /// </summary>
    private static string Sanitize(string xhtml) =>
        string.Create(xhtml.Length, xhtml, (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                var c = source[i];
                span[i] = c < ' ' && c is not ('\t' or '\n' or '\r') || c is '\uFFFE' or '\uFFFF' ? ' ' : c;
            }
        });

    private static double Number(string? text) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value) ? value : 0;
}
