using PolicyKB.Answering.Knowledge;
using PolicyKB.Documents;

namespace PolicyKB.Answering.Retrieval;

/// <summary>A clause found for a question, with the context that frames it and how well it covers the question.</summary>
public sealed class RetrievedClause
{
    /// <summary>The clause.</summary>
    public required Clause Clause { get; init; }

    /// <summary>Its document.</summary>
    public required DocumentProfile Document { get; init; }

    /// <summary>Its ancestors, outermost first (their headings frame the clause: "Một số chỉ tiêu cơ bản năm 2021").</summary>
    public required IReadOnlyList<Clause> Ancestors { get; init; }

    /// <summary>The previous sibling, when any.</summary>
    public Clause? Previous { get; init; }

    /// <summary>The next sibling, when any.</summary>
    public Clause? Next { get; init; }

    /// <summary>Keys of the clause text, its heading, its ancestors' headings (and short parent text) and the document title.</summary>
    public required IReadOnlySet<string> ContextKeys { get; init; }

    /// <summary>The text framing the clause: ancestors' headings, the parent's text when short, the document title.</summary>
    public required string FrameText { get; init; }

    /// <summary>Years printed in the clause or its ancestors' headings.</summary>
    public required IReadOnlySet<int> ContextYears { get; init; }

    /// <summary>Share (0–1) of the question's subject words, weighted by rarity, found in <see cref="ContextKeys"/>.</summary>
    public double Coverage { get; set; }

    /// <summary>Rank-fusion score from the search service.</summary>
    public double SearchScore { get; set; }

    /// <summary>Final ranking score.</summary>
    public double Score { get; set; }

    /// <summary>The clause id.</summary>
    public string Id => Clause.Id;

    /// <summary>A copy of the frame with its scores unset, so one framing serves every question of a snapshot.</summary>
    internal RetrievedClause Unscored() => new()
    {
        Clause = Clause, Document = Document, Ancestors = Ancestors, Previous = Previous, Next = Next,
        ContextKeys = ContextKeys, FrameText = FrameText, ContextYears = ContextYears,
    };

    /// <summary>The label path in the clause id ("II.3.-2"), used in links to the clause in its document.</summary>
    public string LabelPath => Clause.Id.StartsWith(Clause.DocumentId + "/", StringComparison.Ordinal) ? Clause.Id[(Clause.DocumentId.Length + 1)..] : Clause.Label;

    /// <summary>
    /// The section as a reader finds it: numbered labels of the clause and its ancestors without bullets ("II.3"), and the
    /// nearest heading ("Một số chỉ tiêu cơ bản năm 2021").
    /// </summary>
    public string Section
    {
        get
        {
            var labels = Ancestors.Append(Clause).Select(c => c.Label).Where(l => l.Length > 0 && l[0] != '-' && l is not ("preamble" or "title")).ToList();
            var heading = Ancestors.Append(Clause).Reverse().Select(c => c.Heading).FirstOrDefault(h => h.Length > 0);
            var path = labels.Count == 0 ? (Clause.Kind == ClauseKind.Preamble ? "phần mở đầu (căn cứ)" : "phần đầu") : "mục " + string.Join('.', labels);
            return heading is null ? path : $"{path} ({heading})";
        }
    }
}
