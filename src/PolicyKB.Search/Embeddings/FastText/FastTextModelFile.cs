using System.Text;

namespace PolicyKB.Search.Embeddings.FastText;

/// <summary>
/// Reads what PolicyKB needs of a fastText 0.9 <c>.bin</c> model (little-endian): the header, the arguments, the
/// dictionary and the dense input matrix (word rows, then n-gram bucket rows). Layout as written by fastText's
/// <c>FastText::saveModel</c>: int32 magic 793712314, int32 version 12; Args (12 × int32 dim, ws, epoch, minCount,
/// neg, wordNgrams, loss, model, bucket, minn, maxn, lrUpdateRate; float64 t); Dictionary (int32 size, int32 nwords,
/// int32 nlabels, int64 ntokens, int64 pruneidxSize, size × (NUL-terminated UTF-8 word, int64 count, int8 type),
/// pruneidxSize × (int32, int32)); uint8 quantised; DenseMatrix (int64 rows, int64 cols, float32[rows × cols]).
/// </summary>
internal sealed class FastTextModelFile
{
    private const int Magic = 793712314;
    private const int SupportedVersion = 12;

    private FastTextModelFile(int dimensions, int minN, int maxN, int buckets, string[] words, float[] input)
    {
        Dimensions = dimensions;
        MinN = minN;
        MaxN = maxN;
        Buckets = buckets;
        Words = words;
        Input = input;
    }

    /// <summary>Vector size.</summary>
    public int Dimensions { get; }

    /// <summary>Shortest character n-gram.</summary>
    public int MinN { get; }

    /// <summary>Longest character n-gram.</summary>
    public int MaxN { get; }

    /// <summary>Number of n-gram buckets.</summary>
    public int Buckets { get; }

    /// <summary>The words, in fastText's row order.</summary>
    public string[] Words { get; }

    /// <summary>Input matrix, row-major: <see cref="Words"/>.Length word rows, then <see cref="Buckets"/> n-gram rows.</summary>
    public float[] Input { get; }

    /// <summary>Reads a model file.</summary>
    /// <exception cref="InvalidDataException">Not an unquantised fastText 0.9 model without pruning.</exception>
    public static FastTextModelFile Read(string path)
    {
        using var stream = new BufferedStream(File.OpenRead(path), 1 << 20);
        using var reader = new BinaryReader(stream, Encoding.UTF8, leaveOpen: false);
        if (reader.ReadInt32() != Magic) throw new InvalidDataException($"{path} is not a fastText model.");
        var version = reader.ReadInt32();
        if (version != SupportedVersion) throw new InvalidDataException($"fastText model version {version} is not supported (expected {SupportedVersion}).");
        var args = new int[12];
        for (var i = 0; i < args.Length; i++) args[i] = reader.ReadInt32();
        reader.ReadDouble(); // t
        var (dim, bucket, minn, maxn) = (args[0], args[8], args[9], args[10]);

        var size = reader.ReadInt32();
        var nwords = reader.ReadInt32();
        reader.ReadInt32(); // nlabels
        reader.ReadInt64(); // ntokens
        var pruned = reader.ReadInt64();
        if (pruned > 0) throw new InvalidDataException("Pruned (quantised) fastText models are not supported.");
        var words = new string[nwords];
        var bytes = new List<byte>(64);
        for (var i = 0; i < size; i++)
        {
            bytes.Clear();
            for (var b = reader.ReadByte(); b != 0; b = reader.ReadByte()) bytes.Add(b);
            reader.ReadInt64(); // count
            var type = reader.ReadByte();
            if (i < nwords && type == 0) words[i] = Encoding.UTF8.GetString(bytes.ToArray());
        }
        if (reader.ReadByte() != 0) throw new InvalidDataException("Quantised fastText models are not supported.");
        var rows = reader.ReadInt64();
        var cols = reader.ReadInt64();
        if (cols != dim || rows != nwords + (long)bucket) throw new InvalidDataException($"Unexpected fastText input matrix {rows}×{cols}.");
        var input = new float[rows * cols];
        var raw = System.Runtime.InteropServices.MemoryMarshal.AsBytes(input.AsSpan());
        reader.BaseStream.ReadExactly(raw);
        if (!BitConverter.IsLittleEndian) throw new PlatformNotSupportedException("fastText models are read on little-endian machines only.");
        return new FastTextModelFile(dim, minn, maxn, bucket, words, input);
    }

    /// <summary>
    /// The n-gram rows fastText adds to a word's own row (<c>Dictionary::computeSubwords</c>): every n-gram of
    /// "&lt;word&gt;" with MinN ≤ n ≤ MaxN characters, hashed by <see cref="Hash"/>.
    /// </summary>
    public void AppendSubwordRows(string word, List<int> rows)
    {
        var bracketed = "<" + word + ">";
        for (var i = 0; i < bracketed.Length; i++)
        {
            if (char.IsLowSurrogate(bracketed[i])) continue;
            var end = i;
            for (var n = 1; end < bracketed.Length && n <= MaxN; n++)
            {
                end += char.IsHighSurrogate(bracketed[end]) && end + 1 < bracketed.Length ? 2 : 1;
                if (n >= MinN && !(n == 1 && (i == 0 || end == bracketed.Length)))
                {
                    rows.Add(Words.Length + (int)(Hash(bracketed.AsSpan(i, end - i)) % (uint)Buckets));
                }
            }
        }
    }

    /// <summary>fastText's FNV-1a over UTF-8 bytes, each byte sign-extended first (C++ <c>int8_t</c> of <c>char</c>).</summary>
    public static uint Hash(ReadOnlySpan<char> text)
    {
        Span<byte> utf8 = stackalloc byte[Encoding.UTF8.GetMaxByteCount(text.Length)];
        var length = Encoding.UTF8.GetBytes(text, utf8);
        var h = 2166136261u;
        for (var i = 0; i < length; i++) h = (h ^ (uint)(sbyte)utf8[i]) * 16777619u;
        return h;
    }
}
