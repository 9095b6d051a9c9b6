using PolicyKB.Documents;
using PolicyKB.Facts;

namespace PolicyKB.Corrections;

/// <summary>
/// Carries corrected metadata into a document's stored facts (issue date, signer's name), so the facts card and the
/// answers say what the metadata now says. Reading the document again derives the same facts from the corrected
/// metadata (the facts rules read the issue date and the signer from it).
/// </summary>
public static class CorrectedFacts
{
    /// <summary>Updates <paramref name="facts"/> for the corrected <paramref name="fields"/>; true when anything changed.</summary>
    public static bool Apply(DocumentFacts facts, DocumentMetadata metadata, IEnumerable<string> fields)
    {
        var changed = false;
        foreach (var field in fields)
        {
            switch (field)
            {
                case MetadataFields.IssuedOn:
                    // A date a person gave is no longer inferred from the cited dates.
                    facts.IssuedOn = metadata.IssuedOn?.ToString();
                    facts.IssuedOnInferred = false;
                    changed = true;
                    break;
                case MetadataFields.Signer:
                    if (metadata.Signer is null && facts.Signer is null) break;
                    facts.Signer ??= new SignerFact();
                    facts.Signer.Name = metadata.Signer;
                    changed = true;
                    break;
            }
        }
        return changed;
    }
}
