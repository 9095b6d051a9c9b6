using System.ComponentModel.DataAnnotations;

namespace PolicyKB.Search.Translation;

/// <summary>
/// The translated-query list of hybrid search (section <c>PolicyKB:Search:Translation</c> of appsettings.json): the
/// query translated into formal wording by the table <c>policykb train-translation</c> learns, searched by keyword and
/// fused as one more list (see <see cref="SearchService"/>).
/// </summary>
public sealed class TranslationOptions
{
    /// <summary>Configuration section.</summary>
    public const string Section = "PolicyKB:Search:Translation";

    /// <summary>Whether hybrid search fuses the translated-query list (when the table file is present).</summary>
    public bool Enabled { get; set; }

    /// <summary>The table file (relative paths from the repository or installation root).</summary>
    [Required]
    public string TablePath { get; set; } = "content/models/policykb-translation.tsv";

    /// <summary>Weight of the translated-query list in fusion, keyword's list counting 1.</summary>
    [Range(0.0, 10.0)]
    public double ListWeight { get; set; } = 0.5;

    /// <summary>Most translated words added to a query.</summary>
    [Range(1, 100)]
    public int MaxWords { get; set; } = 8;

    /// <summary>
    /// Whether the list's query keeps the user's own words beside the translated ones (true), or searches the
    /// translated words alone (false: a clause is found for its formal wording only, keyword search finds the rest).
    /// </summary>
    public bool KeepQuery { get; set; } = true;

    /// <summary>Weight of the best translated word against one query word's 1 (the others in proportion to their probability).</summary>
    [Range(0.0, 10.0)]
    public double WordBoost { get; set; } = 1;
}
