using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Gongkai.Documents.Docx;
using Gongkai.Documents.Tests.Writers;
using Gongkai.Documents.Writers;

namespace Gongkai.Documents.Tests.Docx;

/// <summary>Word documents: gridSpan/vMerge grids, automatic numbering of headings, broken packages.</summary>
public sealed class DocxReaderTests
{
    [Fact]
    public void Merged_cells_of_the_official_table_three_give_one_line_per_row()
    {
        var text = DocxReportReader.ToText(DocxReportWriter.Write(TruthReports.Load("hongze-2023.truth.json")));
        var lines = text.Split('\n');
        Assert.Contains("一、本年新收政府信息公开申请数量\t21\t0\t0\t0\t0\t0\t21", lines);
        Assert.Contains("三、本年度办理结果\t（一）予以公开\t0\t0\t0\t0\t0\t0\t0", lines);
        Assert.Contains("\t（三）不予公开\t1.属于国家秘密\t1\t0\t0\t0\t0\t0\t1", lines);
        Assert.Contains("\t\t6.属于四类过程性信息\t1\t0\t0\t0\t0\t0\t1", lines);
        Assert.Contains("10\t1\t0\t0\t0\t0\t0\t0\t0\t0\t5\t0\t0\t0\t0", lines);
    }

    [Fact]
    public void Automatically_numbered_headings_get_their_labels()
    {
        using var stream = new MemoryStream();
        using (var doc = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = doc.AddMainDocumentPart();
            var numbering = main.AddNewPart<NumberingDefinitionsPart>();
            numbering.Numbering = new Numbering(
                new AbstractNum(
                    new Level(new StartNumberingValue { Val = 1 }, new NumberingFormat { Val = NumberFormatValues.ChineseCounting }, new LevelText { Val = "%1、" }) { LevelIndex = 0 },
                    new Level(new StartNumberingValue { Val = 1 }, new NumberingFormat { Val = NumberFormatValues.ChineseCounting }, new LevelText { Val = "（%2）" }) { LevelIndex = 1 })
                { AbstractNumberId = 1 },
                new NumberingInstance(new AbstractNumId { Val = 1 }) { NumberID = 7 });
            main.Document = new Document(new Body(
                Numbered("总体情况", 0), Numbered("主动公开", 1), Numbered("依申请公开", 1), Numbered("主动公开政府信息情况", 0), new Paragraph(new Run(new DocumentFormat.OpenXml.Wordprocessing.Text("正文")))));
        }

        var text = DocxReportReader.ToText(stream.ToArray());
        Assert.Equal("一、总体情况\n（一）主动公开\n（二）依申请公开\n二、主动公开政府信息情况\n正文\n", text);
    }

    [Fact]
    public void Corrupt_docx_gets_a_clear_error()
    {
        var bytes = DocxReportWriter.Write(TruthReports.Load("hongze-2024.truth.json"));
        var result = ReportReader.Read("cut.docx", bytes[..(bytes.Length / 2)]);
        Assert.False(result.Succeeded);
        Assert.Contains("DOCX 文件已损坏", result.Error, StringComparison.Ordinal);
    }

    private static Paragraph Numbered(string text, int level) => new(
        new ParagraphProperties(new NumberingProperties(new NumberingLevelReference { Val = level }, new NumberingId { Val = 7 })),
        new Run(new DocumentFormat.OpenXml.Wordprocessing.Text(text)));
}
