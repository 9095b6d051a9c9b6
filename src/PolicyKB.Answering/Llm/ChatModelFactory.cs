using Microsoft.SemanticKernel.ChatCompletion;
using Microsoft.SemanticKernel.Connectors.AzureOpenAI;
using Microsoft.SemanticKernel.Connectors.OpenAI;

namespace PolicyKB.Answering.Llm;

/// <summary>Creates Semantic Kernel's chat completion service for the configured provider.</summary>
public static class ChatModelFactory
{
    /// <summary>The service, or null when no model is configured.</summary>
    public static IChatCompletionService? Create(ChatOptions options, HttpClient? httpClient = null)
    {
        if (!options.IsConfigured) return null;
        httpClient ??= new HttpClient { Timeout = TimeSpan.FromSeconds(options.TimeoutSeconds) };
        if (string.Equals(options.Provider, "azure", StringComparison.OrdinalIgnoreCase))
        {
            return new AzureOpenAIChatCompletionService(
                options.Deployment ?? options.Model!, options.Endpoint!, options.ApiKey ?? "", options.Model, httpClient);
        }
        // Local OpenAI-compatible servers (Ollama, vLLM, LM Studio) accept any key, but the client insists on one.
#pragma warning disable SKEXP0010 // the custom-endpoint constructor is marked experimental
        return new OpenAIChatCompletionService(options.Model!, new Uri(options.Endpoint!), string.IsNullOrEmpty(options.ApiKey) ? "unused" : options.ApiKey, httpClient: httpClient);
#pragma warning restore SKEXP0010
    }
}
