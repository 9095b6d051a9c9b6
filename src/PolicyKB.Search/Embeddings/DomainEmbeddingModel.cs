using System.Security.Cryptography;

namespace PolicyKB.Search.Embeddings;

/// <summary>
/// PolicyKB's offline embedding model for Vietnamese administrative text: fastText-style unit vectors (syllables and
/// multi-syllable words, with diacritic-folded and character n-gram information) pooled into sentence vectors by
/// SIF weighting and common-component removal. Immutable and thread-safe.
/// </summary>
/// <remarks>
/// An encoding is L2-normalised, or all zero when the text holds nothing the model knows (empty, punctuation,
/// numbers only). The all-zero vector means "no information": its cosine with anything is 0, never NaN.
/// </remarks>
public sealed class DomainEmbeddingModel
{
    private readonly ModelParts _parts;
    private readonly UnitLookup _lookup;
    private readonly SifEncoder _encoder;
    private string? _modelId;

    internal DomainEmbeddingModel(ModelParts parts, string? modelId = null)
    {
        _parts = parts;
        _lookup = new UnitLookup(parts.Units);
        _encoder = new SifEncoder(_lookup, parts.UnitVectors, parts.Buckets, parts.Counts, parts.SifA, parts.Component, parts.MinN, parts.MaxN);
        _modelId = modelId;
    }

    /// <summary>Vector size.</summary>
    public int Dimensions => _parts.Dimensions;

    /// <summary>Number of vocabulary units (syllables and multi-syllable words).</summary>
    public int VocabularySize => _parts.Units.Length;

    /// <summary>The vocabulary, most frequent first.</summary>
    public IReadOnlyList<string> Vocabulary => _parts.Units;

    /// <summary>Number of multi-syllable units in the vocabulary.</summary>
    public int PhraseCount => _parts.Units.Count(u => u.Contains(' '));

    /// <summary>
    /// Identifies the exact model that produced a vector: "FILE@sha256:HASH#ENCODER" (first 16 hex digits of the
    /// file's SHA-256 and <see cref="EncoderVersion"/>) for a loaded model, "trained@sha256:HASH#ENCODER" of its
    /// serialised form for one trained in memory.
    /// </summary>
    public string ModelId => _modelId ??= "trained@sha256:" + HashPrefix(Serialize()) + "#" + EncoderVersion;

    /// <summary>
    /// Version of the way text is turned into a vector from the model file; part of <see cref="ModelId"/>, so a change
    /// in matching rules recomputes stored vectors. 2: text written with diacritics no longer matches units that
    /// differ in their marks.
    /// </summary>
    public const string EncoderVersion = "sif2";

    /// <summary>Loads a model file written by <see cref="Save"/>.</summary>
    /// <exception cref="InvalidDataException">The file is not a complete model of a supported version.</exception>
    public static DomainEmbeddingModel Load(string path)
    {
        var bytes = File.ReadAllBytes(path);
        using var stream = new MemoryStream(bytes, writable: false);
        var parts = EmbeddingModelFile.Read(stream);
        return new DomainEmbeddingModel(parts, Path.GetFileName(path) + "@sha256:" + HashPrefix(bytes) + "#" + EncoderVersion);
    }

    /// <summary>Writes the model to <paramref name="path"/> (atomically: a temporary file is renamed into place).</summary>
    public void Save(string path)
    {
        var full = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        var temporary = full + ".tmp";
        File.WriteAllBytes(temporary, Serialize());
        File.Move(temporary, full, overwrite: true);
    }

    /// <summary>
    /// Whether the model encodes search queries differently from passages: a linear map learnt on query ↔ passage
    /// pairs, applied to a query's sentence vector (<see cref="EncodeQuery"/>).
    /// </summary>
    public bool HasQueryMap => _parts.QueryMap is not null;

    /// <summary>
    /// Encodes a search query: the sentence vector of <see cref="Encode(string?)"/>, times the query map and normalised
    /// again when the model has one (all zero stays all zero); the same vector as <see cref="Encode(string?)"/> otherwise.
    /// </summary>
    public float[] EncodeQuery(string? text)
    {
        var vector = Encode(text);
        if (_parts.QueryMap is not { } map || VectorMath.Norm(vector) == 0f) return vector;
        var mapped = new float[Dimensions];
        for (var r = 0; r < mapped.Length; r++) mapped[r] = VectorMath.Dot(map.AsSpan(r * Dimensions, Dimensions), vector);
        VectorMath.Normalize(mapped);
        return mapped;
    }

