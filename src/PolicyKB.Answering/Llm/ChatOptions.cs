using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Configuration;
using PolicyKB.Answering.Conversations;

namespace PolicyKB.Answering.Llm;

/// <summary>
/// The language model used to write answers (<c>PolicyKB:Chat</c> in appsettings.json). Provider "none" (the default)
/// answers offline. "openai" takes any OpenAI-compatible endpoint: OpenAI, Ollama (http://localhost:11434/v1), vLLM,
/// LM Studio, or Azure OpenAI's v1 endpoint; "azure" takes a classic Azure OpenAI resource and deployment.
/// </summary>
public sealed class ChatOptions
{
    /// <summary>Configuration section.</summary>
    public const string Section = "PolicyKB:Chat";

    /// <summary>"none", "openai" or "azure".</summary>
    [RegularExpression("^(?i)(none|openai|azure)$", ErrorMessage = "PolicyKB:Chat:Provider phải là none, openai hoặc azure.")]
    public string Provider { get; set; } = "none";

    /// <summary>Base URL of the API ("http://localhost:11434/v1", "https://my-resource.openai.azure.com/").</summary>
    public string? Endpoint { get; set; }

    /// <summary>Model name ("qwen2.5:7b-instruct", "gpt-4o-mini").</summary>
    public string? Model { get; set; }

    /// <summary>Azure deployment name (provider "azure"; defaults to <see cref="Model"/>).</summary>
    public string? Deployment { get; set; }

    /// <summary>API key; local servers usually need none.</summary>
    public string? ApiKey { get; set; }

    /// <summary>Sampling temperature; 0 keeps answers close to the sources.</summary>
    [Range(0, 2)]
    public double Temperature { get; set; }

    /// <summary>Longest answer, tokens.</summary>
    [Range(64, 8192)]
    public int MaxTokens { get; set; } = 800;

    /// <summary>Request timeout, seconds.</summary>
    [Range(1, 600)]
    public int TimeoutSeconds { get; set; } = 60;

    /// <summary>Number of clauses passed to the model as sources.</summary>
    [Range(1, 20)]
    public int MaxSources { get; set; } = 6;

    /// <summary>Turns kept per conversation in chat.db.</summary>
    [Range(1, 100, ErrorMessage = "PolicyKB:Chat:MaxHistoryTurns phải từ 1 đến 100.")]
    public int MaxHistoryTurns { get; set; } = 10;

    /// <summary>Days a conversation no question was added to stays in chat.db before it is removed.</summary>
    [Range(1, 3650, ErrorMessage = "PolicyKB:Chat:SessionRetentionDays phải từ 1 đến 3650 ngày.")]
    public int SessionRetentionDays { get; set; } = 30;

    /// <summary>Most conversations kept in chat.db; beyond it the ones touched longest ago are removed first.</summary>
    [Range(1, 1_000_000, ErrorMessage = "PolicyKB:Chat:MaxSessions phải từ 1 đến 1.000.000.")]
    public int MaxSessions { get; set; } = 10_000;

    /// <summary>
    /// Whether the fitted answer calibrator (<see cref="AnswerCalibratorPath"/>) decides between quoting and refusing; false
    /// keeps the hand-set coverage floors (to measure them), as does a missing model file.
    /// </summary>
    public bool UseAnswerCalibrator { get; set; } = true;

    /// <summary>The answer calibrator's model file (<c>policykb train-calibrator --fit</c>).</summary>
    public string AnswerCalibratorPath { get; set; } = "content/models/answer-calibrator.json";

    /// <summary>
    /// Training data collection only (<c>policykb train-calibrator --collect</c>): the quoting answerer always quotes its
    /// best candidate and keeps its features with the answer. Its setter is internal so that configuration binding never
    /// sets it: from appsettings.json or the environment it would turn every refusal of the quoting answerer off.
    /// </summary>
    public bool CollectAnswerFeatures { get; internal set; }

    /// <summary>
    /// Whether the focused answerer's fitted calibrator (<see cref="FocusedCalibratorPath"/>) decides whether a best sentence
    /// below its coverage floor is quoted; false keeps the floor (to measure it), as does a missing model file.
    /// </summary>
    public bool UseFocusedCalibrator { get; set; } = true;

    /// <summary>The focused answerer's calibrator model file (<c>policykb train-calibrator --fit --focused</c>).</summary>
    public string FocusedCalibratorPath { get; set; } = "content/models/focused-calibrator.json";

    /// <summary>
    /// Training data collection only (<c>policykb train-calibrator --collect --focused</c>): the focused answerer quotes its
    /// best sentence down to the closest-clause floor and keeps its <see cref="Calibration.FocusedFeatures"/> with the answer.
    /// Its setter is internal for the reason <see cref="CollectAnswerFeatures"/>'s is: it switches a floor off.
    /// </summary>
    public bool CollectFocusedFeatures { get; internal set; }

    /// <summary>The limits of the conversation store.</summary>
    public ConversationLimits ConversationLimits => new(MaxHistoryTurns, MaxSessions, SessionRetentionDays);

    /// <summary>True when a model is configured.</summary>
    public bool IsConfigured =>
        !string.Equals(Provider, "none", StringComparison.OrdinalIgnoreCase) && !string.IsNullOrWhiteSpace(Endpoint) && !string.IsNullOrWhiteSpace(Model);

    /// <summary>Reads and validates <see cref="Section"/>; throws <see cref="ValidationException"/> with the first problem.</summary>
    public static ChatOptions Read(IConfiguration configuration)
    {
        var options = configuration.GetSection(Section).Get<ChatOptions>() ?? new ChatOptions();
        Validator.ValidateObject(options, new ValidationContext(options), validateAllProperties: true);
        return options;
    }
}
