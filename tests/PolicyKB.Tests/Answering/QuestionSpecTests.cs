using PolicyKB.Answering.Questions;
using PolicyKB.Tests.Support;

namespace PolicyKB.Tests.Answering;

/// <summary>Specs/Questions.md: how questions are read (intent, places, years, named documents, unit and measure asked).</summary>
public sealed class QuestionSpecTests(SeedKnowledgeBase kb) : IClassFixture<SeedKnowledgeBase>
{
    public static TheoryData<string> Cases => SpecFile.Names("Questions.md");

    [Theory]
    [MemberData(nameof(Cases))]
    public void Spec(string name)
    {
        var example = SpecFile.Get("Questions.md", name);
        var analysis = QuestionAnalyzer.CreateDefault().Analyze(example.Input, kb.Snapshot());

        Assert.Equal(example.Expected, Dump(analysis));
    }

    private static string Dump(QuestionAnalysis a)
    {
        var lines = new List<string> { "intent: " + a.Intent.ToString().ToLowerInvariant() };
        if (a.Places.Count > 0) lines.Add("places: " + string.Join(", ", a.Places));
        if (a.Years.Count > 0) lines.Add("years: " + string.Join(", ", a.Years));
        if (a.References.Count > 0) lines.Add("references: " + string.Join(", ", a.References));
        if (a.UnknownReferences.Count > 0) lines.Add("unknown: " + string.Join(", ", a.UnknownReferences));
        if (a.AskedType is { } type) lines.Add("asked type: " + type);
        if (a.UnitText.Length > 0) lines.Add("unit: " + a.UnitText);
        if (a.MeasureText.Length > 0) lines.Add("measure: " + a.MeasureText);
        if (a.WantsPercent) lines.Add("percent");
        if (a.Folded) lines.Add("folded");
        return string.Join('\n', lines);
    }
}
