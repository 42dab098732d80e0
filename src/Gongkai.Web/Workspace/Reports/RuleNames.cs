using Gongkai.Domain.Reports.Rules;

namespace Gongkai.Web.Workspace.Reports;

/// <summary>The report rules by code, as the workspace names them: each rule's own Chinese name.</summary>
internal static class RuleNames
{
    public static string Of(string code) => ReportRules.NameOf(code) ?? code;
}
