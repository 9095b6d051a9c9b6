namespace PolicyKB.Search.Embeddings;

/// <summary>
/// Settings of <see cref="EmbeddingTrainer"/>. The defaults are fastText's skip-gram defaults (lr 0.05, window 5,
/// 5 negatives, sub-sampling 1e-4, n-grams 3–5) scaled to a corpus of about a thousand documents and a model file
/// that must stay under 25 MB.
/// </summary>
public sealed class EmbeddingTrainerOptions
{
    /// <summary>Vector size. Default 128 (100–160 is the useful range for a ~15-million-syllable corpus).</summary>
    public int Dimensions { get; set; } = 128;

    /// <summary>Passes over the corpus. Default 5.</summary>
    public int Epochs { get; set; } = 5;

    /// <summary>Units (syllables or multi-syllable words) seen fewer times are dropped. Default 5.</summary>
    public int MinCount { get; set; } = 5;

    /// <summary>Upper bound on the vocabulary (most frequent units kept). Default 100,000.</summary>
    public int MaxVocabulary { get; set; } = 100_000;

    /// <summary>Maximum context distance; each centre uses a random window 1..Window, as word2vec does. Default 5.</summary>
    public int Window { get; set; } = 5;

    /// <summary>Negative samples per context word, drawn from counts^0.75. Default 5.</summary>
    public int Negatives { get; set; } = 5;

    /// <summary>Initial learning rate, decayed linearly to zero. Default 0.05.</summary>
    public double LearningRate { get; set; } = 0.05;

    /// <summary>Frequent-unit sub-sampling threshold t (keep with probability √(t/f) + t/f). Default 1e-4.</summary>
    public double SubsampleThreshold { get; set; } = 1e-4;

    /// <summary>Shortest character n-gram (with "&lt;" "&gt;" boundaries). Default 3.</summary>
    public int MinN { get; set; } = 3;

    /// <summary>Longest character n-gram. Default 5: Vietnamese syllables are short, longer n-grams are whole syllables.</summary>
    public int MaxN { get; set; } = 5;

    /// <summary>Hash buckets for character n-grams. Default 100,000 (each bucket costs Dimensions + 4 bytes in the file: 13 MB at 128 dimensions).</summary>
    public int Buckets { get; set; } = 100_000;

    /// <summary>Phrase passes; pass k can join units from pass k-1 ("bảo hiểm" + "y tế"). Default 2.</summary>
    public int PhrasePasses { get; set; } = 2;

    /// <summary>A syllable pair must occur this often to become a unit. Default 20.</summary>
    public int PhraseMinCount { get; set; } = 20;

    /// <summary>Normalised PMI a pair needs to become a unit, in [-1, 1]. Default 0.45.</summary>
    public double PhraseThreshold { get; set; } = 0.45;

    /// <summary>Longest unit in syllables. Default 4 ("bảo hiểm y tế", "ủy ban nhân dân").</summary>
    public int MaxPhraseSyllables { get; set; } = 4;

    /// <summary>Training threads (Hogwild: lock-free shared updates). Default 2. With 1 thread training is bit-for-bit reproducible.</summary>
    public int Threads { get; set; } = 2;

    /// <summary>Random seed for initialisation, sub-sampling, windows and negatives. Default 20250101.</summary>
    public ulong Seed { get; set; } = 20250101;

    /// <summary>SIF smoothing a in a/(a + p(w)). Default 1e-3 (Arora et al. 2017 recommend 1e-4..1e-3).</summary>
    public double SifA { get; set; } = 1e-3;

    /// <summary>Training sentences sampled to estimate the common (first principal) component. Default 20,000.</summary>
    public int PrincipalComponentSentences { get; set; } = 20_000;

    /// <summary>
    /// The fastText executable (e.g. "fasttext" from Debian's package) that learns the vectors, or null for the
    /// built-in skip-gram trainer. Default null.
    /// </summary>
    public string? FastTextPath { get; set; }

    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> for settings the trainer cannot use.</summary>
    public void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(Dimensions, 8);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(Dimensions, 1024);
        ArgumentOutOfRangeException.ThrowIfLessThan(Epochs, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(MinCount, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxVocabulary, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(Window, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(Negatives, 1);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(LearningRate);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(SubsampleThreshold);
        ArgumentOutOfRangeException.ThrowIfLessThan(MinN, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxN, MinN);
        ArgumentOutOfRangeException.ThrowIfLessThan(Buckets, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(PhrasePasses);
        ArgumentOutOfRangeException.ThrowIfLessThan(PhraseMinCount, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxPhraseSyllables, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(Threads, 1);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(SifA);
        ArgumentOutOfRangeException.ThrowIfLessThan(PrincipalComponentSentences, 1);
    }
}
