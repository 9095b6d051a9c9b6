namespace PolicyKB.Storage;

/// <summary>
/// The shared document store (PostgreSQL) cannot be reached: a write is refused (the web host answers 503) while
/// searches keep answering from the node's own indexes. The message is for users, in Vietnamese; the cause (host,
/// port, socket error) stays in <see cref="Exception.InnerException"/> for the log.
/// </summary>
public sealed class StoreUnavailableException : IOException
{
    /// <summary>Creates the exception for the failure <paramref name="inner"/>.</summary>
    public StoreUnavailableException(Exception inner)
        : base("Kho dữ liệu dùng chung (PostgreSQL) hiện không truy cập được; tìm kiếm vẫn chạy trên chỉ mục của máy này. " +
            "Hãy thử lại sau ít phút hoặc báo quản trị viên kiểm tra máy chủ cơ sở dữ liệu.", inner)
    {
    }
}
