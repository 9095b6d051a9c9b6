using PolicyKB.Answering.Answers;
using PolicyKB.Answering.Verification;

namespace PolicyKB.Tests.Answering;

/// <summary>
/// A quoted answer the gate emptied (every quote failed verification) answers nothing and becomes the refusal (issue #11),
/// where it used to be shown as a source line with nothing quoted.
/// </summary>
public sealed class NothingQuotedTests
{
    private static readonly DraftAnswer Quoted = new("Trích từ văn bản:\n«Hà Nội có 12 dự án.» [1]\n— Nguồn: Công điện 230/CĐ-TTg, phần đầu.", AnswerModes.Extractive, [], Refused: false);

    private static GatedAnswer Gated(bool verified) => new("Trích từ văn bản:\n— Nguồn: Công điện 230/CĐ-TTg, phần đầu.", VerificationReport.Empty, verified);

    [Fact]
    public void A_quoted_answer_left_with_no_verified_quote_is_refused()
    {
        Assert.True(NothingQuoted.Left(Quoted, Gated(verified: false)));
        var refusal = NothingQuoted.Refusal(Quoted);
        Assert.True(refusal.Refused);
        Assert.StartsWith(AnswerResult.NotFound, refusal.Text);
    }

    [Fact]
    public void A_quoted_answer_keeping_a_verified_quote_stands() => Assert.False(NothingQuoted.Left(Quoted, Gated(verified: true)));

    [Fact]
    public void A_refusal_or_a_graph_answer_is_not_read()
    {
        Assert.False(NothingQuoted.Left(Quoted with { Refused = true }, Gated(verified: false)));
        Assert.False(NothingQuoted.Left(Quoted with { Mode = AnswerModes.Graph }, Gated(verified: false)));
    }
}
