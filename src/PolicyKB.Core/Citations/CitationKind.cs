namespace PolicyKB.Citations;

/// <summary>How a candidate refers to its document; decides how the scope treats it.</summary>
internal enum CitationKind
{
    /// <summary>Printed with its số hiệu ("Quyết định số 281/QĐ-TTg"): always authoritative, remembered by the scope.</summary>
    Numbered,
    /// <summary>Type word and serial only ("Chỉ thị 25"): resolved against full forms seen earlier.</summary>
    Short,
    /// <summary>Named without number ("Luật Dược", "Nghị quyết Trung ương 6 khóa XII"): resolved through aliases only.</summary>
    Named,

    /// <summary>
    /// A bare type word ("Nghị định", "Luật"): a citation only where the document has defined it as a short name
    /// ("(sau đây viết tắt là Nghị định)"), else dropped.
    /// </summary>
    Defined,
}
