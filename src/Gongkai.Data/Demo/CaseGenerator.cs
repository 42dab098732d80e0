using System.Globalization;
using Gongkai.Domain.Requests;

namespace Gongkai.Data.Demo;

/// <summary>One generated case: the request, the applicant's details as the form gave them, and any appeal.</summary>
public sealed record GeneratedCase(DisclosureRequest Request, ApplicantDetails Applicant, Appeal? Appeal);

/// <summary>
/// Plausible request histories for demonstrations and benchmarks: a seeded walk through the steps an office really
/// takes (补正, 征求意见, 延期, 收费, 答复, 送达, 撤回), every step offered to the domain and kept only when the law
/// allows it, and stopped at today, so recent requests are left in every open state.
/// </summary>
public sealed class CaseGenerator(int seed, RequestPolicy policy)
{
    private static readonly string[] Surnames = ["王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙", "马", "朱", "胡", "郭"];
    private static readonly string[] Given = ["伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "涛", "明", "超", "秀英", "建华", "志强", "海燕"];
    private static readonly string[] Companies = ["某某建设工程有限公司", "某某科技股份有限公司", "某某环境研究院", "某某公益基金会", "某某律师事务所", "某某村股份经济合作社"];
    private static readonly string[] Subjects =
    [
        "{0}年某片区房屋征收补偿方案及补偿标准", "{0}年某道路拓宽工程的立项批复文件", "某地块国有建设用地使用权出让合同",
        "{0}年度本单位部门预算及“三公”经费决算", "某小区周边变电站建设项目的环境影响评价文件", "某企业排污许可证及监督性监测报告",
        "{0}年义务教育阶段学校招生划片方案", "某村集体土地征收的征地公告及补偿安置方案", "某行政处罚决定书（处罚对象为本人）",
        "{0}年城市更新项目的规划许可文件", "某河道整治工程的招标文件及中标结果", "某养老服务补贴的发放名单及标准",
    ];

    private static readonly Outcome[] Decisions =
    [
        Outcome.Provided, Outcome.Provided, Outcome.Provided, Outcome.AlreadyPublished, Outcome.AlreadyPublished,
        Outcome.PartiallyDisclosed, Outcome.NotExist, Outcome.NotExist, Outcome.NotThisAgency, Outcome.NeedsCreation,
        Outcome.ProcessInformation, Outcome.InternalAffairs, Outcome.ThirdPartyRights, Outcome.PetitionOrComplaint,
        Outcome.Duplicate, Outcome.AdministrativeQuery, Outcome.StateSecret, Outcome.LawEnforcementFiles,
    ];

    private readonly Random _rng = new(seed);
    private readonly Dictionary<int, int> _letterNumbers = [];
    private Func<int, string>? _letterNumber;

    /// <summary>
    /// A case received on a day between <paramref name="from"/> and today, walked as far as today allows;
    /// <paramref name="trackingCode"/> gives its code from the day it was received.
    /// </summary>
    /// <remarks>
    /// <paramref name="letterNumber"/> gives the 文号 of a letter signed in a year (the agency's series); without it the
    /// demo's letters are numbered in a "示例公开" series of their own.
    /// </remarks>
    public GeneratedCase Next(Func<DateOnly, string> trackingCode, DateOnly from, Func<int, string>? letterNumber = null)
    {
        _letterNumber = letterNumber;
        ArgumentNullException.ThrowIfNull(trackingCode);
        var today = policy.Today;
        var received = from.AddDays(_rng.Next(0, Math.Max(1, today.DayNumber - from.DayNumber + 1)));
        var applicant = NewApplicant();
        var online = _rng.Next(0, 3) == 0;
        var registration = new Registered(
            received,
            trackingCode(received),
            applicant.ToApplicant(),
            new RequestedInformation(
                string.Format(CultureInfo.InvariantCulture, Subjects[_rng.Next(Subjects.Length)], received.Year - _rng.Next(0, 3)),
                (InformationForm)_rng.Next(0, 2),
                (ReceivingMethod)_rng.Next(0, 4)),
            online ? SubmissionChannel.Online : (SubmissionChannel)_rng.Next(0, 3),
            online ? received : null);
        var request = DisclosureRequest.Register(registration, policy).Value
            ?? throw new InvalidOperationException("A generated registration was refused.");
        request = Walk(request);
        return new GeneratedCase(request, applicant, AppealAgainst(request));
    }

    private DisclosureRequest Walk(DisclosureRequest r)
    {
        var roll = _rng.Next(0, 100);
        if (roll < 8)
        {
            r = Try(r, new CorrectionRequested(Work(r.ReceivedOn, 1, 6), "请补充所需信息的名称、文号或者其他特征性描述", r.ReceivedOn.AddDays(30)));
            if (r.Status != RequestStatus.AwaitingCorrection)
            {
                return r;
            }

            if (_rng.Next(0, 4) == 0)
            {
                return Try(r, new CorrectionLapsed(r.Deadlines.CorrectionDue!.Value.AddDays(1)));
            }

            r = Try(r, new CorrectionReceived(r.Events[^1].On.AddDays(_rng.Next(2, 20))));
        }
        else if (roll < 13)
        {
            r = Try(r, new ConsultationOpened(Work(r.ReceivedOn, 2, 8), ConsultedParty.ThirdParty, Companies[_rng.Next(Companies.Length)]));
            if (r.Status == RequestStatus.Consulting)
            {
                r = Try(r, new ConsultationAnswered(Work(r.Events[^1].On, 3, 14), "不同意公开涉及本公司商业秘密的部分"));
            }
        }
        else if (roll < 18)
        {
            r = Try(r, new ExtensionApproved(Work(r.ReceivedOn, 15, 19), 20, "政务公开办负责人", "所申请信息涉及多个科室，需调取档案逐件检索"));
        }
        else if (roll < 21)
        {
            var on = Work(r.ReceivedOn, 3, 10);
            r = Try(r, new FeeNoticeIssued(on, InformationProcessingFee.ByVolume(_rng.Next(120, 600)), on.AddDays(20)));
            if (r.Status == RequestStatus.AwaitingPayment)
            {
                r = _rng.Next(0, 3) == 0 ? Try(r, new FeeLapsed(on.AddDays(21))) : Try(r, new FeePaid(on.AddDays(_rng.Next(1, 15))));
            }
        }
        else if (roll < 24)
        {
            return Try(r, new Withdrawn(r.ReceivedOn.AddDays(_rng.Next(1, 12))));
        }

        if (r.Status != RequestStatus.InProgress)
        {
            return r;
        }

        // Most offices answer well inside the period; a few answer late, which the lists flag as 已超期.
        var due = r.Deadlines.AnswerDue!.Value;
        var last = r.Events[^1].On;
        var decidedOn = _rng.Next(0, 40) == 0 ? due.AddDays(_rng.Next(1, 10)) : Work(last, 1, Math.Max(2, policy.Calendar.WorkingDaysBetween(last, due)));
        var outcome = r.Events.Any(e => e is CorrectionReceived) && _rng.Next(0, 5) == 0 ? Outcome.UnclearAfterCorrection : Decisions[_rng.Next(Decisions.Length)];
        r = Try(r, new Decided(decidedOn, outcome, FactsOf(outcome)));
        if (r.Status != RequestStatus.Decided)
        {
            return r;
        }

        // 拟稿、审核、签发 on the day of the decision; the demo's letters carry a 文号 series of their own.
        r = Try(r, new LetterDrafted(decidedOn, "经审查，现答复如下：（示例告知书正文）"));
        r = Try(r, new LetterReviewed(decidedOn, "政务公开办审核人"));
        var numbered = _letterNumber?.Invoke(decidedOn.Year)
            ?? DocumentNumbers.Format("示例公开", decidedOn.Year, _letterNumbers[decidedOn.Year] = _letterNumbers.GetValueOrDefault(decidedOn.Year) + 1);
        r = Try(r, new LetterSigned(decidedOn, "政务公开办负责人", numbered, "示例市人民政府", "示例市人民法院"));
        return Try(r, new Delivered(decidedOn.AddDays(_rng.Next(0, 4)), (ServiceMethod)_rng.Next(0, 2)));
    }

    // What each demo letter states (条例第三十六条): one withheld part for the 不予公开 outcomes, the place of
    // publication, the agency that holds the information.
    private static DecisionFacts FactsOf(Outcome outcome) => outcome switch
    {
        Outcome.PartiallyDisclosed => new() { Withheld = [new WithheldPart("涉及个人身份证号码、联系电话的内容", Outcome.ThirdPartyRights, "属于个人隐私，公开会对第三方合法权益造成损害")] },
        _ when DecisionFacts.WithholdingGrounds.Contains(outcome) => new() { Withheld = [new WithheldPart("所申请的全部信息", outcome, "经审查属于依法不予公开的情形")] },
        Outcome.AlreadyPublished => new() { PublishedAt = "本机关门户网站“政府信息公开”专栏" },
        Outcome.NotThisAgency => new() { HoldingAgency = "示例市自然资源和规划局", HoldingAgencyContact = "电话0000-12345678" },
        _ => new(),
    };

    // Offers the event; keeps it when the law allows it and it is not in the future.
    private static DisclosureRequest Try(DisclosureRequest r, RequestEvent e) =>
        e.On <= r.Policy.Today && r.Apply(e).Value is { } next ? next : r;

    // A period into years the calendar cannot count (before the first notice) is taken as calendar days.
    private DateOnly Work(DateOnly from, int min, int max) =>
        policy.Calendar.Covers(from, from.AddDays(3 * max + 30))
            ? policy.Calendar.AddWorkingDays(from, _rng.Next(min, max + 1))
            : from.AddDays(max);

    private ApplicantDetails NewApplicant()
    {
        var kind = _rng.Next(0, 10) < 7 ? ApplicantKind.NaturalPerson : (ApplicantKind)_rng.Next(1, 6);
        var name = kind == ApplicantKind.NaturalPerson
            ? Surnames[_rng.Next(Surnames.Length)] + Given[_rng.Next(Given.Length)]
            : Companies[(int)kind - 1];
        var id = kind == ApplicantKind.NaturalPerson
            ? string.Create(CultureInfo.InvariantCulture, $"3201{_rng.Next(10, 99)}{_rng.Next(1960, 2004)}{_rng.Next(1, 13):D2}{_rng.Next(1, 29):D2}{_rng.Next(100, 999)}{_rng.Next(0, 10)}")
            : string.Create(CultureInfo.InvariantCulture, $"91320100MA{_rng.Next(10000000, 99999999)}");
        var phone = string.Create(CultureInfo.InvariantCulture, $"1{_rng.Next(3, 9)}{_rng.Next(100000000, 999999999)}");
        return new ApplicantDetails(kind, name, id, phone, "江苏省南京市某区某路" + _rng.Next(1, 300) + "号", null);
    }

    private Appeal? AppealAgainst(DisclosureRequest request)
    {
        if (request.ConcludedOn is not { } concluded || request.Outcome is Outcome.Provided or Outcome.AlreadyPublished || _rng.Next(0, 6) != 0)
        {
            return null;
        }

        var filed = concluded.AddDays(_rng.Next(10, 60));
        if (filed > policy.Today)
        {
            return null;
        }

        var appeal = Appeal.File(request.Id, (AppealKind)_rng.Next(0, 3), filed);
        var ends = filed.AddDays(_rng.Next(30, 120));
        return ends <= policy.Today ? appeal.Conclude((AppealResult)_rng.Next(0, 3), ends).Value : appeal;
    }
}
