using System.Net;
using System.Text.RegularExpressions;
using Gongkai.Data;
using Gongkai.Domain.Requests;
using Gongkai.Web.Tests.Infrastructure;

namespace Gongkai.Web.Tests.Workspace;

/// <summary>Requests put straight into the app's database, and the request page's forms posted as a browser does.</summary>
internal static partial class Requests
{
    public const int City = 2;

    public static async Task<string> AddAsync(GongkaiApp app, int agencyId, DateOnly receivedOn, string description, string name = "王小明")
    {
        _ = app.Services; // starts the host, which migrates the database and loads the demo region
        var policy = RequestPolicy.Official(app.Clock);
        var code = TrackingCodes.New(receivedOn.Year);
        var applicant = new ApplicantDetails(ApplicantKind.NaturalPerson, name, "110101199003071234", "13812345678", "示范市人民路1号", null);
        var registered = new Registered(receivedOn, code, applicant.ToApplicant(), new RequestedInformation(description, InformationForm.Electronic, ReceivingMethod.Email), SubmissionChannel.InPerson);
        var request = DisclosureRequest.Register(registered, policy).Value!;
        await using var db = app.Database();
        db.Requests.Add(RequestLog.Create(request, agencyId, applicant, "test", app.Clock.GetUtcNow()));
        await db.SaveChangesAsync();
        return code;
    }

    public static async Task<RequestRecord> LoadAsync(GongkaiApp app, string code)
    {
        await using var db = app.Database();
        return db.Requests.Single(r => r.TrackingCode == code);
    }

    public static async Task<int> VersionAsync(HttpClient client, string code) =>
        int.Parse(Version().Match(await client.GetStringAsync($"/workspace/requests/{code}")).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Posts one step form of the request page with the given version (the page's current one when null).</summary>
    public static async Task<HttpResponseMessage> StepAsync(HttpClient client, string code, string type, Dictionary<string, string>? fields = null, int? version = null)
    {
        var form = new Dictionary<string, string>(fields ?? []) { ["Step.Type"] = type };
        form["Step.Version"] = (version ?? await VersionAsync(client, code)).ToString(System.Globalization.CultureInfo.InvariantCulture);
        return await Staff.PostFormAsync(client, $"/workspace/requests/{code}", form);
    }

    [GeneratedRegex("name=\"Step.Version\" value=\"(\\d+)\"")]
    private static partial Regex Version();
}
