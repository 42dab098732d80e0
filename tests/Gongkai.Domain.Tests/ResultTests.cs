namespace Gongkai.Domain.Tests;

public sealed class ResultTests
{
    [Fact]
    public void A_success_has_its_value_and_no_reason()
    {
        var ok = Result.Ok("表二");
        Assert.True(ok.IsSuccess);
        Assert.Equal("表二", ok.Value);
        Assert.Null(ok.Error);
        Assert.Empty(ok.Messages);
        Assert.Equal("表二（已读）", ok.Map(v => v + "（已读）").Value);
    }

    [Fact]
    public void A_failure_keeps_its_reason_and_kind_when_passed_on()
    {
        var refused = Result.Fail<string>("未找到该申请", FailureKind.NotFound);
        var passed = refused.As<object>();
        Assert.False(passed.IsSuccess);
        Assert.Null(passed.Value);
        Assert.Equal(("未找到该申请", FailureKind.NotFound), (passed.Error, passed.Kind));
        Assert.Equal(["未找到该申请"], refused.Map(v => v.Length.ToString(System.Globalization.CultureInfo.InvariantCulture)).Messages);
        Assert.Throws<InvalidOperationException>(() => Result.Ok("x").As<object>());
    }

    [Fact]
    public void A_form_failure_says_each_field_and_joins_them_for_one_line()
    {
        var form = Result.Fail<string>(new Dictionary<string, string[]> { ["name"] = ["请填写姓名"], ["phone"] = ["联系电话格式不正确"] });
        Assert.Equal("请填写姓名；联系电话格式不正确", form.Error);
        Assert.Equal(["请填写姓名", "联系电话格式不正确"], form.Messages);
        Assert.Equal(["联系电话格式不正确"], form.FieldErrors["phone"]);

        var unnamed = Result.Fail<string>(["第2行：缺少年份", "第5行：日期无效"]);
        Assert.Equal(["第2行：缺少年份", "第5行：日期无效"], unnamed.Messages);
        Assert.Equal(FailureKind.Invalid, unnamed.Kind);
        Assert.Throws<ArgumentException>(() => Result.Fail<string>(Array.Empty<string>()));
    }
}
