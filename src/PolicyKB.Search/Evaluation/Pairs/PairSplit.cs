using System.Security.Cryptography;
using System.Text;

namespace PolicyKB.Search.Evaluation.Pairs;

/// <summary>
/// The deterministic 80/20 split of everyday ↔ formal pairs. h = the first four bytes of the SHA-256 of the
/// pair's normalised formal question, read as a little-endian unsigned integer: h mod 5 = 0 is <see cref="Test"/>
/// (20 %, never trained on, the figures reported); h mod 5 = 1 is <see cref="Dev"/> (trained on by the shipped
/// model, left out of development runs so choices are made without looking at test); the rest is <see cref="Train"/>.
/// </summary>
/// <remarks>
/// The key is the formal side, not the whole pair, because 28 formal questions recur with different everyday
/// wordings: hashing the whole pair would put one copy in training and another in the measure, and the model
/// would have seen the very passage it is asked to find. Normalising (NFC, lower case, spaces collapsed) keeps
/// copies that differ only in case or spacing together too.
/// </remarks>
public static class PairSplit
{
    /// <summary>One pair in <see cref="Modulus"/> is held out.</summary>
    public const int Modulus = 5;

    /// <summary>Held out of all training: the measure.</summary>
    public const string Test = "test";

    /// <summary>Held out of development training runs only: for choosing settings.</summary>
    public const string Dev = "dev";

    /// <summary>Always trained on.</summary>
    public const string Train = "train";

    /// <summary>The split of the pair whose formal question is <paramref name="formal"/>.</summary>
    public static string Of(string formal)
    {
        ArgumentNullException.ThrowIfNull(formal);
        var key = Key(formal);
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(key), hash);
        return (BitConverter.ToUInt32(hash[..4]) % Modulus) switch
        {
            0 => Test,
            1 => Dev,
            _ => Train,
        };
    }

    /// <summary>The text the split hashes: normalised, lower case, single-spaced.</summary>
    public static string Key(string formal) =>
        string.Join(' ', SnippetMatcher.Fold(formal).Split(' ', StringSplitOptions.RemoveEmptyEntries));
}
