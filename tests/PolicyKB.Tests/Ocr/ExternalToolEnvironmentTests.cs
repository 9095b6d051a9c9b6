using PolicyKB.Decoding;
using PolicyKB.Decoding.External;

namespace PolicyKB.Tests.Ocr;

/// <summary>
/// A converter runs with the environment its description gives: ocrmypdf's Tesseract is held to one thread
/// (OMP_THREAD_LIMIT=1), because several threads per page spin against each other on a busy machine.
/// </summary>
public sealed class ExternalToolEnvironmentTests
{
    private static readonly string[] ChecksOneThread = ["-c", "test \"$OMP_THREAD_LIMIT\" = 1"];

    [Fact]
    public void A_tool_described_with_environment_variables_runs_with_them()
    {
        var tool = new ExternalTool("sh", "dash", new Dictionary<string, string> { ["OMP_THREAD_LIMIT"] = "1" });
        var folder = ExternalTool.NewFolder();
        try
        {
            tool.Run("x.pdf", "kiểm tra", ChecksOneThread, folder, TimeSpan.FromSeconds(30), 1L << 30);
        }
        finally
        {
            ExternalTool.DeleteFolder(folder);
        }
    }

    [Fact]
    public void The_variables_given_replace_any_the_host_process_has()
    {
        var tool = new ExternalTool("sh", "dash", new Dictionary<string, string> { ["OMP_THREAD_LIMIT"] = "4" });
        var folder = ExternalTool.NewFolder();
        try
        {
            Assert.Throws<DecodingException>(() => tool.Run("x.pdf", "kiểm tra", ChecksOneThread, folder, TimeSpan.FromSeconds(30), 1L << 30));
        }
        finally
        {
            ExternalTool.DeleteFolder(folder);
        }
    }
}
