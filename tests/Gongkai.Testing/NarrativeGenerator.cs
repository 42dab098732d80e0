using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Gongkai.Domain.Reports;

namespace Gongkai.Testing;

/// <summary>
/// Generated narratives (parts 一, 五, 六) in the officialese of real reports: the same opening formula, the
/// same five sub-headings of part 一, and sentences built from a few hundred phrases, so that two units' texts
/// share the set phrases and differ in everything else, as published reports do. Also copies with a unit's name
/// replaced and a few sentences edited, as evaluators find them.
/// </summary>
public static class NarrativeGenerator
{
    public static ImmutableArray<ReportSection> Sections(Random random, string agency, int year)
    {
        ArgumentNullException.ThrowIfNull(random);
        var overview = new StringBuilder();
        overview.Append(CultureInfo.InvariantCulture, $"{year}年，{agency}坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻落实《中华人民共和国政府信息公开条例》，").Append(Pick(random, Aims)).Append("。\n");
        string[] headings = ["（一）主动公开情况。", "（二）依申请公开情况。", "（三）政府信息管理情况。", "（四）政府信息公开平台建设情况。", "（五）监督保障情况。"];
        foreach (var heading in headings)
        {
            overview.Append(heading);
            for (var s = random.Next(2, 5); s > 0; s--)
            {
                overview.Append(Sentence(random, agency, year));
            }

            overview.Append('\n');
        }

        var problems = new StringBuilder(Pick(random, ProblemOpenings));
        for (var s = random.Next(2, 4); s > 0; s--)
        {
            problems.Append(Ordinal(3 - s)).Append(Pick(random, Shortcomings)).Append(Pick(random, Focus)).Append("方面").Append(Pick(random, Gaps)).Append('。');
        }

        problems.Append('\n').Append(year + 1).Append("年，").Append(agency).Append('将');
        for (var s = random.Next(2, 4); s > 0; s--)
        {
            problems.Append(Pick(random, Actions)).Append(Pick(random, Focus)).Append(Pick(random, Objects)).Append('，');
        }

        problems.Append(Pick(random, Aims)).Append('。');
        var other = $"{year}年，{agency}{(random.Next(4) == 0 ? $"收取信息处理费{random.Next(1, 9) * 100}元" : "未收取信息处理费")}。"
            + $"{Pick(random, Channels)}{Pick(random, Actions)}人大代表建议和政协提案办理结果{random.Next(1, 60)}件。";
        return
        [
            new ReportSection(1, "一、总体情况", overview.ToString().TrimEnd()),
            new ReportSection(5, "五、存在的主要问题及改进情况", problems.ToString()),
            new ReportSection(6, "六、其他需要报告的事项", other),
        ];
    }

    /// <summary>
    /// Another unit's copy of a narrative: the name replaced, the figures changed, and <paramref name="edits"/>
    /// sentences of part 一 rewritten.
    /// </summary>
    public static ImmutableArray<ReportSection> Copy(Random random, ImmutableArray<ReportSection> sections, string from, string to, int edits, int year)
    {
        ArgumentNullException.ThrowIfNull(random);
        return [.. sections.Select(s =>
        {
            var text = Figures(random, s.Text.Replace(from, to, StringComparison.Ordinal));
            if (s.Number == 1)
            {
                var sentences = text.Split('。').ToList();
                for (var e = 0; e < edits && sentences.Count > 2; e++)
                {
                    sentences[random.Next(1, sentences.Count - 1)] = Sentence(random, to, year).TrimEnd('。');
                }

                text = string.Join("。", sentences);
            }

            return s with { Text = text };
        })];
    }

    /// <summary>A unit name unique to <paramref name="index"/> (up to 100,000): city, county and department.</summary>
    public static string UnitName(int index)
    {
        const string places = "东西南北中安平康宁和兴华新江河山海湖林青阳泉清永丰泰昌盛德明";
        var county = $"{places[index % places.Length]}{places[index / places.Length % places.Length]}{(index % 2 == 0 ? "区" : "县")}";
        var city = Cities[index / (places.Length * places.Length) % Cities.Length];
        return city + county + Departments[index / (places.Length * places.Length * Cities.Length) % Departments.Length];
    }

    private static string Sentence(Random r, string agency, int year) => r.Next(6) switch
    {
        0 => $"{Pick(r, Channels)}{Pick(r, Actions)}{Pick(r, Focus)}相关{Pick(r, Objects)}{r.Next(3, 900)}条。",
        1 => $"{Pick(r, Leads)}{Pick(r, Focus)}，{Pick(r, Actions)}{Pick(r, Objects)}，{Pick(r, Aims)}。",
        2 => $"{year}年，{agency}{Pick(r, Actions)}{Pick(r, Objects)}{r.Next(2, 300)}件，其中{Pick(r, Focus)}类{r.Next(1, 50)}件。",
        3 => $"{Pick(r, Leads)}{Pick(r, Objects)}，{Pick(r, Channels)}{Pick(r, Actions)}{Pick(r, Focus)}信息，{Pick(r, Aims)}。",
        4 => $"全年组织{Pick(r, Focus)}专题培训{r.Next(1, 12)}期，{Pick(r, Aims)}。",
        _ => $"{Pick(r, Leads)}{Pick(r, Focus)}，{Pick(r, Channels)}{Pick(r, Actions)}{Pick(r, Objects)}{r.Next(2, 80)}项。",
    };

