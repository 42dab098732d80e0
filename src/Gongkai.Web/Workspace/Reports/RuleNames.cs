namespace Gongkai.Web.Workspace.Reports;

/// <summary>The report rules by code, as the workspace names them (statutory-rules §2).</summary>
internal static class RuleNames
{
    public static string Of(string code) => code switch
    {
        "template.outdated" => "使用现行年度报告格式（国办公开办函〔2021〕30号）",
        "structure.missingTable" => "表二、表三、表四齐全",
        "structure.missingRow" => "各表行项目齐全",
        "value.negative" => "数值不为负数",
        "applications.columnTotal" => "表三各行“总计”列等于各类申请人之和",
        "applications.outcomeTotal" => "表三“（七）总计”等于各办理结果之和",
        "applications.balance" => "表三勾稽关系：第一项加第二项之和等于第三项加第四项之和",
        "reviewLitigation.total" => "表四各组“总计”等于各结果之和",
        "applications.carryOver" => "表三“上年结转”等于上年报告“结转下年度继续办理”",
        "proactive.validCount" => "表二“现行有效件数”等于上年现行有效件数加本年制发件数减本年废止件数",
        _ => code,
    };
}
