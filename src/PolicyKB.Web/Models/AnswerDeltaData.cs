namespace PolicyKB.Web.Models;

/// <summary>Data of a "delta" event of a streamed answer: the next piece of answer text.</summary>
/// <param name="Text">The piece of text, to append to what came before.</param>
public sealed record AnswerDeltaData(string Text);