    /// <summary>Encodes <paramref name="text"/> into a new vector.</summary>
    public float[] Encode(string? text)
    {
        var vector = new float[Dimensions];
        Encode(text, vector);
        return vector;
    }

    /// <summary>Encodes <paramref name="text"/> into <paramref name="destination"/> (length <see cref="Dimensions"/>). Never throws on content.</summary>
    public void Encode(string? text, Span<float> destination)
    {
        if (destination.Length != Dimensions) throw new ArgumentException($"Destination must hold {Dimensions} floats.", nameof(destination));
        destination.Clear();
        if (string.IsNullOrEmpty(text)) return;
        _encoder.Accumulate(text, destination);
        _encoder.Finish(destination);
    }

    /// <summary>
    /// The pooled vector of a word or phrase before sentence processing (no common-component removal): what
    /// <see cref="Nearest"/> compares. All zero when nothing in it is known.
    /// </summary>
    public float[] TermVector(string term)
    {
        var vector = new float[Dimensions];
        _encoder.Accumulate(term ?? "", vector);
        VectorMath.Normalize(vector);
        return vector;
    }

    /// <summary>The <paramref name="count"/> vocabulary units most similar (cosine) to <paramref name="term"/>.</summary>
    public IReadOnlyList<(string Unit, float Similarity)> Nearest(string term, int count)
    {
        var query = TermVector(term);
        if (VectorMath.Norm(query) == 0f || count <= 0) return [];
        var scored = new (float Score, int Unit)[VocabularySize];
        for (var u = 0; u < scored.Length; u++) scored[u] = (_parts.UnitVectors.Dot(u, query), u);
        var normalizedTerm = string.Join(' ', EmbeddingTokenizer.Tokenize(term).Select(t => t.Text));
        return scored.OrderByDescending(s => s.Score).ThenBy(s => s.Unit)
            .Where(s => _parts.Units[s.Unit] != normalizedTerm)
            .Take(count).Select(s => (_parts.Units[s.Unit], s.Score)).ToList();
    }

    /// <summary>Cosine similarity; 0 when either vector is all zero (never NaN).</summary>
    public static float Cosine(ReadOnlySpan<float> a, ReadOnlySpan<float> b)
    {
        if (a.Length != b.Length) throw new ArgumentException("Vectors differ in length.", nameof(b));
        var na = VectorMath.Norm(a);
        var nb = VectorMath.Norm(b);
        if (na == 0f || nb == 0f || !float.IsFinite(na) || !float.IsFinite(nb)) return 0f;
        return VectorMath.Dot(a, b) / (na * nb);
    }

    /// <summary>The same model with another common component (used by the trainer once sentences can be encoded).</summary>
    internal DomainEmbeddingModel WithComponent(float[] component) => new(_parts with { Component = component });

    /// <summary>A copy of the model with other unit vectors (the supervised stage's result).</summary>
    internal DomainEmbeddingModel WithUnitVectors(QuantizedVectors unitVectors) => new(_parts with { UnitVectors = unitVectors });

    /// <summary>A copy of the model with a query map (dims × dims, row-major), or none.</summary>
    internal DomainEmbeddingModel WithQueryMap(float[]? queryMap) => new(_parts with { QueryMap = queryMap });

    /// <summary>The unit vectors as floats, row after row.</summary>
    internal float[] UnitVectorsAsFloats() => _parts.UnitVectors.ToFloats();

    /// <summary>The common component removed from every encoding.</summary>
    internal ReadOnlySpan<float> SentenceComponent => _parts.Component;

    /// <summary><paramref name="text"/> split into its units' weighted terms and the fixed rest of its SIF sum (see <see cref="SifEncoder.Collect"/>).</summary>
    internal Tuning.EncodedText EncodeForTuning(string text)
    {
        var terms = new List<UnitTerm>();
        var fixedPart = new float[Dimensions];
        _encoder.Collect(text ?? "", terms, fixedPart);
        return new Tuning.EncodedText(terms.Select(t => t.Unit).ToArray(), terms.Select(t => t.Weight).ToArray(), fixedPart);
    }

    /// <summary>Adds the SIF vectors of training sentence <paramref name="units"/> (the trainer's component estimate).</summary>
    internal int AccumulateUnits(ReadOnlySpan<int> units, Span<float> acc) => _encoder.AccumulateUnits(units, acc);

    private byte[] Serialize()
    {
        using var stream = new MemoryStream();
        EmbeddingModelFile.Write(stream, _parts);
        return stream.ToArray();
    }

    private static string HashPrefix(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes))[..16];
}
