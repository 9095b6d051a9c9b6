namespace PolicyKB.Answering.Questions;

/// <summary>What a question asks for, which decides how it is answered.</summary>
public enum QuestionIntent
{
    /// <summary>Anything else: answered by quoting the best sentence.</summary>
    General,
    /// <summary>A number, rate or target ("bao nhiêu", "tỷ lệ", "chỉ tiêu").</summary>
    Quantity,
    /// <summary>A date or deadline ("khi nào", "chậm nhất", "thời hạn").</summary>
    Deadline,
    /// <summary>Who is responsible ("sở nào", "ai chủ trì", "cơ quan nào").</summary>
    Responsibility,
    /// <summary>Which documents implement or cite a named document ("văn bản nào thực hiện Chỉ thị 25-CT/TW?").</summary>
    CitingDocuments,
    /// <summary>What a document named by its subject, place or year is based on ("Kế hoạch … căn cứ văn bản nào?").</summary>
    BasisOf,
}
