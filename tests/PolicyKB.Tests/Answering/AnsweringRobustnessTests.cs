using System.Text;
using PolicyKB.Answering;
using PolicyKB.Answering.Answers;
using PolicyKB.Answering.Conversations;
using PolicyKB.Answering.Questions;
using PolicyKB.Answering.Text;
using PolicyKB.Answering.Verification;

namespace PolicyKB.Tests.Answering;

/// <summary>Analysis code never throws: random text, huge lines, empty strings, lone surrogates, combining marks.</summary>
public sealed class AnsweringRobustnessTests(SeedKnowledgeBase kb) : IClassFixture<SeedKnowledgeBase>
{
    private static IEnumerable<string> Inputs()
    {
        yield return "";
        yield return " ";
        yield return "?";
        yield return new string('a', 100_000);
        yield return string.Concat(Enumerable.Repeat("25-CT/TW ", 5_000));
        yield return "«««»»» [999999999999] “” […] \n\n\n";
        yield return "\uD800\uDC00\uD800 \u0301\u0303 đ̣̣̣ ";
        yield return "Còn Hà Tĩnh thì sao? năm 2021 năm 2022 bao nhiêu phần trăm %%% mấy";
        var random = new Random(20240521);
        for (var i = 0; i < 200; i++)
        {
            var length = random.Next(0, 400);
            var sb = new StringBuilder(length);
            for (var k = 0; k < length; k++)
            {
                sb.Append(random.Next(10) switch
                {
                    0 => (char)random.Next(0, 0x20),
                    1 => (char)random.Next(0xD800, 0xE000),
                    2 => "ăâêôơưđĐàáảãạ«»“”[]/-.,;:%0123456789"[random.Next(36)],
                    3 => ' ',
                    _ => (char)random.Next(0x20, 0x2FFF),
                });
            }
            yield return sb.ToString();
        }
    }

    [Fact]
    public void Question_analysis_and_rewriting_never_throw()
    {
        var knowledge = kb.Snapshot();
        var analyzer = QuestionAnalyzer.CreateDefault();
        var rewriter = new FollowUpRewriter();
        var history = new[] { new ChatTurn("Năm 2021 Thanh Hóa đặt chỉ tiêu bao nhiêu bác sỹ trên vạn dân?", "…") };
        foreach (var input in Inputs())
        {
            analyzer.Analyze(input, knowledge);
            analyzer.Analyze(rewriter.Rewrite(input, history, knowledge), knowledge);
        }
    }

    [Fact]
    public void Text_helpers_and_the_gate_never_throw()
    {
        var knowledge = kb.Snapshot();
        var gate = new AnswerGate();
        GateSource[] sources = [new(1, "Số bác sỹ/vạn dân: 11,5 người.", "", null)];
        foreach (var input in Inputs())
        {
            SyllableKeys.Keys(input);
            SyllableKeys.Keys(input, fold: true);
            SentenceSplitter.Split(input);
            PlaceNames.Find(input, knowledge.PlaceKeys);
            Quotes.Window(input, input.Length / 2, 3);
            gate.Verify(input, sources, knowledge);
            gate.Verify(input, [new(1, input, input, null)], knowledge);
        }
    }

    [Fact]
    public async Task The_service_answers_or_rejects_any_question_without_crashing()
    {
        foreach (var input in Inputs().Take(60))
        {
            try
            {
                var result = await kb.Service.AnswerAsync(new AnswerRequest(input));
                Assert.NotNull(result.Answer);
            }
            catch (AnsweringException)
            {
                // Empty or over-long questions are rejected with a Vietnamese message.
            }
        }
    }
}
