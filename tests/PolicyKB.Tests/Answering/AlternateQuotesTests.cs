using PolicyKB.Answering.Answers;
using PolicyKB.Answering.Verification;

namespace PolicyKB.Tests.Answering;

/// <summary>
/// Answer or refuse over the ranked quotes (issue #11): a first pick the checks refuse gives way to the next quote that
/// passes them, and the answer is the refusal only when none does.
/// </summary>
public sealed class AlternateQuotesTests
{
    /// <summary>The checks of these tests: a quote holding no date is refused.</summary>
    private static DraftAnswer Checks(DraftAnswer draft) =>
        draft.Text.Contains("ngày 30/11/2025", StringComparison.Ordinal) ? draft : Refusals.Create(AnswerModes.Extractive, "Không nêu thời hạn.", []);

    private static DraftAnswer Quote(string sentence) => new($"Trích từ văn bản:\n«{sentence}» [1]", AnswerModes.Extractive, [], Refused: false);

    [Fact]
    public void A_refused_first_pick_gives_way_to_the_next_quote_that_passes_the_checks()
    {
        var draft = Quote("Ngày 22/10/2025, Phó Thủ tướng chủ trì cuộc họp.") with
        {
            Alternates = [Quote("Cơ quan thanh tra khẩn trương hoàn thành việc thanh tra."), Quote("Thời hạn hoàn thành: trước ngày 30/11/2025.")],
        };

        var result = AlternateQuotes.Apply(draft, Checks);

        Assert.False(result.Refused);
        Assert.Contains("trước ngày 30/11/2025", result.Text);
    }

    [Fact]
    public void A_first_pick_that_passes_is_kept_before_any_alternate()
    {
        var draft = Quote("Hoàn thành trước ngày 30/11/2025.") with { Alternates = [Quote("Báo cáo trước ngày 30/11/2025 kết quả.")] };

        Assert.Same(draft, AlternateQuotes.Apply(draft, Checks));
    }

    [Fact]
    public void When_no_quote_passes_the_answer_is_the_refusal_of_the_first()
    {
        var draft = Quote("Ngày 22/10/2025 họp.") with { Alternates = [Quote("Cơ quan thanh tra hoàn thành.")] };

        var result = AlternateQuotes.Apply(draft, Checks);

        Assert.True(result.Refused);
        Assert.Contains("Không nêu thời hạn.", result.Text);
    }

    [Fact]
    public void Only_the_first_few_alternates_are_tried()
    {
        var weak = Enumerable.Range(0, AlternateQuotes.MaxTried).Select(i => Quote($"Câu {i} không nêu thời hạn."));
        var draft = Quote("Ngày 22/10/2025 họp.") with { Alternates = [.. weak, Quote("Hoàn thành trước ngày 30/11/2025.")] };

        Assert.True(AlternateQuotes.Apply(draft, Checks).Refused);
    }
}