    // Every number replaced by another of about the same size: a copy whose figures were updated.
    private static string Figures(Random r, string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            sb.Append(char.IsAsciiDigit(c) && sb.Length > 0 && !char.IsAsciiDigit(sb[^1]) && c != '2' ? (char)('1' + r.Next(9)) : c);
        }

        return sb.ToString();
    }

    private static string Ordinal(int i) => i switch { 0 => "一是", 1 => "二是", _ => "三是" };

    private static string Pick(Random r, string[] items) => items[r.Next(items.Length)];

    private static readonly string[] Cities = ["淮安市", "沈阳市", "阜新市", "朝阳市", "金昌市", "武汉市", "绍兴市", "襄阳市", "泉州市", "洛阳市", "绵阳市", "赣州市"];

    private static readonly string[] Departments =
    [
        "人民政府", "人民政府办公室", "发展和改革局", "教育局", "公安局", "民政局", "司法局", "财政局", "人力资源和社会保障局", "自然资源局",
        "生态环境局", "住房和城乡建设局", "交通运输局", "水利局", "农业农村局", "商务局", "文化和旅游局", "卫生健康委员会", "应急管理局", "审计局",
        "市场监督管理局", "统计局", "医疗保障局", "城市管理局",
    ];

    private static readonly string[] Channels =
    [
        "通过政府门户网站", "依托政务新媒体", "在政务公开专区", "通过政府公报", "借助微信公众号", "利用政务服务大厅电子屏", "通过新闻发布会",
        "在村（居）务公开栏", "依托政务服务网", "通过广播电视", "借助短视频平台", "在档案馆查阅点", "通过图书馆公共查阅点", "利用12345热线",
    ];

    private static readonly string[] Actions =
    [
        "及时发布", "集中公开", "主动公开", "动态更新", "梳理公开", "分类发布", "全面公开", "持续推送", "规范发布", "精准推送", "逐项公开",
        "同步发布", "专栏公开", "汇总公开", "跟踪公开", "深入解读", "图解发布", "全程公开", "按季度公开", "按月更新",
    ];

    private static readonly string[] Objects =
    [
        "政策文件", "规划计划", "财政预决算信息", "重大建设项目信息", "行政执法信息", "权责清单", "公共资源配置信息", "政府采购信息",
        "招标投标信息", "人事任免信息", "统计数据", "应急预案", "政策解读材料", "办事指南", "行政许可结果", "行政处罚结果", "建议提案办理结果",
        "会议纪要", "工作动态", "督查结果", "审计结果", "民生实事进展", "环境质量数据", "食品药品抽检结果", "征地补偿标准", "惠农补贴发放信息",
        "就业创业政策", "社会救助信息", "教育招生信息", "医疗卫生信息", "住房保障信息", "安置房分配信息", "安全生产事故调查报告", "价格收费标准",
    ];

    private static readonly string[] Focus =
    [
        "优化营商环境", "乡村振兴", "安全生产", "生态环境保护", "教育医疗", "疫情防控", "减税降费", "稳岗就业", "养老服务", "食品安全",
        "防汛抗旱", "城市更新", "老旧小区改造", "农村人居环境整治", "河湖长制", "耕地保护", "文明城市创建", "数字政府建设", "一网通办",
        "重点项目建设", "招商引资", "科技创新", "民营经济发展", "公共法律服务", "社会治安综合治理", "扫黑除恶", "交通运输", "水利工程",
        "文化旅游", "体育健身", "退役军人服务", "残疾人帮扶", "粮食安全", "能源保供", "消费帮扶", "物价稳定", "市场监管", "信用体系建设",
    ];

    private static readonly string[] Leads =
    [
        "围绕", "聚焦", "结合", "紧扣", "对标", "立足", "着眼", "突出", "紧盯", "强化", "深化", "坚持",
    ];

    private static readonly string[] Aims =
    [
        "切实保障人民群众的知情权、参与权、表达权和监督权", "不断提升政务公开工作质量", "有效回应社会关切", "推动政务公开标准化规范化",
        "提升政府公信力和执行力", "营造公开透明的政务环境", "助力经济社会高质量发展", "增强政策知晓度和满意度", "确保信息发布准确及时",
        "推动决策科学化民主化", "让权力在阳光下运行", "进一步提高办事效率",
    ];

    private static readonly string[] ProblemOpenings =
    [
        "政府信息公开工作虽取得一定成效，但仍存在一些不足：", "对照上级要求和群众期盼，工作中还存在差距：", "回顾全年工作，仍存在以下问题：",
        "在肯定成绩的同时，也清醒地看到存在的不足：",
    ];

    private static readonly string[] Shortcomings = ["部分单位在", "个别部门对", "基层工作人员在", "信息发布在", "政策解读在", "依申请公开办理在"];

    private static readonly string[] Gaps =
    [
        "重视程度不够", "公开内容不够全面", "更新不够及时", "解读形式单一", "业务能力有待提升", "工作机制尚不健全", "互动回应不够充分",
        "标准化规范化程度不高", "信息质量参差不齐", "监督考核力度不足",
    ];
}
