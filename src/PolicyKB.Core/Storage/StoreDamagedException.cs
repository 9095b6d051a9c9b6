namespace PolicyKB.Storage;

/// <summary>
/// The document store (<c>policykb.db</c>) cannot be trusted: it is empty, truncated, or holds bytes LiteDB cannot read.
/// Unlike the indexes, the store is the source of truth and cannot be rebuilt from anything in the data folder, so
/// PolicyKB refuses to start rather than serve half the documents. The message names the file and the remedy in
/// Vietnamese. An <see cref="IOException"/>, so callers that already report I/O failures (the CLI: exit code 2)
/// report this one too.
/// </summary>
public sealed class StoreDamagedException : IOException
{
    /// <summary>Creates the exception for <paramref name="filePath"/>, saying what is wrong in <paramref name="reason"/>.</summary>
    public StoreDamagedException(string filePath, string reason, Exception? innerException = null)
        : base(Describe(filePath, reason), innerException)
    {
        FilePath = filePath;
        Reason = reason;
    }

    /// <summary>The damaged file.</summary>
    public string FilePath { get; }

    /// <summary>What is wrong with it, in Vietnamese (without the remedy).</summary>
    public string Reason { get; }

    /// <summary>The message: the file, what is wrong, and the two ways out.</summary>
    public static string Describe(string filePath, string reason) =>
        $"Kho dữ liệu {filePath} bị hỏng: {reason}. Cách khắc phục: khôi phục từ bản sao lưu bằng lệnh 'policykb restore', " +
        "hoặc chuyển tệp này ra chỗ khác rồi nạp lại văn bản từ thư mục nguồn ('policykb ingest <thư mục>'; " +
        "máy chủ web tự nạp thư mục content/ khi khởi động).";
}
