namespace PolicyKB.Answering.Answers;

/// <summary>A document the question may mean, offered when it could mean several: the UI links it.</summary>
/// <param name="DocumentId">Document id (link target: the document page).</param>
/// <param name="Name">"Kế hoạch 36/KH-SYT của Sở Y tế tỉnh Hà Giang ngày 29/01/2021".</param>
/// <param name="Title">The title (trích yếu), when known.</param>
public sealed record DocumentChoice(string DocumentId, string Name, string? Title);
