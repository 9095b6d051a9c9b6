using PolicyKB.Decoding;
using PolicyKB.Documents;

namespace PolicyKB.Metadata;

/// <summary>
/// Reads a document's metadata and layout from its decoded, repaired lines: where the header, body,
/// trailer and attached documents are, and what the header, preamble and signature block say
/// (Nghị định 30/2020/NĐ-CP Điều 8 and Phụ lục I). Nothing is guessed: fields the text does not print
/// stay null.
/// </summary>
public sealed class LayoutAnalyzer
{
    private readonly HeaderReader _headers = new(HeaderCellClassifier.Default);

    /// <summary>Analyses the lines. Never throws; an empty or null list gives empty metadata and no regions.</summary>
    public DocumentLayout Analyze(IReadOnlyList<SourceLine> lines)
    {
        if (lines is null || lines.Count == 0) return new DocumentLayout(new DocumentMetadata(), []);
        try
        {
            return AnalyzeLines(new LineView(lines));
        }
        catch (System.Text.RegularExpressions.RegexMatchTimeoutException)
        {
            // Every pattern is bounded and lines are cut to LineView.MaxLineLength; should a pathological
            // line still exhaust a pattern's time budget, the whole text is returned as body rather than lost.
            return new DocumentLayout(new DocumentMetadata(), [new LayoutRegion(LayoutRegionKind.Body, 0, lines.Count)]);
        }
    }

    private DocumentLayout AnalyzeLines(LineView view)
    {
        var metadata = new DocumentMetadata();
        var header = _headers.ReadMain(view, 0);
        var regions = new List<LayoutRegion>();
        var bodyStart = Math.Clamp(header.BodyStart, 0, view.Count);
        if (bodyStart > 0) regions.Add(new LayoutRegion(LayoutRegionKind.Header, 0, bodyStart));
        var mainTrailer = ReadRegions(view, bodyStart, regions);
        if (header.Number is null || header.IssuedOn is null) ReadDisplacedLetterhead(view, header, regions);

        if (ConsolidationReader.Read(view, HeaderCellClassifier.Default) is { } consolidation)
        {
            header.Consolidated = true;
            // The consolidated text's own number and date are those of its authentication block.
            header.Number = consolidation.Number ?? header.Number;
            header.IssuedOn = consolidation.IssuedOn ?? header.IssuedOn;
            header.Place = consolidation.Place ?? header.Place;
            // The body that authenticates the consolidation issues it; the head often repeats the consolidated act's own
            // letterhead ("CHÍNH PHỦ" over a decree a ministry consolidated) or a gazette's running title.
            // Only a block that printed its number is read for its body: without one, capitals around the marker are the
            // last article's or an appendix's ("PHỤ LỤC", a table's "TT | TÊN …").
            header.Issuer = consolidation.Number is not null ? consolidation.Issuer ?? header.Issuer : header.Issuer ?? consolidation.Issuer;
        }
        var preamble = PreambleReader.Paragraphs(view, bodyStart, mainTrailer?.Start ?? view.Count);
        Fill(metadata, header, mainTrailer, preamble);
        return new DocumentLayout(metadata, regions);
    }

    /// <summary>
    /// Completes a header that printed no number or date from a letterhead block found out of order in the main body
    /// (<see cref="DisplacedLetterhead"/>), and marks the block's lines so the clause text leaves them out. A block
    /// printing another number than the header's belongs to some other document and is left alone.
    /// </summary>
    private static void ReadDisplacedLetterhead(LineView view, HeaderInfo header, List<LayoutRegion> regions)
    {
        var index = regions.FindIndex(r => r.Kind == LayoutRegionKind.Body);
        if (index < 0 || (index > 0 && regions[index - 1].Kind != LayoutRegionKind.Header)) return;
        var body = regions[index];
        if (DisplacedLetterhead.Find(view, body.Start, body.End, HeaderCellClassifier.Default) is not { } found) return;
        var (start, end, block) = found;
        if (header.Number is not null && block.Number is not null && header.Number != block.Number) return;
        if (header.Number is null && block.Number is not null)
        {
            header.Number = block.Number;
            header.NumberType ??= block.NumberType;
            header.Consolidated |= block.Consolidated;
        }
        if (header.IssuedOn is null && block.IssuedOn is not null)
        {
            header.IssuedOn = block.IssuedOn;
            header.Place ??= block.Place;
        }
        header.Issuer ??= block.Issuer;
        var split = new List<LayoutRegion>();
        if (start > body.Start) split.Add(body with { End = start });
        split.Add(new LayoutRegion(LayoutRegionKind.DisplacedHeader, start, end));
        if (end < body.End) split.Add(body with { Start = end });
        regions.RemoveAt(index);
        regions.InsertRange(index, split);
    }

