using UglyToad.PdfPig.Filters;
using UglyToad.PdfPig.Tokens;

namespace PolicyKB.Decoding;

/// <summary>
/// PdfPig's default filters with the decompressing ones wrapped in <see cref="PdfBoundedFilter"/> (one provider per
/// file, since it spends that file's budget). Image-only filters (DCT, JPX, JBIG2, CCITT) are left as they are:
/// text extraction never decodes images.
/// </summary>
internal sealed class PdfBoundedFilterProvider : IFilterProvider
{
    private readonly IFilterProvider _inner = DefaultFilterProvider.Instance;
    private readonly DecodingBudget _budget;

    /// <summary>Creates the provider for one file.</summary>
    public PdfBoundedFilterProvider(DecodingBudget budget) => _budget = budget;

    /// <inheritdoc />
    public IReadOnlyList<IFilter> GetFilters(DictionaryToken dictionary) => Wrap(_inner.GetFilters(dictionary));

    /// <inheritdoc />
    public IReadOnlyList<IFilter> GetNamedFilters(IReadOnlyList<NameToken> names) => Wrap(_inner.GetNamedFilters(names));

    /// <inheritdoc />
    public IReadOnlyList<IFilter> GetAllFilters() => Wrap(_inner.GetAllFilters());

    private IReadOnlyList<IFilter> Wrap(IReadOnlyList<IFilter> filters)
    {
        var wrapped = new IFilter[filters.Count];
        for (var i = 0; i < filters.Count; i++)
        {
            var filter = filters[i];
            wrapped[i] = filter is FlateFilter or LzwFilter or RunLengthFilter or Ascii85Filter or AsciiHexDecodeFilter
                ? new PdfBoundedFilter(filter, _budget)
                : filter;
        }
        return wrapped;
    }
}
