using System.ClientModel;
using System.ClientModel.Primitives;
using Microsoft.Extensions.AI;
using Microsoft.SemanticKernel;
using OpenAI;

namespace PolicyKB.Search.Providers;

/// <summary>
/// Embeddings from an OpenAI-compatible server through Semantic Kernel's OpenAI connector
/// (<c>AddOpenAIEmbeddingGenerator</c> over an <see cref="OpenAIClient"/> pointed at the configured endpoint). This
/// wrapper adds what the connector leaves to the caller: query/passage prefixes by
/// <see cref="EmbeddingInputType"/>, requests of at most <see cref="OpenAiEmbeddingOptions.BatchSize"/> inputs, and
/// failures reported as <see cref="EmbeddingServiceException"/> naming the endpoint and model.
/// </summary>
public sealed class OpenAiCompatibleEmbeddingGenerator : DelegatingEmbeddingGenerator<string, Embedding<float>>
{
    private readonly OpenAiEmbeddingOptions _options;

    private OpenAiCompatibleEmbeddingGenerator(IEmbeddingGenerator<string, Embedding<float>> inner, OpenAiEmbeddingOptions options, Uri endpoint)
        : base(inner)
    {
        _options = options;
        Endpoint = endpoint;
        var host = endpoint.IsDefaultPort ? endpoint.Host : $"{endpoint.Host}:{endpoint.Port}";
        // The server's host and path are part of the identity: "bge-m3" on Ollama and on vLLM may be different builds.
        ModelId = $"{options.Model}@{host}{endpoint.AbsolutePath.TrimEnd('/')}"
            + (options.Dimensions is { } dims ? $"/{dims}d" : "")
            + (options.PassagePrefix.Length > 0 ? $"#{options.PassagePrefix.Trim()}" : "");
    }

    /// <summary>The base URL requests go to.</summary>
    public Uri Endpoint { get; }

    /// <summary>Identity recorded with stored vectors: model@host/path, requested dimensions, passage prefix.</summary>
    public string ModelId { get; }

    /// <summary>
    /// Builds the generator; throws <see cref="InvalidOperationException"/> (Vietnamese, naming the setting) when
    /// the endpoint or model is missing or the endpoint is not an http(s) URL.
    /// </summary>
    public static OpenAiCompatibleEmbeddingGenerator Create(OpenAiEmbeddingOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var endpoint = ParseEndpoint(options.Endpoint);
        if (string.IsNullOrWhiteSpace(options.Model))
        {
            throw new InvalidOperationException($"Chưa khai báo tên mô hình nhúng cho máy chủ {endpoint} (PolicyKB:Embeddings:OpenAI:Model).");
        }
        var clientOptions = new OpenAIClientOptions
        {
            Endpoint = endpoint,
            RetryPolicy = new ClientRetryPolicy(Math.Max(0, options.MaxRetries)),
            NetworkTimeout = TimeSpan.FromSeconds(Math.Max(1, options.TimeoutSeconds)),
        };
        // Local servers (Ollama, LM Studio) take no key, but the client refuses an empty credential.
        var key = string.IsNullOrWhiteSpace(options.ApiKey) ? "no-key" : options.ApiKey;
        var client = new OpenAIClient(new ApiKeyCredential(key), clientOptions);
        // SKEXP0010: the IEmbeddingGenerator registration is Semantic Kernel's current (still experimental) API; the
        // older ITextEmbeddingGenerationService it replaces is obsolete.
#pragma warning disable SKEXP0010
        var kernel = Kernel.CreateBuilder().AddOpenAIEmbeddingGenerator(options.Model, client, options.Dimensions).Build();
#pragma warning restore SKEXP0010
        var inner = kernel.GetRequiredService<IEmbeddingGenerator<string, Embedding<float>>>();
        return new OpenAiCompatibleEmbeddingGenerator(inner, options, endpoint);
    }

    /// <summary>Adds the prefix for the input type, sends batches in order, and translates failures.</summary>
    public override async Task<GeneratedEmbeddings<Embedding<float>>> GenerateAsync(
        IEnumerable<string> values, EmbeddingGenerationOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(values);
        var prefix = EmbeddingInputType.Prefix(options, _options.QueryPrefix, _options.PassagePrefix);
        var inputs = values.Select(v => prefix + (v ?? "")).ToList();
        var forwarded = WithoutInputType(options);
        var result = new GeneratedEmbeddings<Embedding<float>>(inputs.Count);
        foreach (var batch in inputs.Chunk(Math.Max(1, _options.BatchSize)))
        {
            var embeddings = await Send(batch, forwarded, cancellationToken).ConfigureAwait(false);
            if (embeddings.Count != batch.Length)
            {
                throw new EmbeddingServiceException(
                    $"Máy chủ nhúng {Endpoint} (mô hình '{_options.Model}') trả {embeddings.Count} vectơ cho {batch.Length} đầu vào.", Endpoint, 200);
            }
            result.AddRange(embeddings);
            if (embeddings.Usage is { } usage)
            {
                result.Usage ??= new UsageDetails();
                result.Usage.Add(usage);
            }
        }
        return result;
    }

    private async Task<GeneratedEmbeddings<Embedding<float>>> Send(string[] batch, EmbeddingGenerationOptions? options, CancellationToken cancellationToken)
    {
        try
        {
            return await base.GenerateAsync(batch, options, cancellationToken).ConfigureAwait(false);
        }
        catch (ClientResultException e) when (e.Status != 0)
        {
            var body = e.GetRawResponse()?.Content?.ToString() ?? "";
            var detail = body.Length > 300 ? body[..300] + "…" : body;
            throw new EmbeddingServiceException(
                $"Máy chủ nhúng {Endpoint} (mô hình '{_options.Model}') trả lỗi HTTP {e.Status}: {detail}".TrimEnd(' ', ':'), Endpoint, e.Status, e);
        }
        catch (Exception e) when (e is ClientResultException or HttpRequestException || (e is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            throw new EmbeddingServiceException(
                $"Không gọi được máy chủ nhúng {Endpoint} (mô hình '{_options.Model}'): {e.Message}", Endpoint, null, e);
        }
    }

    private static EmbeddingGenerationOptions? WithoutInputType(EmbeddingGenerationOptions? options)
    {
        if (options?.AdditionalProperties?.ContainsKey(EmbeddingInputType.PropertyName) != true) return options;
        // The property is PolicyKB's instruction to this wrapper, not a request field for the server.
        var copy = options.Clone();
        copy.AdditionalProperties = new AdditionalPropertiesDictionary(options.AdditionalProperties);
        copy.AdditionalProperties.Remove(EmbeddingInputType.PropertyName);
        if (copy.AdditionalProperties.Count == 0) copy.AdditionalProperties = null;
        return copy;
    }

    private static Uri ParseEndpoint(string value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new InvalidOperationException("Chưa khai báo địa chỉ máy chủ nhúng (PolicyKB:Embeddings:OpenAI:Endpoint), ví dụ http://localhost:11434/v1.");
        }
        if (!Uri.TryCreate(value.Trim(), UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            throw new InvalidOperationException($"Địa chỉ máy chủ nhúng '{value}' không phải URL http(s) (PolicyKB:Embeddings:OpenAI:Endpoint).");
        }
        // OpenAI-compatible servers all serve under /v1; a bare host means that.
        var path = uri.AbsolutePath.TrimEnd('/');
        return new UriBuilder(uri) { Path = path.Length == 0 ? "/v1" : path }.Uri;
    }
}
