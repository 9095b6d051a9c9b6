using System.Buffers.Binary;
using System.Text;
using Microsoft.Win32.SafeHandles;

namespace PolicyKB.Storage;

/// <summary>
/// Checks a LiteDB 5 data file from outside, without opening it, at the cost of reading 5 bytes per 8 KB page.
/// LiteDB pages carry no checksum, but each page starts with its own page id and a page type, and the first page
/// holds a fixed signature, so a file that is empty, cut short, or overwritten across a page boundary is caught here;
/// damage inside a single page is only met by reading its records (<see cref="StoreIntegrity.Scan"/>).
/// </summary>
public static class LiteDbFileCheck
{
    /// <summary>LiteDB 5's page size.</summary>
    public const int PageSize = 8192;

    // LiteDB 5 header page: after the 32-byte page header come the signature and the file format version (8).
    private const int SignatureOffset = 32;
    private const byte FileVersion = 8;
    private const byte HighestPageType = 4; // Empty 0, Header 1, Collection 2, Index 3, Data 4
    private static readonly byte[] Signature = Encoding.ASCII.GetBytes("** This is a LiteDB file **");

    /// <summary>What is wrong with the file at <paramref name="path"/>, in Vietnamese, or null when its pages look sound (or it does not exist).</summary>
    public static string? FindDamage(string path)
    {
        var file = new FileInfo(path);
        if (!file.Exists) return null;
        if (file.Length == 0) return "tệp rỗng (0 byte)";
        if (file.Length < PageSize) return $"tệp bị cắt cụt ({file.Length} byte, chưa đủ một trang {PageSize} byte)";
        // A crash while a page is written leaves the page in the -log file, which LiteDB replays on open; without a
        // log file, a length that is not a whole number of pages means the file was cut.
        if (file.Length % PageSize != 0 && !File.Exists(LogFile(path))) return $"tệp bị cắt cụt ({file.Length} byte, không chia hết cho trang {PageSize} byte)";
        using var handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        var header = new byte[SignatureOffset + Signature.Length + 1];
        RandomAccess.Read(handle, header, 0);
        if (!header.AsSpan(SignatureOffset, Signature.Length).SequenceEqual(Signature) || header[^1] != FileVersion)
        {
            return "phần đầu tệp không còn là chữ ký của LiteDB 5 (tệp bị ghi đè hoặc không phải kho PolicyKB)";
        }
        return FindDamagedPage(handle, file.Length / PageSize);
    }

    /// <summary>LiteDB's write-ahead log beside <paramref name="path"/> ("policykb-log.db" for "policykb.db").</summary>
    public static string LogFile(string path) =>
        Path.Combine(Path.GetDirectoryName(path) ?? "", Path.GetFileNameWithoutExtension(path) + "-log" + Path.GetExtension(path));

    private static string? FindDamagedPage(SafeFileHandle handle, long pages)
    {
        Span<byte> head = stackalloc byte[5];
        for (long page = 0; page < pages; page++)
        {
            RandomAccess.Read(handle, head, page * PageSize);
            var id = BinaryPrimitives.ReadUInt32LittleEndian(head);
            var type = head[4];
            if (id != page || type > HighestPageType || (page == 0) != (type == 1))
            {
                return $"trang {page} (từ byte {page * PageSize}) bị ghi đè: đầu trang ghi số trang {id}, loại {type}";
            }
        }
        return null;
    }
}
