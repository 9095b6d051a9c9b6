using System.Runtime.CompilerServices;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.SemanticKernel.ChatCompletion;
using Microsoft.SemanticKernel.Connectors.OpenAI;
using PolicyKB.Answering.Answers;
using PolicyKB.Answering.Retrieval;

namespace PolicyKB.Answering.Llm;

/// <summary>
/// Writes answers with the configured language model through Semantic Kernel's chat completion. The instructions are
/// the fixed system prompt only; the retrieved clauses travel as JSON data inside the user message, so no text in a
/// document can add instructions. Answers are streamed; the caller verifies them afterwards.
/// </summary>
public sealed partial class LlmAnswerer
{
    private const int HistoryTurns = 2;
    private const int NeighbourChars = 300;

    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, WriteIndented = true };

    private readonly IChatCompletionService _chat;
    private readonly ChatOptions _options;

    /// <summary>Creates the answerer over a chat completion service.</summary>
    public LlmAnswerer(IChatCompletionService chat, ChatOptions options)
    {
        _chat = chat;
        _options = options;
    }

    /// <summary>The conversation sent to the model: system prompt, the last turns, then the question with its sources.</summary>
    public static ChatHistory BuildChat(string question, IReadOnlyList<RetrievedClause> sources, IReadOnlyList<ChatTurn> history)
    {
        var chat = new ChatHistory(PromptTemplates.System);
        // Turns without a question carry no context for the model (the API refuses them; other callers may not).
        foreach (var turn in history.Where(t => !string.IsNullOrWhiteSpace(t?.Question)).TakeLast(HistoryTurns))
        {
            chat.AddUserMessage(turn.ResolvedQuestion ?? turn.Question);
            chat.AddAssistantMessage(turn.Answer ?? "");
        }
        var data = sources.Select((s, i) => new SourceData(
            i + 1, s.Document.DisplayName, s.Document.Title, s.Section, s.Clause.Text,
            Short(s.Previous?.Text), Short(s.Next?.Text))).ToList();
        var json = JsonSerializer.Serialize(data, Json);
        // One pass over the template, so text inside the sources can never be substituted again.
        var message = Placeholder().Replace(PromptTemplates.Question, m => m.Groups[1].Value == "question" ? question : json);
        chat.AddUserMessage(message);
        return chat;
    }

    /// <summary>Streams the answer text as the model writes it.</summary>
    public async IAsyncEnumerable<string> StreamAsync(ChatHistory chat, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var settings = new OpenAIPromptExecutionSettings { Temperature = _options.Temperature, MaxTokens = _options.MaxTokens };
        await foreach (var chunk in _chat.GetStreamingChatMessageContentsAsync(chat, settings, kernel: null, cancellationToken).ConfigureAwait(false))
        {
            if (!string.IsNullOrEmpty(chunk.Content)) yield return chunk.Content;
        }
    }

    private static string? Short(string? text)
    {
        if (text is null) return null;
        var collapsed = Quotes.Collapse(text);
        return collapsed.Length <= NeighbourChars ? collapsed : collapsed[..NeighbourChars] + " …";
    }

    [GeneratedRegex(@"\{\{(question|sources)\}\}")]
    private static partial Regex Placeholder();

    /// <summary>One source as the model receives it (Vietnamese field names, as the prompt speaks of them).</summary>
    private sealed record SourceData(
        [property: System.Text.Json.Serialization.JsonPropertyName("n")] int N,
        [property: System.Text.Json.Serialization.JsonPropertyName("van_ban")] string Document,
        [property: System.Text.Json.Serialization.JsonPropertyName("trich_yeu")] string Title,
        [property: System.Text.Json.Serialization.JsonPropertyName("muc")] string Section,
        [property: System.Text.Json.Serialization.JsonPropertyName("noi_dung")] string Text,
        [property: System.Text.Json.Serialization.JsonPropertyName("doan_truoc_de_hieu_ngu_canh")] string? Previous,
        [property: System.Text.Json.Serialization.JsonPropertyName("doan_sau_de_hieu_ngu_canh")] string? Next);
}
