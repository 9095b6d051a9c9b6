using System.IO.Compression;
using System.Runtime.InteropServices;
using UglyToad.PdfPig.Filters;
using UglyToad.PdfPig.Tokens;

namespace PolicyKB.Decoding;

/// <summary>
/// Wraps one of PdfPig's decompression filters so that no stream of a file decodes past
/// <see cref="DecodingLimits.MaxPdfStreamBytes"/>: a Flate stream is measured by inflating it into a counter
/// (nothing kept) before PdfPig inflates it into memory, so a 1000:1 bomb is refused after the limit's worth of
/// inflating, not after gigabytes. Other filters are checked on their output.
/// </summary>
internal sealed class PdfBoundedFilter : IFilter
{
    private readonly IFilter _inner;
    private readonly DecodingBudget _budget;

    /// <summary>Wraps <paramref name="inner"/>, spending <paramref name="budget"/>.</summary>
    public PdfBoundedFilter(IFilter inner, DecodingBudget budget)
    {
        _inner = inner;
        _budget = budget;
    }

    /// <inheritdoc />
    public bool IsSupported => _inner.IsSupported;

    /// <inheritdoc />
    public Memory<byte> Decode(Memory<byte> input, DictionaryToken streamDictionary, IFilterProvider filterProvider, int filterIndex)
    {
        _budget.CheckTime("giải nén dữ liệu PDF");
        if (_inner is FlateFilter && InflatedLength(input) > _budget.Limits.MaxPdfStreamBytes) Refuse();
        var output = _inner.Decode(input, streamDictionary, filterProvider, filterIndex);
        if (output.Length > _budget.Limits.MaxPdfStreamBytes) Refuse();
        return output;
    }

    private void Refuse() => _budget.Refuse(
        $"tệp PDF có luồng dữ liệu giải nén ra hơn {DecodingLimits.Format(_budget.Limits.MaxPdfStreamBytes / 1024 / 1024)} MB, có thể là bom nén");

    /// <summary>Bytes the zlib data inflates to, counted up to just past the limit; damaged data counts what inflated.</summary>
    private long InflatedLength(Memory<byte> input)
    {
        // PdfPig skips the two-byte zlib header and inflates the raw deflate data behind it; measure the same way.
        if (input.Length <= 2) return 0;
        var data = MemoryMarshal.TryGetArray((ReadOnlyMemory<byte>)input, out var segment)
            ? new MemoryStream(segment.Array!, segment.Offset + 2, segment.Count - 2, writable: false)
            : new MemoryStream(input[2..].ToArray(), writable: false);
        var scratch = new byte[64 * 1024];
        long total = 0;
        try
        {
            using var inflater = new DeflateStream(data, CompressionMode.Decompress);
            int read;
            while ((read = inflater.Read(scratch, 0, scratch.Length)) > 0)
            {
                total += read;
                if (total > _budget.Limits.MaxPdfStreamBytes) break;
            }
        }
        catch (InvalidDataException)
        {
            // Damaged data: PdfPig recovers what it can; what inflated so far is what it can recover.
        }
        return total;
    }
}
