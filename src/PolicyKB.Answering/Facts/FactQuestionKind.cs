namespace PolicyKB.Answering.Facts;

/// <summary>The fact a question asks about a document it names.</summary>
public enum FactQuestionKind
{
    /// <summary>Not a fact question.</summary>
    None,
    /// <summary>Who signed it ("ai ký", "người ký").</summary>
    Signer,
    /// <summary>When it was issued ("ban hành ngày nào", "thông qua ngày nào").</summary>
    IssuedOn,
    /// <summary>When it takes effect ("có hiệu lực từ ngày nào").</summary>
    EffectiveOn,
    /// <summary>Whether it is still in force ("còn hiệu lực không").</summary>
    EffectStatus,
    /// <summary>What it repeals ("bãi bỏ những văn bản nào", "làm hết hiệu lực thông tư nào").</summary>
    Repeals,
    /// <summary>What it replaces ("thay thế nghị quyết nào").</summary>
    Replaces,
    /// <summary>What it amends ("sửa đổi, bổ sung thông tư nào").</summary>
    Amends,
    /// <summary>Which agency leads a task ("cơ quan nào chủ trì …").</summary>
    TaskLead,
    /// <summary>By when a task is due ("thời hạn hoàn thành …").</summary>
    TaskDeadline,
    /// <summary>The value of a target ("chỉ tiêu … là bao nhiêu", "đặt mục tiêu bao nhiêu %").</summary>
    TargetValue,
    /// <summary>The tasks an agency is given ("Sở Tài chính chủ trì những nhiệm vụ nào?", "Sở Y tế phải làm gì?").</summary>
    AgencyTasks,
    /// <summary>The tasks due in a period ("Việc gì phải xong trước 30/6?", "… trong quý II năm 2024").</summary>
    PeriodTasks,

    /// <summary>Who the document is addressed to ("gửi ai", "gửi cho những tỉnh nào", "trả lời cho công ty nào").</summary>
    Addressee,
}
