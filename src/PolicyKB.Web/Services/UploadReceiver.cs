using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using PolicyKB.Search;
using PolicyKB.Web.Hosting;

namespace PolicyKB.Web.Services;

/// <summary>
/// Streams a multipart upload section by section to temporary files, never holding a whole file in memory, and
/// enforces the count and size limits while reading so an oversized upload is stopped at the first byte too many.
/// </summary>
public sealed class UploadReceiver(IOptions<ApiOptions> options, KnowledgeBase knowledgeBase)
{
    /// <summary>Where upload batches are written: under the data folder this host owns.</summary>
    public string UploadsRoot { get; } = Path.Combine(knowledgeBase.Ownership.Directory, UploadBatch.UploadsFolderName);

    private const int BufferSize = 81920;

    /// <summary>Receives every file part; throws <see cref="UploadRejectedException"/> when the upload breaks a rule.</summary>
    public async Task<UploadBatch> ReceiveAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var limits = options.Value;
        var boundary = Boundary(request);
        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
        {
            size.MaxRequestBodySize = limits.MaxUploadRequestBytes;
        }
        var batch = new UploadBatch(UploadsRoot);
        try
        {
            var reader = new MultipartReader(boundary, request.Body);
            while (await reader.ReadNextSectionAsync(cancellationToken).ConfigureAwait(false) is { } section)
            {
                if (!ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition) || !disposition.IsFileDisposition())
                {
                    await section.Body.DrainAsync(cancellationToken).ConfigureAwait(false);
                    continue;
                }
                if (batch.Files.Count == limits.MaxUploadFiles)
                {
                    throw new UploadRejectedException(StatusCodes.Status413PayloadTooLarge, "Quá nhiều tệp",
                        $"Mỗi lần chỉ tải lên tối đa {limits.MaxUploadFiles} tệp. Hãy chia thành nhiều lần tải.");
                }
                var fileName = SafeName(HeaderUtilities.RemoveQuotes(disposition.FileNameStar.HasValue ? disposition.FileNameStar : disposition.FileName).Value);
                var path = Path.Combine(batch.Folder, batch.Files.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
                var bytes = await CopyAsync(section.Body, path, fileName, limits.MaxUploadFileBytes, cancellationToken).ConfigureAwait(false);
                batch.Files.Add(new ReceivedFile(fileName, path, bytes));
            }
            if (batch.Files.Count == 0)
            {
                throw new UploadRejectedException(StatusCodes.Status400BadRequest, "Chưa có tệp",
                    "Yêu cầu không có tệp nào. Gửi tệp trong trường 'files' của biểu mẫu multipart/form-data.");
            }
            return batch;
        }
        catch
        {
            batch.Dispose();
            throw;
        }
    }

    private static string Boundary(HttpRequest request)
    {
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var type) || !type.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase)
            || HeaderUtilities.RemoveQuotes(type.Boundary).Value is not { Length: > 0 and <= 200 } boundary)
        {
            throw new UploadRejectedException(StatusCodes.Status415UnsupportedMediaType, "Sai kiểu nội dung",
                "Hãy gửi tệp bằng biểu mẫu multipart/form-data (trường 'files'), như khi chọn tệp trên trang Quản trị.");
        }
        return boundary;
    }

    private static async Task<long> CopyAsync(Stream source, string path, string fileName, long limit, CancellationToken cancellationToken)
    {
        var buffer = new byte[BufferSize];
        long total = 0;
        await using var target = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, BufferSize, useAsync: true);
        int read;
        while ((read = await source.ReadAsync(buffer, cancellationToken).ConfigureAwait(false)) > 0)
        {
            total += read;
            if (total > limit)
            {
                throw new UploadRejectedException(StatusCodes.Status413PayloadTooLarge, "Tệp quá lớn",
                    $"'{fileName}' vượt giới hạn {limit / 1024.0 / 1024.0:0.#} MB cho mỗi tệp. Hãy tách văn bản hoặc nén ảnh trong tệp rồi tải lại.");
            }
            await target.WriteAsync(buffer.AsMemory(0, read), cancellationToken).ConfigureAwait(false);
        }
        return total;
    }

    /// <summary>The file's own name: browsers may send a full client path, and a name must never climb out of the folder.</summary>
    private static string SafeName(string? name)
    {
        var last = (name ?? "").Replace('\\', '/').Split('/').LastOrDefault()?.Trim() ?? "";
        var clean = new string(last.Where(c => !char.IsControl(c)).ToArray());
        return clean.Length == 0 || clean is "." or ".." ? "tep-tai-len" : clean;
    }
}
