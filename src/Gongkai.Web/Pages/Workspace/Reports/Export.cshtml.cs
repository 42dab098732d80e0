using System.Text;
using Gongkai.Data;
using Gongkai.Documents.Writers;
using Gongkai.Domain.Requests;
using Gongkai.Web.Infrastructure;
using Gongkai.Web.Workspace.Reports;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Net.Http.Headers;

namespace Gongkai.Web.Pages.Workspace.Reports;

/// <summary>导出: the year's report as a Word document for publication, or as a print-ready web page.</summary>
public sealed class ExportModel(GongkaiDb db, RequestPolicy policy) : PageModel
{
    public const string DocxType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    public async Task<IActionResult> OnGetAsync(int year, string format, CancellationToken cancellationToken)
    {
        if (year < 2008 || year > policy.Today.Year || format is not ("docx" or "html"))
        {
            return NotFound();
        }

        var (report, _, _) = await LoadAnnualReport.BuildAsync(db, User.AgencyId(), year, cancellationToken);
        if (format == "html")
        {
            return Content(HtmlReportWriter.Write(report), "text/html; charset=utf-8", Encoding.UTF8);
        }

        // RFC 6266 / RFC 5987: the Chinese file name as filename*=UTF-8''…, with an ASCII fallback.
        var disposition = new ContentDispositionHeaderValue("attachment") { FileName = $"report-{year}.docx" };
        disposition.SetHttpFileName($"{report.Agency}{year}年政府信息公开工作年度报告.docx");
        Response.Headers.ContentDisposition = disposition.ToString();
        return File(DocxReportWriter.Write(report), DocxType);
    }
}
