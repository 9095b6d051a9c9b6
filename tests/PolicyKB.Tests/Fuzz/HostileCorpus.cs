using System.Text;
using PolicyKB.Tests.Decoding;
using PolicyKB.Tests.Support;
using static PolicyKB.Tests.Decoding.DocxFactory;

namespace PolicyKB.Tests.Fuzz;

/// <summary>
/// A deterministic set of hostile files: the seed documents of ../shared/seeds (or generated Vietnamese text when
/// that folder is absent) as .txt, .md, .docx and .pdf, truncated, garbled, spliced and repeated, plus bombs, deep
/// nesting, giant lines, random bytes and legacy encodings. Same seed, same files.
/// </summary>
internal sealed class HostileCorpus
{
    private static readonly string[] Extensions = [".txt", ".md", ".docx", ".pdf"];

    private readonly Random _random;
    private readonly List<(string Extension, byte[] Bytes)> _bases = [];

    public HostileCorpus(int seed)
    {
        _random = new Random(seed);
        foreach (var text in SeedTexts())
        {
            var lines = text.Split('\n').Select(l => l.TrimEnd('\r')).Take(120).ToArray();
            var head = string.Join('\n', lines);
            _bases.Add((".txt", Encoding.UTF8.GetBytes(head)));
            _bases.Add((".md", Encoding.UTF8.GetBytes(head)));
            _bases.Add((".docx", Create(lines.Select((l, i) => i % 17 == 5 ? (DocumentFormat.OpenXml.OpenXmlElement)Table([l, "x"], ["1", l]) : Para(l, bold: i == 0)))));
            _bases.Add((".pdf", HostileFiles.Pdf([.. lines.Chunk(40).Select(HostileFiles.PageContent)])));
        }
    }

    /// <summary>Whether the seeds came from ../shared/seeds.</summary>
    public static bool UsesSharedSeeds => SharedData.SeedsDirectory is not null;

    /// <summary><paramref name="count"/> files named "NNNN-kind.ext": the special cases first, then mutations.</summary>
    public IEnumerable<(string Name, byte[] Bytes)> Files(int count)
    {
        var produced = 0;
        foreach (var (kind, extension, bytes) in Specials())
        {
            if (produced == count) yield break;
            yield return ($"{produced++:D4}-{kind}{extension}", bytes);
        }
        while (produced < count)
        {
            var (kind, extension, bytes) = Mutation();
            yield return ($"{produced++:D4}-{kind}{extension}", bytes);
        }
    }

    private IEnumerable<(string Kind, string Extension, byte[] Bytes)> Specials()
    {
        yield return ("pdf-text-bomb", ".pdf", HostileFiles.PdfTextBomb(60_000));
        yield return ("pdf-line-bomb", ".pdf", HostileFiles.PdfTextBomb(60_000, "(x) Tj 0 -14 Td\n"));
        yield return ("pdf-quote-bomb", ".pdf", HostileFiles.PdfTextBomb(60_000, "(x) '\n"));
        yield return ("docx-character-bomb", ".docx", HostileFiles.DocxCharacterBomb(25_000_000));
        yield return ("docx-zip-bomb", ".docx", HostileFiles.DocxZipBomb(300L * 1024 * 1024));
        yield return ("giant-line", ".txt", HostileFiles.GiantLine(300_000));
        yield return ("giant-line", ".md", HostileFiles.GiantLine(300_000));
        yield return ("many-lines", ".txt", HostileFiles.ManyLines(320_000));
        yield return ("giant-word", ".txt", Encoding.UTF8.GetBytes(new string('đ', 40_000)));
        yield return ("deep-nesting", ".md", HostileFiles.DeepMarkdown(4_000));
        yield return ("deep-nesting", ".txt", HostileFiles.DeepMarkdown(2_000));
        yield return ("nested-tables", ".docx", Create([NestedTable(60)]));
        yield return ("windows-1258", ".txt", LegacyEncodingTests.Windows1258(SeedTexts().First()));
        yield return ("utf16-no-bom", ".md", Encoding.Unicode.GetBytes(SeedTexts().First()));
        yield return ("utf16be-no-bom", ".txt", Encoding.BigEndianUnicode.GetBytes(SeedTexts().First()));
        yield return ("empty", ".pdf", []);
        yield return ("nul-only", ".txt", new byte[5000]);
    }

