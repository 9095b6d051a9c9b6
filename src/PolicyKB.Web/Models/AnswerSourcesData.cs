using PolicyKB.Answering.Answers;

namespace PolicyKB.Web.Models;

/// <summary>Data of the "sources" event of a streamed answer: the numbered sources, before any answer text.</summary>
/// <param name="Citations">The sources, numbered as the answer will cite them.</param>
public sealed record AnswerSourcesData(IReadOnlyList<AnswerCitation> Citations);
