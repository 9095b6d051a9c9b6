using UglyToad.PdfPig;
using UglyToad.PdfPig.Parser.Parts;
using UglyToad.PdfPig.Tokens;

namespace PolicyKB.Decoding;

/// <summary>
/// Looks at a page's content streams through PdfPig's low-level structure (the page tree, the raw stream objects)
/// before <see cref="PdfDocument.GetPage(int)"/> builds the page: GetPage parses every operator and places every
/// letter and cannot be interrupted, so a page whose content is too large or shows text too many times is refused
/// here instead. Text drawn by form XObjects is not counted here; the letter limit after GetPage catches it.
/// </summary>
internal sealed class PdfPageInspector
{
    // Deeper page trees are malformed; PdfPig reads them its own way and the letter limit still applies.
    private const int MaxTreeDepth = 64;

    private readonly PdfDocument _document;
    private readonly DecodingBudget _budget;
    private readonly List<DictionaryToken>? _pages;

    /// <summary>Walks the page tree once; pages it cannot map to PdfPig's numbering are not inspected.</summary>
    public PdfPageInspector(PdfDocument document, DecodingBudget budget)
    {
        _document = document;
        _budget = budget;
        try
        {
            var pages = new List<DictionaryToken>();
            if (document.Structure.Catalog.CatalogDictionary.Data.TryGetValue(NameToken.Pages.Data, out var tree)
                && DirectObjectFinder.TryGet<DictionaryToken>(tree, Scanner, out var root))
            {
                Collect(root, pages, new HashSet<DictionaryToken>(ReferenceEqualityComparer.Instance), 0);
                _pages = pages.Count == document.NumberOfPages ? pages : null;
            }
        }
        catch (Exception ex) when (ex is not DecodingException)
        {
            _pages = null; // a damaged tree that PdfPig's lenient parsing may still read
        }
        budget.ThrowIfExceeded();
    }

    private UglyToad.PdfPig.Tokenization.Scanner.IPdfTokenScanner Scanner => _document.Structure.TokenScanner;

    /// <summary>Refuses page <paramref name="number"/> (1-based) when its content is over the per-page limits.</summary>
    public void Inspect(int number)
    {
        if (_pages is null || number < 1 || number > _pages.Count) return;
        var limits = _budget.Limits;
        var bytes = 0L;
        var operators = 0;
        try
        {
            foreach (var stream in ContentStreams(_pages[number - 1]))
            {
                var content = stream.Decode(_document.Structure.FilterProvider, Scanner);
                bytes += content.Length;
                if (bytes > limits.MaxPageContentBytes)
                {
                    _budget.Refuse($"trang {number} có nội dung giải nén ra hơn {DecodingLimits.Format(limits.MaxPageContentBytes / 1024 / 1024)} MB, không giống trang văn bản");
                }
                operators += PdfContentOperators.CountTextShowing(content.Span, limits.MaxTextOperatorsPerPage - operators);
                if (operators > limits.MaxTextOperatorsPerPage)
                {
                    _budget.Refuse($"trang {number} có quá nhiều lệnh hiện chữ (hơn {DecodingLimits.Format(limits.MaxTextOperatorsPerPage)}), có thể là tệp độc hại");
                }
            }
        }
        catch (Exception ex) when (ex is not DecodingException)
        {
            // A stream PdfPig cannot find or decode: GetPage reports the page as unreadable.
        }
        _budget.ThrowIfExceeded();
    }

    private IEnumerable<StreamToken> ContentStreams(DictionaryToken page)
    {
        if (!page.Data.TryGetValue(NameToken.Contents.Data, out var contents)) yield break;
        if (DirectObjectFinder.TryGet<ArrayToken>(contents, Scanner, out var array))
        {
            foreach (var item in array.Data)
            {
                if (DirectObjectFinder.TryGet<StreamToken>(item, Scanner, out var part)) yield return part;
            }
        }
        else if (DirectObjectFinder.TryGet<StreamToken>(contents, Scanner, out var single))
        {
            yield return single;
        }
    }

    private void Collect(DictionaryToken node, List<DictionaryToken> pages, HashSet<DictionaryToken> seen, int depth)
    {
        if (depth > MaxTreeDepth || !seen.Add(node)) return;
        if (pages.Count > _budget.Limits.MaxPages) return;
        if (!node.Data.TryGetValue(NameToken.Kids.Data, out var kidsToken) || !DirectObjectFinder.TryGet<ArrayToken>(kidsToken, Scanner, out var kids))
        {
            pages.Add(node);
            return;
        }
        foreach (var kid in kids.Data)
        {
            if (DirectObjectFinder.TryGet<DictionaryToken>(kid, Scanner, out var child)) Collect(child, pages, seen, depth + 1);
        }
    }
}
