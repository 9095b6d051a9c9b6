namespace PolicyKB.Answering.Questions;

/// <summary>The kind of answer a question asks for, which decides what a quoted sentence must hold.</summary>
public enum AnswerType
{
    /// <summary>Nothing typed: any sentence covering the question.</summary>
    General,
    /// <summary>A number or quantity ("bao nhiêu", "mấy", "hệ số … là").</summary>
    Number,
    /// <summary>A date, period or deadline ("ngày nào", "khi nào", "trước ngày", "hiệu lực").</summary>
    Date,
    /// <summary>An agency or body ("cơ quan nào", "đơn vị nào", "về đâu").</summary>
    Agency,
    /// <summary>A person or position ("ai", "chức danh nào", "người đứng đầu").</summary>
    Person,
    /// <summary>A document reference ("thông tư nào", "quyết định nào", "tiêu chuẩn nào").</summary>
    DocumentReference,
    /// <summary>A list ("những … nào", "gồm những gì").</summary>
    List,
    /// <summary>A yes/no question ("có … không?").</summary>
    YesNo,
}