    /// <summary>Body, trailer, then attachments and appendices in turn; returns the main document's trailer.</summary>
    private TrailerInfo? ReadRegions(LineView view, int pos, List<LayoutRegion> regions)
    {
        TrailerInfo? main = null;
        LayoutRegion body = new(LayoutRegionKind.Body, pos, pos);
        while (pos < view.Count)
        {
            var trailer = TrailerReader.Find(view, pos, view.Count);
            if (trailer is null)
            {
                regions.Add(body with { End = view.Count });
                break;
            }
            if (trailer.Start > pos) regions.Add(body with { End = trailer.Start });
            var next = view.NextNonBlank(trailer.End);
            regions.Add(new LayoutRegion(LayoutRegionKind.Trailer, trailer.Start, next));
            main ??= trailer;
            pos = next;
            if (pos >= view.Count) break;
            var attachment = _headers.ReadAttachment(view, pos);
            if (attachment is not null && attachment.BodyStart > pos && attachment.BodyStart <= view.Count)
            {
                regions.Add(new LayoutRegion(LayoutRegionKind.AttachmentHeader, pos, attachment.BodyStart) { Type = attachment.Type, Title = attachment.Title });
                pos = attachment.BodyStart;
                body = new LayoutRegion(LayoutRegionKind.Body, pos, pos);
            }
            else body = Appendix(view, pos);
        }
        return main;
    }

    /// <summary>A body after a trailer; when it opens with "PHỤ LỤC 02" its number and title are noted.</summary>
    private static LayoutRegion Appendix(LineView view, int pos)
    {
        var region = new LayoutRegion(LayoutRegionKind.Body, pos, pos);
        var m = Patterns.Appendix().Match(view.Text(pos));
        if (!m.Success) return region;
        var number = m.Groups["n"].Success ? m.Groups["n"].Value : null;
        var inline = view.Text(pos)[m.Length..].Trim(' ', ':', '.', '-', '–');
        var titleLines = new List<string>();
        if (inline.Length > 0) titleLines.Add(inline);
        var inParenthesis = false;
        for (var k = pos + 1; titleLines.Count == 0 || (k < view.Count && !view.IsBlank(k)); k++)
        {
            if (k >= view.Count || k > pos + 12 || titleLines.Count >= 6) break;
            if (view.IsBlank(k)) continue;
            var text = view.Text(k);
            if (HeaderLines.IsAttachedTo(text)) inParenthesis = true;
            if (inParenthesis) { inParenthesis = !text.Contains(')'); if (titleLines.Count > 0) break; continue; }
            if (Patterns.Heading().IsMatch(text) || Patterns.LegalBasisStart().IsMatch(text)) break;
            titleLines.Add(text);
        }
        var title = titleLines.Count == 0 ? null : VietnameseText.Squash(string.Join(' ', titleLines));
        return region with { Type = "Phụ lục", Number = number, Title = title is null ? null : TitleCaser.ToSentenceCase(title) };
    }

    /// <summary>
    /// The authority line names the issuer when the letterhead is missing: "ỦY BAN THƯỜNG VỤ QUỐC HỘI",
    /// "BỘ TRƯỞNG BỘ Y TẾ" (the ministry), "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH …" (the chairman).
    /// </summary>
    private static string? FromAuthority(IReadOnlyList<string> authority)
    {
        var text = VietnameseText.Squash(string.Join(' ', authority));
        var folded = VietnameseText.Fold(text);
        if (folded.StartsWith("BỘ TRƯỞNG BỘ ", StringComparison.Ordinal)) text = text["BỘ TRƯỞNG ".Length..];
        var chairman = folded.StartsWith("CHỦ TỊCH ỦY BAN NHÂN DÂN", StringComparison.Ordinal);
        if (chairman) text = text["CHỦ TỊCH ".Length..];
        var name = IssuerFormatter.FromLetterhead([text]);
        return name is null ? null : chairman ? "Chủ tịch " + name : name;
    }

    private static void Fill(DocumentMetadata metadata, HeaderInfo header, TrailerInfo? trailer, List<string> preamble)
    {
        metadata.Number = header.Number;
        metadata.Type = header.Consolidated ? "Văn bản hợp nhất"
            : header.Type ?? (header.Subject is not null ? "Công văn" : header.NumberType) ?? (header.Addressed && header.TypeLine < 0 ? "Công văn" : null);
        metadata.Title = header.Title;
        metadata.Place = header.Place;
        metadata.IssuedOn = header.IssuedOn;
        metadata.Issuer = header.Issuer;
        if (metadata.Issuer is null && header.Authority.Count > 0) metadata.Issuer = FromAuthority(header.Authority);
        if (metadata.Issuer is null && PreambleReader.EnactingBody(preamble) is { } body)
            metadata.Issuer = IssuerFormatter.FromSentence(body, header.Place);
        if (metadata.Issuer is null && trailer?.SigningBody is { Length: > 0 } signing
            && IssuerFormatter.FromLetterhead([signing]) is { } formatted)
        {
            metadata.Issuer = IssuerFormatter.FromSentence(formatted, header.Place);
        }
        metadata.LegalBasis = PreambleReader.LegalBasis(preamble);
        if (trailer is null) return;
        metadata.Signer = trailer.Signer;
        // "T/M BỘ CHÍNH TRỊ" over a name prints no title of its own: the body signed for is the signer's standing.
        metadata.SignerPosition = trailer.Positions.Count > 0 ? string.Join(" / ", trailer.Positions)
            : trailer.SigningBody is { Length: > 0 } signedFor && trailer.Signer is not null ? "TM. " + signedFor : null;
        metadata.Recipients = trailer.Recipients.Where(r => r.Length > 0).ToList();
    }
}
