namespace PolicyKB.Parsing;

/// <summary>
/// The numbering styles a heading can have. Their order is the natural nesting rank: a style may only
/// open below a style of lower rank unless that style is already open (then it closes back to it).
/// Ranks follow Nghị định 34/2016/NĐ-CP Điều 58 (Phần › Chương › Mục › Điều › Khoản › Điểm) and the
/// plan numbering of Nghị định 30/2020/NĐ-CP Phụ lục I (I. › 1. › 1.1. › a) › bullets).
/// </summary>
public enum HeadingStyle
{
    /// <summary>"Phụ lục", "PHỤ LỤC I": closes everything.</summary>
    Appendix = 0,
    /// <summary>"Phần thứ nhất", "PHẦN I".</summary>
    Part = 1,
    /// <summary>"Chương I".</summary>
    Chapter = 2,
    /// <summary>"Mục 1" inside a chapter.</summary>
    LegalSection = 3,
    /// <summary>"Điều 5.". Ranked above plan numbering: a decision's article may hold a whole plan-like body (I., 1., a)).</summary>
    Article = 4,
    /// <summary>"A.", "B." capital-letter parts of some plans.</summary>
    CapitalLetter = 5,
    /// <summary>"I.", "II.", "IV." sections of plans.</summary>
    Roman = 6,
    /// <summary>"1.", "1)".</summary>
    Number = 7,
    /// <summary>"Một là,", "Hai là,".</summary>
    OrdinalWord = 8,
    /// <summary>"1.1.", "2.3".</summary>
    Decimal = 9,
    /// <summary>"1.1.1.".</summary>
    Decimal3 = 10,
    /// <summary>"a)", "đ)", "a.".</summary>
    Letter = 11,
    /// <summary>"-" bullets.</summary>
    Dash = 12,
    /// <summary>"+" bullets.</summary>
    Plus = 13,
    /// <summary>"*", "•" and other bullet glyphs.</summary>
    Star = 14,
}
