namespace PolicyKB.Metadata;

/// <summary>
/// Finds the trailer after a body: the "Nơi nhận" list and the signature block, in either order
/// (Nghị định 30/2020/NĐ-CP Phụ lục I puts them side by side; extracted text serialises the two columns
/// one after the other). The first plausible block after the body start is the trailer.
/// </summary>
internal static class TrailerReader
{
    private const int MaxBlankRun = 8;

    /// <summary>Finds the first trailer in [<paramref name="from"/>, <paramref name="to"/>); null when none.</summary>
    public static TrailerInfo? Find(LineView view, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (IsBlankOrNoise(view, i) || !Triggers(view, i, to)) continue;
            var trailer = Read(view, i, to);
            if (trailer.IsValid) return trailer;
        }
        return null;
    }

    private static bool Triggers(LineView view, int i, int to)
    {
        var text = view.Text(i);
        if (SignatureLines.IsRecipientsLabel(text, out _) || SignatureLines.IsUnlabelledList(text)) return true;
        // Only a first piece in capitals (a mark or a known position) triggers past this point: a line that cannot hold
        // one, most lines of a body, is not cut into pieces at all.
        if (!MayHoldCapitalPiece(view.Raw(i))) return false;
        var pieces = view.TrailerPieces(i);
        var first = pieces.Count > 0 ? pieces[0] : text;
        if (SignatureLines.IsMark(first)) return true;
        if (!SignatureLines.IsKnownPosition(first)) return false;
        // "CHỦ TỊCH QUỐC HỘI Nguyễn Phú Trọng" as a text's last line: the name printed beside the title counts as one below it.
        if (pieces.Count > 1 && SignatureLines.Name(pieces[1]) is not null) return true;
        // A bare position counts only when a name or "(Đã ký)" follows within a few lines of capitals.
        for (int j = i + 1, seen = 0; j < to && seen < 6; j++)
        {
            if (IsBlankOrNoise(view, j)) continue;
            seen++;
            var next = view.Text(j);
            if (SignatureLines.Name(next) is not null || Patterns.Signed().IsMatch(next)) return true;
            if (!SignatureLines.IsPositionLike(next)) return false;
        }
        return false;
    }

    /// <summary>
    /// False when no piece of the line (<see cref="TrailerLinePieces.Read"/>) and not its squashed text can be in capitals, which a mark
    /// and a known position must be: every letter that is not lower-case is followed by a lower-case one ("Điều 5. Phạm
    /// vi điều chỉnh"). A piece is cut from the raw line only at whitespace, a cell bar, a column gap, decoration, an
    /// image placeholder or one removed stamp ("đã ký", "ký tên"), so a piece in capitals leaves in the raw line a letter
    /// followed by the line's end, by a character that is not a lower-case letter, or by the stamp's first letter.
    /// </summary>
    internal static bool MayHoldCapitalPiece(string raw)
    {
        for (var k = 0; k < raw.Length; k++)
        {
            var c = raw[k];
            if (char.IsLower(c) || !char.IsLetter(c)) continue;
            if (k + 1 == raw.Length) return true;
            var next = raw[k + 1];
            if (!char.IsLower(next) || next is 'đ' or 'k') return true;
        }
        return false;
    }

    /// <summary>
    /// A blank line, or one holding only a few brackets or punctuation marks ("[", "] .", "…") or a signature image's
    /// placeholder ("[daky]"): debris of a seal or a signature image that PDF and web extraction leave between the
    /// title and the name. It carries no word of the block, so the block reads on past it as past a blank line.
    /// </summary>
    internal static bool IsBlankOrNoise(LineView view, int i)
    {
        var text = view.Text(i);
        if (text.Length == 0) return true;
        if (text.Length > 24) return false;
        // "[daky]": the placeholder an extractor leaves for the signature image, taken off by the pieces.
        if (view.TrailerPieces(i).Count == 0) return true;
        if (text.Length > 4) return false;
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c)) return false;
        }
        return true;
    }

    private static TrailerInfo Read(LineView view, int start, int to)
    {
        var info = new TrailerInfo { Start = start, End = start + 1 };
        var inRecipients = false;
        var itemOpen = false;
        var afterOnBehalf = false;
        var blanks = 0;
        for (var j = start; j < to; j++)
        {
            if (IsBlankOrNoise(view, j))
            {
                if (++blanks > MaxBlankRun) break;
                continue;
            }
            blanks = 0;
            if (WrappedName(view, j, to, info) is { } wrapped)
            {
                // "**Phan" / "Thị Thắng**": a name the page wrapped after its first word is read as one.
                info.Signer = wrapped.Name;
                inRecipients = false;
                info.End = wrapped.Next + 1;
                j = wrapped.Next;
                continue;
            }
            var consumed = false;
            foreach (var piece in view.TrailerPieces(j))
            {
                consumed = Take(piece, info, ref inRecipients, ref itemOpen, ref afterOnBehalf);
                if (!consumed) break;
            }
            if (!consumed) break;
            info.End = j + 1;
        }
        return info;
    }

    /// <summary>
    /// A signer's name wrapped after its first word ("Phan" over "Thị Thắng", "Đại" over "tướng Nguyễn Tân Cương") under
    /// a title already read: one capitalised word alone on its line, and the next line completes a name with it.
    /// </summary>
    private static (string Name, int Next)? WrappedName(LineView view, int j, int to, TrailerInfo info)
    {
        if (info.Signer is not null || info.Positions.Count == 0 && info.SigningBody is null) return null;
        var pieces = view.TrailerPieces(j);
        if (pieces.Count != 1 || !Patterns.SingleCapitalisedWord().IsMatch(pieces[0])) return null;
        var next = j + 1;
        while (next < to && IsBlankOrNoise(view, next)) next++;
        if (next >= to || next > j + 2) return null;
        var rest = view.TrailerPieces(next);
        if (rest.Count != 1) return null;
        return SignatureLines.Name(pieces[0] + " " + rest[0]) is { } name ? (name, next) : null;
    }

    /// <summary>
    /// A position line that cannot stand alone and is continued by <paramref name="next"/>: a bare mark ("KT.", "K/T"), or
    /// one word that is no known title ("XÁC", "CHỦ") before a line that does not start one. "TRƯỞNG" over "THỨ TRƯỞNG"
    /// and "TỈNH" over "PHÓ TRƯỞNG THUẾ TỈNH" end a wrapped line ("KT. BỘ" / "TRƯỞNG"); the next line is a title of its own.
    /// </summary>
    private static bool IsCutShort(string position, string next) =>
        Patterns.BareMark().IsMatch(position)
        || position.IndexOf(' ') < 0 && !SignatureLines.IsKnownPosition(position) && !SignatureLines.IsKnownPosition(next)
        && !next.StartsWith("PHÓ ", StringComparison.Ordinal);

    private static bool Take(string piece, TrailerInfo info, ref bool inRecipients, ref bool itemOpen, ref bool afterOnBehalf)
    {
        var wasOnBehalf = afterOnBehalf;
        afterOnBehalf = false;
        if (SignatureLines.IsRecipientsLabel(piece, out var rest))
        {
            info.HasRecipientsList = inRecipients = true;
            itemOpen = false;
            // "Nơi nhận: Q. GIÁM ĐỐC": the two columns of the trailer printed on one line once their gap was squashed.
            if (SignatureLines.IsMark(rest) || SignatureLines.IsKnownPosition(rest))
            {
                Take(rest, info, ref inRecipients, ref itemOpen, ref afterOnBehalf);
                return true;
            }
            foreach (var item in SignatureLines.Items(rest)) info.Recipients.Add(item);
            return true;
        }
        if (SignatureLines.IsUnlabelledList(piece))
        {
            info.HasRecipientsList = true;
            info.Recipients.AddRange(SignatureLines.Items(piece));
            return true;
        }
        if ((inRecipients || info.HasRecipientsList && info.Signer is null) && (piece.StartsWith('-') || piece.StartsWith('+') || piece.StartsWith('•')))
        {
            info.Recipients.Add(SignatureLines.Clean(piece));
            itemOpen = !piece.EndsWith(';') && !piece.EndsWith('.');
            return true;
        }
        var name = SignatureLines.Name(piece);
        if (Patterns.Signed().IsMatch(piece) && VietnameseText.HasLower(piece)) info.Signed = true;
        // A name under a closed recipients list ("- Lưu: VT, TCCB.") is the signer's, printed below the list.
        var listClosed = inRecipients && !itemOpen && info.Recipients.Count > 0 && info.Recipients[^1].StartsWith("Lưu", StringComparison.Ordinal);
        if (name is not null && info.Signer is null && (info.Positions.Count > 0 || info.SigningBody is not null || info.Signed || !inRecipients || listClosed))
        {
            info.Signer = name;
            inRecipients = false;
            return true;
        }
        if (SignatureLines.IsMark(piece))
        {
            if (info.Signer is not null) return false;
            if (SignatureLines.IsOnBehalf(piece)) { info.SigningBody = SignatureLines.OnBehalfBody(piece); afterOnBehalf = true; }
            else info.Positions.Add(piece);
            inRecipients = false;
            return true;
        }
        // "09 KH": copies note under "Lưu"; "Mẫu số 01" printed after the signature is an annex's label, not a note.
        if (info.HasRecipientsList && piece.Any(char.IsDigit) && piece.Split(' ').Length <= 3 && Parsing.AnnexTitle.Read(piece) is null) return true;
        if (SignatureLines.IsPositionLike(piece))
        {
            if (info.Signer is not null) return false;
            // "KT." / "BỘ TRƯỞNG", "XÁC" / "THỰC VĂN BẢN HỢP NHẤT": a post the page wrapped after its mark or first word.
            if (info.Positions.Count > 0 && IsCutShort(info.Positions[^1], piece)) { info.Positions[^1] += " " + piece; inRecipients = false; return true; }
            if (info.Positions.Count >= 4) return false;
            // "TM. ỦY BAN NHÂN" / "DÂN": the on-behalf line wrapped.
            if (wasOnBehalf && !SignatureLines.IsKnownPosition(piece)) { info.SigningBody += " " + piece; afterOnBehalf = true; }
            else info.Positions.Add(piece);
            inRecipients = false;
            return true;
        }
        if (info.Signed && name is null && piece.Length < 40 && Patterns.Signed().Replace(piece, "").Trim().Length == 0) return true;
        if (inRecipients && piece.Length < 300 && (itemOpen || piece.EndsWith(';') || piece.EndsWith('.')))
        {
            if (itemOpen && info.Recipients.Count > 0) info.Recipients[^1] = SignatureLines.Clean(info.Recipients[^1] + " " + piece);
            else info.Recipients.Add(SignatureLines.Clean(piece));
            itemOpen = !piece.EndsWith(';') && !piece.EndsWith('.');
            return true;
        }
        return false;
    }
}