    private (string Kind, string Extension, byte[] Bytes) Mutation()
    {
        var (extension, source) = _bases[_random.Next(_bases.Count)];
        var bytes = (byte[])source.Clone();
        switch (_random.Next(9))
        {
            case 0:
                return ("truncated", extension, bytes[..Math.Max(1, _random.Next(bytes.Length))]);
            case 1:
                for (var i = _random.Next(1, 40); i > 0; i--) bytes[_random.Next(bytes.Length)] = (byte)_random.Next(256);
                return ("flipped", extension, bytes);
            case 2:
                var garbage = new byte[_random.Next(1, 4096)];
                _random.NextBytes(garbage);
                var at = _random.Next(bytes.Length);
                return ("inserted", extension, [.. bytes[..at], .. garbage, .. bytes[at..]]);
            case 3:
                var start = _random.Next(bytes.Length);
                var end = Math.Min(bytes.Length, start + _random.Next(1, 2000));
                return ("cut", extension, [.. bytes[..start], .. bytes[end..]]);
            case 4:
                var (_, other) = _bases[_random.Next(_bases.Count)];
                return ("spliced", extension, [.. bytes[.._random.Next(bytes.Length)], .. other[_random.Next(other.Length)..]]);
            case 5:
                var chunk = bytes[_random.Next(bytes.Length / 2)..][..Math.Min(200, bytes.Length / 2)];
                return ("repeated", extension, [.. bytes, .. Enumerable.Repeat(chunk, _random.Next(2, 500)).SelectMany(c => c)]);
            case 6:
                var noise = new byte[_random.Next(1, 20_000)];
                _random.NextBytes(noise);
                return ("random", Extensions[_random.Next(Extensions.Length)], noise);
            case 7:
                // The right magic number in front of noise, under a name that may or may not match it.
                var body = new byte[_random.Next(10, 8000)];
                _random.NextBytes(body);
                return ("magic-noise", Extensions[_random.Next(Extensions.Length)], [.. bytes[..Math.Min(bytes.Length, 64)], .. body]);
            default:
                return ("renamed", Extensions[_random.Next(Extensions.Length)], bytes);
        }
    }

    private static DocumentFormat.OpenXml.Wordprocessing.Table NestedTable(int depth)
    {
        var table = Table(["Điều 1. Phạm vi", "lõi"]);
        for (var i = 0; i < depth; i++)
        {
            var cell = new DocumentFormat.OpenXml.Wordprocessing.TableCell(table, new DocumentFormat.OpenXml.Wordprocessing.Paragraph(Run($"tầng {i}")));
            table = new DocumentFormat.OpenXml.Wordprocessing.Table(new DocumentFormat.OpenXml.Wordprocessing.TableRow(cell));
        }
        return table;
    }

    private static IEnumerable<string> SeedTexts()
    {
        if (SharedData.SeedsDirectory is { } seeds)
        {
            return Directory.EnumerateFiles(seeds).Where(f => f.EndsWith(".txt") || f.EndsWith(".md")).Order(StringComparer.Ordinal).Select(File.ReadAllText);
        }
        return [GeneratedText(1), GeneratedText(2), GeneratedText(3)];
    }

    private static string GeneratedText(int seed)
    {
        var random = new Random(seed);
        string[] words = ["tăng", "cường", "y", "tế", "cơ", "sở", "Ủy", "ban", "nhân", "dân", "tỉnh", "kế", "hoạch", "thực", "hiện", "đảm", "bảo", "chất", "lượng"];
        var text = new StringBuilder("ỦY BAN NHÂN DÂN\nTỈNH HÀ GIANG\n\nKẾ HOẠCH\nTăng cường y tế cơ sở\n\nCăn cứ Luật Tổ chức chính quyền địa phương;\n");
        for (var article = 1; article <= 40; article++)
        {
            text.Append($"Điều {article}. ").AppendJoin(' ', Enumerable.Range(0, 6).Select(_ => words[random.Next(words.Length)])).Append('\n');
            for (var clause = 1; clause <= 3; clause++)
            {
                text.Append($"{clause}. ").AppendJoin(' ', Enumerable.Range(0, 25).Select(_ => words[random.Next(words.Length)])).Append(".\n");
            }
        }
        return text.ToString();
    }
}
