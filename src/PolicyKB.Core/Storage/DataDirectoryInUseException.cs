namespace PolicyKB.Storage;

/// <summary>Thrown when another process owns the data folder: exactly one process writes a folder at a time.</summary>
public sealed class DataDirectoryInUseException : IOException
{
    /// <summary>Creates the exception for <paramref name="directory"/>, naming <paramref name="owner"/> when known.</summary>
    public DataDirectoryInUseException(string directory, DataDirectoryOwner? owner, Exception? inner = null)
        : base(Describe(directory, owner), inner)
    {
        Directory = directory;
        Owner = owner;
    }

    /// <summary>The data folder.</summary>
    public string Directory { get; }

    /// <summary>Its owner, when the owner file could be read.</summary>
    public DataDirectoryOwner? Owner { get; }

    private static string Describe(string directory, DataDirectoryOwner? owner) =>
        $"Thư mục dữ liệu {directory} đang được {(owner is null ? "một tiến trình PolicyKB khác" : owner.Describe())} sử dụng; " +
        "mỗi thư mục dữ liệu chỉ một tiến trình được ghi. Hãy gửi văn bản qua máy chủ đang chạy (giao diện Quản trị hoặc POST /api/ingest), " +
        "dừng tiến trình đó, hoặc dùng thư mục dữ liệu khác (--data, hoặc PolicyKB__DataDirectory cho máy chủ web).";
}
