namespace PolicyKB.Search.References;

/// <summary>
/// A số hiệu read into its parts, whatever order and separators were typed: the serial ("36", leading zeros dropped),
/// the year when printed ("2017"), the type ("ke hoach") and the other codes, folded ("syt", "ubnd", "cp", "ttg").
/// Nghị định 30/2020/NĐ-CP Phụ lục I mục 3 gives the state shape "số/năm/loại-cơ quan"; Party documents print
/// "số-loại/cơ quan" (Hướng dẫn 36-HD/VPTW); old documents print "số-CP", "số/TTg" or "số/QĐ-UB".
/// </summary>
/// <param name="Serial">The serial without leading zeros.</param>
/// <param name="Year">The year, or null.</param>
/// <param name="Type">The folded type word ("quyet dinh"), or null.</param>
/// <param name="Codes">The folded letter codes other than the type ("ubnd", "syt", "cp").</param>
public sealed record NumberReference(string Serial, string? Year, string? Type, IReadOnlySet<string> Codes);
