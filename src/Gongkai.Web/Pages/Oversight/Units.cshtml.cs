using Gongkai.Data;
using Gongkai.Domain;
using Gongkai.Web.Oversight;
using Gongkai.Web.Oversight.Intake;
using Gongkai.Web.Oversight.Units;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Pages.Oversight;

/// <summary>单位名录: the tree of units in scope, imported and exported as XLSX or CSV, with a template to fill in.</summary>
public sealed class UnitsModel(GongkaiDb db) : PageModel
{
    private const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    internal OversightScope Scope { get; private set; } = null!;

    internal IReadOnlyList<Agency> Units { get; private set; } = [];

    internal int TopDepth { get; private set; }

    internal Result<UnitImport>? Outcome { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnGetExportAsync(string? format, CancellationToken cancellationToken)
    {
        Scope = await OversightScope.ForAsync(db, User, cancellationToken);
        var rows = await UnitRegister.ExportAsync(db, Scope, cancellationToken);
        return format == "csv"
            ? File(UnitRegister.ToCsv(rows), "text/csv; charset=utf-8", "单位名录.csv")
            : File(UnitRegister.ToXlsx(rows), Xlsx, "单位名录.xlsx");
    }

    public async Task<IActionResult> OnGetTemplateAsync(string? format, CancellationToken cancellationToken)
    {
        Scope = await OversightScope.ForAsync(db, User, cancellationToken);
        var rows = UnitRegister.Template(Scope.AgencyName);
        return format == "csv"
            ? File(UnitRegister.ToCsv(rows), "text/csv; charset=utf-8", "单位名录模板.csv")
            : File(UnitRegister.ToXlsx(rows), Xlsx, "单位名录模板.xlsx");
    }

    public async Task<IActionResult> OnPostAsync(IFormFile? file, CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        if (!Scope.CanImport)
        {
            return Forbid();
        }

        if (file is null || file.Length == 0)
        {
            Outcome = Result.Fail<UnitImport>("请选择单位名录文件（.xlsx 或 .csv）");
            return Page();
        }

        var upload = await UploadedFile.ReadAsync(file, cancellationToken);
        var read = UnitRegister.ReadFile(upload.Name, upload.Bytes);
        Outcome = read.Value is { } rows
            ? await UnitRegister.ImportAsync(db, Scope, rows, cancellationToken)
            : read.As<UnitImport>();
        db.ChangeTracker.Clear();
        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Scope = await OversightScope.ForAsync(db, User, cancellationToken);
        Units = await Scope.Units(db).AsNoTracking().OrderBy(u => u.TreePath).ToListAsync(cancellationToken);
        TopDepth = Units.Count == 0 ? 0 : Units.Min(u => Depth(u));
    }

    internal static int Depth(Agency unit) => unit.TreePath.Count(c => c == '/') - 1;
}
